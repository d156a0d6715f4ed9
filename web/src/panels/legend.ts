/**
 * The legend, which is also the type filter: one checkbox per entity type, with the colour and
 * shape the graph uses, one per relation type the view holds and one per kind of entity it holds
 * (movement, newspaper, city...), each with its count.
 */
import { ENTITY_TYPES } from '../api/types';
import { el } from '../dom';
import { styleOf, TYPE_STYLES } from '../graph/styles';
import { enumWords } from '../format';

export interface TypeFilter {
  readonly hiddenEntityTypes: ReadonlySet<string>;
  readonly hiddenRelationTypes: ReadonlySet<string>;
  readonly hiddenKinds: ReadonlySet<string>;
}

/** How many entities of a kind the view holds, and their type (kinds never repeat across types). */
export interface KindCount {
  readonly entityType: string;
  readonly count: number;
}

export interface Legend {
  /** Lists the relation types of the graph now shown, keeping what was unticked. */
  showRelationTypes(counts: ReadonlyMap<string, number>): void;
  /** Lists the kinds of the entities now shown, keeping what was unticked. */
  showKinds(counts: ReadonlyMap<string, KindCount>): void;
  /** Unticks exactly these (an address being opened); does not call back. */
  set(filter: TypeFilter): void;
  current(): TypeFilter;
}

/**
 * Replaces a list of filter checkboxes, unless nothing in it changed (every click on the graph
 * recounts), and keeps keyboard focus on the checkbox it was on: ticking one rebuilds the list.
 */
function redraw(list: HTMLElement, attribute: string, signature: string, items: () => HTMLElement[]): void {
  if (list.dataset['signature'] === signature) return;
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).getAttribute(attribute) : null;
  list.replaceChildren(...items());
  list.dataset['signature'] = signature;
  if (focused !== null) list.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(focused)}"]`)?.focus();
}

export function createLegend(entityList: HTMLElement, relationList: HTMLElement, kindList: HTMLElement, onChange: (filter: TypeFilter) => void): Legend {
  const hiddenEntityTypes = new Set<string>();
  const hiddenRelationTypes = new Set<string>();
  const hiddenKinds = new Set<string>();
  const current = (): TypeFilter => ({
    hiddenEntityTypes: new Set(hiddenEntityTypes),
    hiddenRelationTypes: new Set(hiddenRelationTypes),
    hiddenKinds: new Set(hiddenKinds),
  });
  const toggle = (set: Set<string>, value: string) => (event: Event) => {
    if ((event.target as HTMLInputElement).checked) set.delete(value);
    else set.add(value);
    onChange(current());
  };
  const checkbox = (set: Set<string>, value: string, attribute: string) =>
    el('input', { type: 'checkbox', checked: !set.has(value), [attribute]: value, onChange: toggle(set, value) });

  const drawEntityTypes = () =>
    entityList.replaceChildren(
      ...ENTITY_TYPES.map((type) => {
        const style = TYPE_STYLES[type];
        return el(
          'li',
          {},
          el(
            'label',
            {},
            checkbox(hiddenEntityTypes, type, 'data-entity-type'),
            el('span', { className: `type-mark shape-${style.shape}`, style: `--type-color:${style.color}`, 'aria-hidden': 'true' }),
            style.label,
          ),
        );
      }),
    );
  drawEntityTypes();

  let relationCounts: ReadonlyMap<string, number> = new Map();
  let kindCounts: ReadonlyMap<string, KindCount> = new Map();
  const legend: Legend = {
    showRelationTypes(counts) {
      relationCounts = counts;
      // Unticked types stay listed while absent, so that they can be ticked again.
      const types = [...new Set([...counts.keys(), ...hiddenRelationTypes])].sort();
      const signature = JSON.stringify(types.map((type) => [type, counts.get(type) ?? 0, hiddenRelationTypes.has(type)]));
      redraw(relationList, 'data-relation-type', signature, () =>
        types.map((type) => el('li', {}, el('label', {}, checkbox(hiddenRelationTypes, type, 'data-relation-type'), `${enumWords(type)} (${counts.get(type) ?? 0})`))),
      );
    },
    showKinds(counts) {
      kindCounts = counts;
      const kinds = [...new Set([...counts.keys(), ...hiddenKinds])].sort((a, b) => {
        const [ta, tb] = [counts.get(a)?.entityType ?? '', counts.get(b)?.entityType ?? ''];
        return ta.localeCompare(tb) || a.localeCompare(b);
      });
      const signature = JSON.stringify(kinds.map((kind) => [kind, counts.get(kind)?.entityType, counts.get(kind)?.count ?? 0, hiddenKinds.has(kind)]));
      redraw(kindList, 'data-kind', signature, () =>
        kinds.map((kind) => {
          const found = counts.get(kind);
          // "city place", but "youth organization", not "youth organization organization".
          const typeWord = found ? styleOf(found.entityType).label.toLowerCase() : '';
          const type = typeWord && !enumWords(kind).split(' ').includes(typeWord) ? ` ${typeWord}` : '';
          return el('li', {}, el('label', {}, checkbox(hiddenKinds, kind, 'data-kind'), `${enumWords(kind)}${type} (${found?.count ?? 0})`));
        }),
      );
    },
    set(filter) {
      for (const [set, values] of [
        [hiddenEntityTypes, filter.hiddenEntityTypes],
        [hiddenRelationTypes, filter.hiddenRelationTypes],
        [hiddenKinds, filter.hiddenKinds],
      ] as const) {
        set.clear();
        for (const value of values) set.add(value);
      }
      drawEntityTypes();
      legend.showRelationTypes(relationCounts);
      legend.showKinds(kindCounts);
    },
    current,
  };
  return legend;
}
