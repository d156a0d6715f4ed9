/**
 * The date filter: two partial dates (either may be empty). Events whose dates fall wholly
 * outside the range are hidden by the view's node reducer; undated events and other entity
 * types stay, since the range says nothing about them.
 */
import { byId } from '../dom';
import { dayRange, type DayRange } from '../dates';

export interface DateFilter {
  readonly from: DayRange | null;
  readonly to: DayRange | null;
}

export interface DateFilterPanel {
  /** Says how many events the range hides, and how many undated ones it shows faded. */
  reportHidden(count: number, undated?: number): void;
  /** Fills the fields (from the address) and applies them. */
  set(from: string, to: string): void;
}

export function createDateFilter(onChange: (filter: DateFilter, text: { from: string; to: string }) => void): DateFilterPanel {
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  const message = byId('date-message');
  const hiddenCount = byId('date-count');

  function read(input: HTMLInputElement): DayRange | null | 'invalid' {
    const text = input.value.trim();
    if (!text) return null;
    const range = dayRange(text);
    input.setAttribute('aria-invalid', range ? 'false' : 'true');
    return range ?? 'invalid';
  }

  function apply(): void {
    from.removeAttribute('aria-invalid');
    to.removeAttribute('aria-invalid');
    const start = read(from);
    const end = read(to);
    if (start === 'invalid' || end === 'invalid') {
      message.textContent = 'Use a year, year-month or full date: 2005, 2005-03 or 2005-03-10.';
      return;
    }
    if (start && end && start.first > end.last) {
      message.textContent = '“From” is after “to”.';
      return;
    }
    message.textContent = '';
    onChange({ from: start, to: end }, { from: from.value.trim(), to: to.value.trim() });
  }

  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  byId('date-form').addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  byId('date-clear').addEventListener('click', () => {
    from.value = '';
    to.value = '';
    apply();
  });

  return {
    set(fromText, toText) {
      from.value = fromText;
      to.value = toText;
      apply();
    },
    reportHidden(count, undated = 0) {
      const hidden = count > 0 ? `${count} event${count === 1 ? '' : 's'} outside the range hidden.` : '';
      const faded = undated > 0 ? `${undated} undated event${undated === 1 ? '' : 's'} shown faded: the range says nothing about ${undated === 1 ? 'it' : 'them'}.` : '';
      hiddenCount.textContent = [hidden, faded].filter(Boolean).join(' ');
    },
  };
}
