/**
 * The path finder: two entities, picked from the suggestions or just typed (the best match is taken), `shortestPath` between them,
 * and the steps listed in order. Drawing the path is left to the caller (onPath) so this module
 * knows nothing about sigma.
 */
import type { ApiClient } from '../api/client';
import type { Path, SearchHit } from '../api/types';
import { byId, el } from '../dom';
import { enumWords } from '../format';
import { describeError } from '../status';
import { createSearchBox } from './search';

export interface PathFinderHandlers {
  onPath(path: Path): void;
  onClear(): void;
}

export interface PathFinder {
  /** The steps as shown: [from id, relation type, to id] in path order. */
  steps(): [string, string, string][];
}

export function createPathFinder(api: ApiClient, handlers: PathFinderHandlers): PathFinder {
  const from = createSearchBox({ api, input: byId<HTMLInputElement>('path-from'), list: byId<HTMLUListElement>('path-from-list'), onChoose: () => undefined });
  const to = createSearchBox({ api, input: byId<HTMLInputElement>('path-to'), list: byId<HTMLUListElement>('path-to-list'), onChoose: () => undefined });
  const maxLength = byId<HTMLSelectElement>('path-max');
  const result = byId('path-result');
  const form = byId<HTMLFormElement>('path-form');
  let shown: [string, string, string][] = [];

  const say = (text: string, className = 'muted') => result.replaceChildren(el('p', { className, role: className === 'error' ? 'alert' : 'status' }, text));

  function render(path: Path): void {
    shown = path.edges.map((edge, i) => {
      const here = path.nodes[i]!;
      const next = path.nodes[i + 1]!;
      return [here.id, edge.type, next.id];
    });
    const steps = path.edges.map((edge, i) => {
      const here = path.nodes[i]!;
      const next = path.nodes[i + 1]!;
      // Paths ignore direction; say which way each relation actually points.
      const forward = edge.from.id === here.id;
      return el(
        'li',
        { 'data-from': here.id, 'data-type': edge.type, 'data-to': next.id },
        el('span', { className: 'step-node' }, here.name),
        el('span', { className: 'rel-type' }, forward ? ` ${enumWords(edge.type)} → ` : ` ← ${enumWords(edge.type)} `),
        el('span', { className: 'step-node' }, next.name),
      );
    });
    result.replaceChildren(
      el('p', { className: 'muted' }, `${path.length} relation${path.length === 1 ? '' : 's'}:`),
      el('ol', { className: 'path-steps', id: 'path-steps' }, steps),
    );
  }

  async function find(): Promise<void> {
    let start: SearchHit | null;
    let end: SearchHit | null;
    try {
      [start, end] = await Promise.all([from.resolve(), to.resolve()]);
    } catch (error) {
      return say(`Looking the names up failed: ${describeError(error)}`, 'error');
    }
    if (!start || !end) return say(`No entity matches “${(start ? byId<HTMLInputElement>('path-to') : byId<HTMLInputElement>('path-from')).value.trim()}”: type a name or alias, or pick a suggestion.`, 'error');
    if (start.entity.id === end.entity.id) return say('Pick two different entities.', 'error');
    say('Looking for a path…');
    try {
      const path = await api.shortestPath(start.entity.id, end.entity.id, Number(maxLength.value));
      if (!path) {
        shown = [];
        handlers.onClear();
        return say(`No path within ${maxLength.value} relations.`);
      }
      render(path);
      handlers.onPath(path);
    } catch (error) {
      result.replaceChildren(
        el('p', { className: 'error', role: 'alert' }, `Path search failed: ${describeError(error)} `, el('button', { type: 'button', onclick: () => void find() }, 'Retry')),
      );
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void find();
  });
  byId('path-clear').addEventListener('click', () => {
    from.clear();
    to.clear();
    shown = [];
    result.replaceChildren();
    handlers.onClear();
  });

  return { steps: () => shown.map((step) => [...step] as [string, string, string]) };
}
