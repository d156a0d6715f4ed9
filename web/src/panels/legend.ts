/** The legend: one entry per entity type, with the same colour and shape the graph uses. */
import { ENTITY_TYPES } from '../api/types';
import { el } from '../dom';
import { TYPE_STYLES } from '../graph/styles';

export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    ...ENTITY_TYPES.map((type) => {
      const style = TYPE_STYLES[type];
      return el(
        'li',
        {},
        el('span', { className: `type-mark shape-${style.shape}`, style: `--type-color:${style.color}`, 'aria-hidden': 'true' }),
        style.label,
      );
    }),
  );
}
