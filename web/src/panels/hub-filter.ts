/**
 * "Hide hubs": a switch and how many of the most connected nodes it hides, and a line naming the
 * ones hidden, so that nothing disappears without the page saying what. The centre always stays.
 */
import { byId } from '../dom';
import { MAX_HUBS } from '../filter-address';

export interface HubFilter {
  /** How many hubs to hide: 0 when the switch is off. */
  count(): number;
  /** Sets the switch and count (an address being opened); does not call back. */
  set(count: number): void;
  /** Names the hubs now hidden. */
  report(names: readonly string[]): void;
}

const DEFAULT_COUNT = 3;

export function createHubFilter(onChange: () => void): HubFilter {
  const toggle = byId<HTMLInputElement>('hide-hubs');
  const number = byId<HTMLInputElement>('hub-count');
  const line = byId('hub-hidden');
  const countOf = () => {
    const value = Math.floor(Number(number.value));
    return Number.isFinite(value) && value >= 1 ? Math.min(value, MAX_HUBS) : DEFAULT_COUNT;
  };
  toggle.addEventListener('change', onChange);
  number.addEventListener('change', () => {
    number.value = String(countOf());
    if (toggle.checked) onChange();
  });
  return {
    count: () => (toggle.checked ? countOf() : 0),
    set(count) {
      toggle.checked = count > 0;
      if (count > 0) number.value = String(Math.min(count, MAX_HUBS));
    },
    report(names) {
      line.textContent = names.length > 0 ? `Hidden: ${names.join(', ')}.` : '';
    },
  };
}
