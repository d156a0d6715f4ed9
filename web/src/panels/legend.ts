/**
 * The legend, which is also the type filter: one checkbox per entity type, with the colour and
 * shape the graph uses, and one per relation type the view holds, with its count.
 */
import { ENTITY_TYPES } from '../api/types';
import { el } from '../dom';
import { TYPE_STYLES } from '../graph/styles';
import { enumWords } from '../format';

export interface TypeFilter {
  readonly hiddenEntityTypes: ReadonlySet<string>;
  readonly hiddenRelationTypes: ReadonlySet<string>;
}

export interface Legend {
  /** Lists the relation types of the graph now shown, keeping what was unticked. */
  showRelationTypes(counts: ReadonlyMap<string, number>): void;
}

export function createLegend(entityList: HTMLElement, relationList: HTMLElement, onChange: (filter: TypeFilter) => void): Legend {
  const hiddenEntityTypes = new Set<string>();
  const hiddenRelationTypes = new Set<string>();
  const changed = () => onChange({ hiddenEntityTypes: new Set(hiddenEntityTypes), hiddenRelationTypes: new Set(hiddenRelationTypes) });
  const toggle = (set: Set<string>, value: string) => (event: Event) => {
    if ((event.target as HTMLInputElement).checked) set.delete(value);
    else set.add(value);
    changed();
  };

  entityList.replaceChildren(
    ...ENTITY_TYPES.map((type) => {
      const style = TYPE_STYLES[type];
      return el(
        'li',
        {},
        el(
          'label',
          {},
          el('input', { type: 'checkbox', checked: true, 'data-entity-type': type, onChange: toggle(hiddenEntityTypes, type) }),
          el('span', { className: `type-mark shape-${style.shape}`, style: `--type-color:${style.color}`, 'aria-hidden': 'true' }),
          style.label,
        ),
      );
    }),
  );

  return {
    showRelationTypes(counts) {
      const types = [...counts.keys()].sort();
      relationList.replaceChildren(
        ...types.map((type) =>
          el(
            'li',
            {},
            el(
              'label',
              {},
              el('input', { type: 'checkbox', checked: !hiddenRelationTypes.has(type), 'data-relation-type': type, onChange: toggle(hiddenRelationTypes, type) }),
              `${enumWords(type)} (${counts.get(type)})`,
            ),
          ),
        ),
      );
    },
  };
}
