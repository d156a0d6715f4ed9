/**
 * A search box with suggestions from the API's `search` (names and aliases, typo-tolerant),
 * used three times: to centre the graph and to pick both ends of a path. It follows the ARIA
 * combobox pattern: arrows move through suggestions, Enter picks, Escape closes.
 */
import type { ApiClient } from '../api/client';
import type { SearchHit } from '../api/types';
import { el } from '../dom';
import { describeError } from '../status';
import { styleOf } from '../graph/styles';

const DEBOUNCE_MS = 180;

export interface SearchBoxOptions {
  readonly api: ApiClient;
  readonly input: HTMLInputElement;
  readonly list: HTMLUListElement;
  onChoose(hit: SearchHit): void;
}

export interface SearchBox {
  /** The entity last chosen here, if any. */
  chosen(): SearchHit | null;
  /**
   * The entity chosen, or else the best match for what was typed (which then counts as chosen and
   * replaces the text with its name, so the user sees what was taken); null when nothing matches.
   */
  resolve(): Promise<SearchHit | null>;
  /** Takes this entity as chosen, as a restored address does, without asking the API. */
  set(entity: SearchHit['entity']): void;
  clear(): void;
}

export function createSearchBox({ api, input, list, onChoose }: SearchBoxOptions): SearchBox {
  let hits: SearchHit[] = [];
  let active = -1;
  let chosen: SearchHit | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers can arrive out of order; only the latest request may fill the list.
  let sequence = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  list.setAttribute('role', 'listbox');

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(items: HTMLElement[]): void {
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function render(): void {
    if (hits.length === 0) {
      show([el('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, `No entity matches “${input.value.trim()}”.`)]);
      return;
    }
    show(
      hits.map((hit, index) => {
        const style = styleOf(hit.entity.__typename);
        const alias = matchingAlias(hit, input.value);
        return el(
          'li',
          {
            id: `${list.id}-${index}`,
            role: 'option',
            'aria-selected': index === active ? 'true' : 'false',
            'data-id': hit.entity.id,
            onmousedown: (event) => {
              event.preventDefault(); // keep focus in the input until the choice is made
              choose(index);
            },
          },
          el('span', { className: `type-mark shape-${style.shape}`, style: `--type-color:${style.color}`, 'aria-hidden': 'true' }),
          el('span', { className: 'hit-name' }, hit.entity.name),
          alias ? el('span', { className: 'hit-alias' }, `also “${alias}”`) : null,
          el('span', { className: 'hit-type' }, style.label),
        );
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  }

  function choose(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    chosen = hit;
    input.value = hit.entity.name;
    close();
    onChoose(hit);
  }

  async function lookUp(text: string): Promise<void> {
    const mine = ++sequence;
    try {
      const answer = await api.search(text);
      if (mine !== sequence) return;
      hits = answer;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch (error) {
      if (mine !== sequence) return;
      hits = [];
      show([el('li', { className: 'error', role: 'option', 'aria-disabled': 'true' }, `Search failed: ${describeError(error)}`)]);
    }
  }

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      sequence++;
      close();
      return;
    }
    timer = setTimeout(() => void lookUp(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return close();
    if (list.hidden || hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(active, 0));
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    chosen: () => chosen,
    async resolve() {
      if (chosen) return chosen;
      const text = input.value.trim();
      if (text.length < 2) return null;
      // A suggestion list still to come (debounced or on its way) must not open over the answer.
      clearTimeout(timer);
      sequence++;
      const [best] = await api.search(text, 1);
      if (!best) return null;
      chosen = best;
      input.value = best.entity.name;
      close();
      return best;
    },
    set(entity) {
      chosen = { score: 0, entity };
      input.value = entity.name;
      close();
    },
    clear() {
      chosen = null;
      input.value = '';
      close();
    },
  };
}

/** The alias that made a hit match, when the name itself does not contain what was typed. */
function matchingAlias(hit: SearchHit, typed: string): string | null {
  const needle = typed.trim().toLowerCase();
  if (!needle || hit.entity.name.toLowerCase().includes(needle)) return null;
  return hit.entity.aliases.find((alias) => alias.toLowerCase().includes(needle)) ?? null;
}
