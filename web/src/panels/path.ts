/**
 * The path finder: two entities, picked from the suggestions or just typed (the best match is taken),
 * and up to MAX_SHOWN of the shortest paths between them (`shortestPaths`), each step with its
 * relation and the reports that state it. The user picks which alternative to draw, can leave out
 * the hubs (the most connected entities) or any entity on a path, and the question and the choice
 * go into the address so that a shared link shows the same path. Drawing is left to the caller
 * (onPath) so this module knows nothing about sigma.
 */
import type { ApiClient } from '../api/client';
import type { EntityRef, Hub, Path, PathRelation } from '../api/types';
import { byId, el } from '../dom';
import { enumWords } from '../format';
import { describeError } from '../status';
import { createSearchBox } from './search';

/** How many alternatives are listed; one more is asked for, to tell whether others exist. */
const MAX_SHOWN = 3;
/** "Avoid hubs" leaves out this many of the most connected entities. */
const HUB_COUNT = 3;

/** What the address keeps of the path finder: enough to ask the same question and pick the same answer. */
export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  /** Entities avoided one by one ("Avoid" beside a step), apart from the hubs. */
  readonly avoid: readonly string[];
  readonly avoidHubs: boolean;
  /** Which alternative is drawn, from 0. */
  readonly pick: number;
}

/** The address parameters a path query is kept in (`from` and `to` belong to the date filter). */
export function pathQueryParams(query: PathQuery | null): Record<string, string> {
  return {
    pathFrom: query?.from ?? '',
    pathTo: query?.to ?? '',
    pathMax: query ? String(query.maxLength) : '',
    pathAvoid: query?.avoid.join(',') ?? '',
    pathHubs: query?.avoidHubs ? '1' : '',
    path: query && query.pick > 0 ? String(query.pick + 1) : '',
  };
}

/** The path query an address holds, or null when it names no two ends. */
export function pathQueryOf(params: URLSearchParams): PathQuery | null {
  const [from, to] = [params.get('pathFrom'), params.get('pathTo')];
  if (!from || !to) return null;
  const pick = Number(params.get('path') ?? '1');
  return {
    from,
    to,
    maxLength: Number(params.get('pathMax')) || 6,
    avoid: (params.get('pathAvoid') ?? '').split(',').filter(Boolean),
    avoidHubs: params.get('pathHubs') === '1',
    pick: Number.isInteger(pick) && pick >= 1 ? pick - 1 : 0,
  };
}

export interface PathFinderHandlers {
  onPath(path: Path): void;
  onClear(): void;
  /** The question and choice now shown, or null once cleared: to keep the address in step. */
  onQuery(query: PathQuery | null): void;
  /** Opens a report a step cites. */
  onOpenSource(reportId: string): void;
}

export interface PathFinder {
  /** The steps of the drawn path: [from id, relation type, to id] in path order. */
  steps(): [string, string, string][];
  /** The alternatives listed, each as its entity ids. */
  alternatives(): string[][];
  /** Asks the question an address holds and draws the alternative it picks. */
  restore(query: PathQuery): Promise<void>;
}

export function createPathFinder(api: ApiClient, handlers: PathFinderHandlers): PathFinder {
  const from = createSearchBox({ api, input: byId<HTMLInputElement>('path-from'), list: byId<HTMLUListElement>('path-from-list'), onChoose: () => undefined });
  const to = createSearchBox({ api, input: byId<HTMLInputElement>('path-to'), list: byId<HTMLUListElement>('path-to-list'), onChoose: () => undefined });
  const maxLength = byId<HTMLSelectElement>('path-max');
  const avoidHubs = byId<HTMLInputElement>('path-avoid-hubs');
  const avoidedLine = byId('path-avoided');
  const result = byId('path-result');
  const form = byId<HTMLFormElement>('path-form');
  /** Entities avoided one by one, with their names for the list of them. */
  const avoided = new Map<string, string>();
  let hubs: Promise<Hub[]> | null = null;
  let paths: Path[] = [];
  let picked = 0;
  let asked: Omit<PathQuery, 'pick'> | null = null;
  /** Counts searches, so that the answer to an older one cannot replace a newer one's. */
  let sequence = 0;

  // Focusable from script, for when the control that asked for a search goes with the old answer.
  result.tabIndex = -1;

  /** Moves focus to `target` if it was lost (the control pressed was replaced), never away from elsewhere. */
  const refocus = (target: HTMLElement | null) => {
    if (target && (document.activeElement === null || document.activeElement === document.body)) target.focus();
  };
  const stopButtonOf = (id: string) => avoidedLine.querySelector<HTMLElement>(`.avoided-node[data-id="${CSS.escape(id)}"] button`);

  const say = (text: string, className = 'muted') => result.replaceChildren(el('p', { className, role: className === 'error' ? 'alert' : 'status' }, text));

  /** The hubs, asked for once; a failure is not kept, so the next search asks again. */
  function loadHubs(): Promise<Hub[]> {
    hubs ??= api.hubs(HUB_COUNT).catch((error: unknown) => {
      hubs = null;
      throw error;
    });
    return hubs;
  }

  async function showAvoided(ends: readonly string[]): Promise<string[]> {
    const hubList = avoidHubs.checked ? (await loadHubs()).filter((hub) => !ends.includes(hub.entity.id)) : [];
    const items: HTMLElement[] = hubList.map((hub) => el('span', { className: 'avoided-hub', 'data-id': hub.entity.id }, hub.entity.name));
    for (const [id, name] of avoided) {
      items.push(
        el('span', { className: 'avoided-node', 'data-id': id }, name, ' ',
          el('button', { type: 'button', className: 'link', 'aria-label': `Stop avoiding ${name}`, onclick: () => void stopAvoiding(id) }, '×')),
      );
    }
    avoidedLine.replaceChildren(...(items.length ? [`Avoiding${avoidHubs.checked ? ' the hubs' : ''}: `, ...items.flatMap((item, i) => (i ? [', ', item] : [item]))] : []));
    return [...hubList.map((hub) => hub.entity.id), ...avoided.keys()];
  }

  /** The reports that state a step, each a link that opens it, with the paragraphs where it stands. */
  function sourcesOf(edge: PathRelation): HTMLElement {
    // Spans, not a nested list: a step is one item of the list of steps.
    return el(
      'span',
      { className: 'path-sources muted small' },
      edge.sources.map((report) => {
        const paragraphs = edge.citations.find((c) => c.report.id === report.id)?.paragraphs ?? [];
        const label = paragraphs.length ? `${report.name}, ¶ ${paragraphs.join(', ')}` : report.name;
        const link = el('button', { type: 'button', className: 'link path-source', 'data-report': report.id, onclick: () => handlers.onOpenSource(report.id) }, label);
        return el('span', { className: 'path-source-line' }, 'source: ', link);
      }),
    );
  }

  function stepItem(path: Path, i: number): HTMLElement {
    const edge = path.edges[i]!;
    const here = path.nodes[i]!;
    const next = path.nodes[i + 1]!;
    // Paths ignore direction; say which way each relation actually points.
    const forward = edge.from.id === here.id;
    const avoidButton = (node: EntityRef) =>
      el('button', { type: 'button', className: 'link path-avoid-node', 'data-id': node.id, title: `Find paths that do not pass through ${node.name}`, onclick: () => void avoid(node) }, 'avoid');
    return el(
      'li',
      { 'data-from': here.id, 'data-type': edge.type, 'data-to': next.id },
      el('span', { className: 'step-node' }, here.name),
      i > 0 ? avoidButton(here) : null,
      el('span', { className: 'rel-type' }, forward ? ` ${enumWords(edge.type)} → ` : ` ← ${enumWords(edge.type)} `),
      el('span', { className: 'step-node' }, next.name),
      sourcesOf(edge),
    );
  }

  function render(): void {
    const path = paths[picked]!;
    const shown = paths.slice(0, MAX_SHOWN);
    const choices = shown.map((alternative, i) =>
      el('li', {}, el('button', {
        type: 'button', className: 'secondary path-alternative', 'data-index': String(i), 'aria-pressed': String(i === picked),
        onclick: () => choose(i),
      }, `Path ${i + 1} of ${shown.length}: ${alternative.nodes.map((node) => node.name).join(' → ')}`)),
    );
    const summary = `${path.length} relation${path.length === 1 ? '' : 's'}${shown.length > 1 ? `; ${shown.length} paths this short${paths.length > MAX_SHOWN ? ' (and more: avoid an entity to see others)' : ''}` : ''}:`;
    result.replaceChildren(
      el('p', { className: 'muted' }, summary),
      ...(shown.length > 1 ? [el('ol', { className: 'path-alternatives', id: 'path-alternatives' }, choices)] : []),
      el('ol', { className: 'path-steps', id: 'path-steps', tabindex: '-1', 'aria-label': 'Steps of the path drawn' }, path.edges.map((_edge, i) => stepItem(path, i))),
    );
  }

  function choose(index: number): void {
    if (!paths[index] || !asked) return;
    picked = index;
    render();
    handlers.onPath(paths[index]!);
    handlers.onQuery({ ...asked, pick: index });
  }

  /** Asks for the paths between two entities and draws the `pick`-th (the first when there are fewer). */
  async function search(start: EntityRef, end: EntityRef, pick = 0): Promise<void> {
    const mine = ++sequence;
    say('Looking for paths…');
    try {
      const avoid = await showAvoided([start.id, end.id]);
      const length = Number(maxLength.value);
      const found = await api.shortestPaths(start.id, end.id, length, avoid, MAX_SHOWN + 1);
      if (mine !== sequence) return;
      paths = found;
      asked = { from: start.id, to: end.id, maxLength: length, avoid: [...avoided.keys()], avoidHubs: avoidHubs.checked };
      if (paths.length === 0) {
        handlers.onClear();
        handlers.onQuery({ ...asked, pick: 0 });
        return say(`No path within ${maxLength.value} relations${avoid.length ? ' that avoids those entities' : ''}.`);
      }
      choose(Math.min(Math.max(0, pick), Math.min(paths.length, MAX_SHOWN) - 1));
    } catch (error) {
      if (mine !== sequence) return;
      paths = [];
      result.replaceChildren(
        el('p', { className: 'error', role: 'alert' }, `Path search failed: ${describeError(error)} `, el('button', { type: 'button', onclick: () => void find() }, 'Retry')),
      );
    }
  }

  async function find(): Promise<void> {
    let start;
    let end;
    try {
      [start, end] = await Promise.all([from.resolve(), to.resolve()]);
    } catch (error) {
      return say(`Looking the names up failed: ${describeError(error)}`, 'error');
    }
    if (!start || !end) return say(`No entity matches “${(start ? byId<HTMLInputElement>('path-to') : byId<HTMLInputElement>('path-from')).value.trim()}”: type a name or alias, or pick a suggestion.`, 'error');
    if (start.entity.id === end.entity.id) return say('Pick two different entities.', 'error');
    await search(start.entity, end.entity);
  }

  /** Searches again without the current path's ends changing. */
  function again(): Promise<void> {
    const [start, end] = [from.chosen(), to.chosen()];
    return start && end ? search(start.entity, end.entity) : Promise.resolve();
  }

  /** Leaves an entity out; focus goes to the button that takes it back (its "avoid" goes with its path). */
  async function avoid(node: EntityRef): Promise<void> {
    avoided.set(node.id, node.name);
    await again();
    refocus(stopButtonOf(node.id));
  }

  /** Takes an entity back; focus goes to the next one avoided, or else to the steps found. */
  async function stopAvoiding(id: string): Promise<void> {
    const ids = [...avoided.keys()];
    const index = ids.indexOf(id);
    const neighbour = ids[index + 1] ?? ids[index - 1];
    avoided.delete(id);
    await again();
    refocus((neighbour && stopButtonOf(neighbour)) || document.getElementById('path-steps') || result);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void find();
  });
  avoidHubs.addEventListener('change', () => void again());
  byId('path-clear').addEventListener('click', () => {
    from.clear();
    to.clear();
    paths = [];
    asked = null;
    avoided.clear();
    avoidedLine.replaceChildren();
    result.replaceChildren();
    handlers.onClear();
    handlers.onQuery(null);
  });

  return {
    steps: () => {
      const path = paths[picked];
      return path ? path.edges.map((edge, i) => [path.nodes[i]!.id, edge.type, path.nodes[i + 1]!.id]) : [];
    },
    alternatives: () => paths.slice(0, MAX_SHOWN).map((path) => path.nodes.map((node) => node.id)),
    async restore(query) {
      if ([...maxLength.options].some((option) => option.value === String(query.maxLength))) maxLength.value = String(query.maxLength);
      avoidHubs.checked = query.avoidHubs;
      avoided.clear();
      // Names of entities avoided one by one come with the answer; until then the id stands in.
      for (const id of query.avoid) avoided.set(id, id);
      say('Looking for paths…');
      let ends: (EntityRef | null)[];
      try {
        ends = await api.entityRefs([query.from, query.to, ...query.avoid]);
      } catch (error) {
        return say(`Restoring the path failed: ${describeError(error)}`, 'error');
      }
      const [start, end, ...others] = ends;
      if (!start || !end) return say('The path in the address names an entity the graph does not hold.', 'error');
      others.forEach((entity, i) => entity && avoided.set(query.avoid[i]!, entity.name));
      from.set({ ...start, aliases: [] });
      to.set({ ...end, aliases: [] });
      await search(start, end, query.pick);
    },
  };
}
