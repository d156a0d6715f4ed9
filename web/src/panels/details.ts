/**
 * The details panel for the selected node or edge: an entity's fields, its relations (paged,
 * each clickable) and sources, and the figures claimed about it; or a relation's type, role,
 * dates, ends and sources. Clicking a source opens that report here.
 */
import type { ApiClient } from '../api/client';
import type { ActivityRelation, Citation, EntityDetails, Path, Relation, ReportRef, Statistic } from '../api/types';
import { el } from '../dom';
import { claimedFigure, enumWords, sourceLine, unitWords } from '../format';
import { styleOf } from '../graph/styles';
import { describeError } from '../status';

const RELATIONS_PAGE = 10;

export interface DetailsHandlers {
  /** An entity named in the panel was clicked (a relation's end, a source, a place...). */
  onOpenEntity(id: string): void;
  /** A relation in the entity's list was clicked. */
  onOpenRelation(relation: Relation): void;
  /** Whether the graph drawn holds this entity (if not, the panel offers "Show in graph"). */
  inView(id: string): boolean;
  /** "Show in graph" was pressed: centre the graph on the entity. */
  onShowInGraph(id: string): void;
}

export interface DetailsPanel {
  /** Shows `local` (what the graph knows) at once, then the API's details unless `localOnly`. */
  showEntity(id: string, local?: { label: string; entityType: string }, localOnly?: boolean): Promise<void>;
  showRelation(relation: Relation | string): Promise<void>;
  /** Names the path just drawn and lists its entities, each opening here (its steps are in the path tool). */
  showPath(path: Path): void;
  clear(): void;
  /** The id shown, for tests and for the page state. */
  current(): string | null;
}

export function createDetailsPanel(container: HTMLElement, api: ApiClient, handlers: DetailsHandlers): DetailsPanel {
  let shown: string | null = null;

  /**
   * Replaces the panel's content. When focus was inside (a link in the panel was followed), it
   * moves to the new heading, rather than falling to the page's body with the removed link.
   */
  function render(...children: (Node | string | null)[]): void {
    const focusInside = container.contains(document.activeElement);
    container.replaceChildren(...children.filter((child): child is Node | string => child !== null));
    if (focusInside) container.querySelector<HTMLElement>('#details-title')?.focus();
  }

  const entityLink = (ref: { id: string; name: string; __typename?: string }) =>
    el('button', { type: 'button', className: 'link', 'data-id': ref.id, onclick: () => handlers.onOpenEntity(ref.id) }, ref.name);

  /** The badge of what is not an entity: it says what it is, and has no type mark. */
  const NOT_ENTITY: Readonly<Record<string, string>> = { Relation: 'Relation', Path: 'Path' };

  function heading(name: string, type: string): HTMLElement {
    const style = styleOf(type);
    const badge = NOT_ENTITY[type];
    return el(
      'header',
      { className: 'details-head' },
      badge ? null : el('span', { className: `type-mark shape-${style.shape}`, style: `--type-color:${style.color}`, 'aria-hidden': 'true' }),
      el('h2', { id: 'details-title', tabindex: '-1' }, name),
      el('span', { className: 'type-chip' }, badge ?? style.label),
    );
  }

  function fields(rows: [string, Node | string | null | undefined][]): HTMLElement {
    const list = el('dl', { className: 'fields' });
    for (const [term, value] of rows) if (value) list.append(el('dt', {}, term), el('dd', {}, value));
    return list;
  }

  /** Paragraph numbers as a reader looks them up: "¶ 3, 5". */
  const paragraphsOf = (citations: readonly Citation[] | undefined, report: string) => {
    const paragraphs = citations?.find((citation) => citation.report.id === report)?.paragraphs ?? [];
    return paragraphs.length ? `¶ ${paragraphs.join(', ')}` : null;
  };

  const sourcesList = (sources: readonly ReportRef[], citations?: readonly Citation[]) =>
    sources.length === 0
      ? el('p', { className: 'muted' }, 'No source listed: this is a source article itself.')
      : el(
          'ul',
          { className: 'sources' },
          sources.map((report) =>
            el(
              'li',
              {},
              el('button', { type: 'button', className: 'link source', 'data-id': report.id, onclick: () => handlers.onOpenEntity(report.id) }, report.name),
              el('span', { className: 'muted' }, ` ${[report.publisher?.name, report.publishedOn, paragraphsOf(citations, report.id)].filter(Boolean).join(', ')}`),
            ),
          ),
        );

  /** A report named with the paragraphs cited ("Report ¶ 3, 5"), as one link that opens the report. */
  const citedLink = (report: { id: string; name: string }, label: string) =>
    el('button', { type: 'button', className: 'link cited', 'data-id': report.id, onclick: () => handlers.onOpenEntity(report.id) }, label);

  /** How firmly a relation is asserted, and by whom (a link), when it is not simply stated. */
  const assertionNote = (relation: Relation): (Node | string)[] | null => {
    const by = relation.claimedBy ? entityLink(relation.claimedBy) : null;
    if (relation.assertion === 'ALLEGED') return ['alleged by ', by ?? 'an unnamed source'];
    if (relation.assertion === 'INTENDED') return ['intended, not done'];
    return by ? ['according to ', by] : null;
  };

  function relationItem(relation: Relation, about: string): HTMLElement {
    const outgoing = relation.from.id === about;
    const other = outgoing ? relation.to : relation.from;
    const arrow = outgoing ? `${enumWords(relation.type)} →` : `← ${enumWords(relation.type)}`;
    const note = assertionNote(relation);
    return el(
      'li',
      {},
      el(
        'button',
        { type: 'button', className: 'link relation', 'data-id': relation.id, onclick: () => handlers.onOpenRelation(relation) },
        el('span', { className: 'rel-type' }, arrow),
        ` ${other.name}`,
        relation.role ? el('span', { className: 'muted' }, ` (${relation.role})`) : null,
      ),
      // Beside the relation's button, not in it: the claimant is a link of its own.
      note ? el('span', { className: 'claim' }, ' ', ...note) : null,
    );
  }

  /** A relation with its when, where and sources on a line of their own: what a reader checks first. */
  function activityItem(relation: ActivityRelation, about: string): HTMLElement {
    const item = relationItem(relation, about);
    const when = relation.to.startDate ?? relation.to.publishedOn ?? relation.startDate;
    const sources = relation.sources.map((report) => citedLink(report, [report.name, paragraphsOf(relation.citations, report.id)].filter(Boolean).join(' ')));
    const facts = [when, relation.to.place?.name].filter((fact): fact is string => Boolean(fact));
    if (facts.length || sources.length) {
      const line = el('div', { className: 'muted small activity-facts' }, facts.join(' · '));
      if (sources.length) line.append(facts.length ? ' · source: ' : 'source: ', ...sources.flatMap((link, i) => (i ? ['; ', link] : [link])));
      item.append(line);
    }
    return item;
  }

  /** For people and organizations: their withdrawals and what they said or wrote, each with date, place and sources. */
  function activitySections(details: EntityDetails): HTMLElement[] {
    if (details.__typename !== 'Person' && details.__typename !== 'Organization') return [];
    const relations = details.activity.edges.map(({ node }) => node);
    const withdrawals = relations.filter((r) => r.type === 'WITHDREW_FROM' || (r.type === 'PARTICIPATED_IN' && r.to.kind === 'PUBLIC_WITHDRAWAL'));
    const statements = relations.filter((r) => r.type === 'AUTHORED');
    const section = (title: string, items: readonly ActivityRelation[], className: string) =>
      items.length ? [el('h3', {}, `${title} (${items.length})`), el('ul', { className: `relations ${className}` }, items.map((r) => activityItem(r, details.id)))] : [];
    return [...section('Withdrawals', withdrawals, 'withdrawals'), ...section('Statements and writings', statements, 'statements')];
  }

  function statisticsList(stats: readonly Statistic[]): HTMLElement {
    return el(
      'ul',
      { className: 'figures' },
      stats.map((stat) =>
        el(
          'li',
          {},
          el('strong', {}, `${claimedFigure(stat)} ${unitWords(stat.unit)}`),
          ` ${enumWords(stat.metric)}, as of ${stat.asOf}`,
          el('br'),
          el(
            'span',
            { className: 'muted' },
            'Claimed by ',
            stat.claimedBy ? entityLink(stat.claimedBy) : 'the report',
            '; source: ',
            citedLink(stat.source, `${sourceLine(stat.source)}${stat.paragraphs.length ? `, ¶ ${stat.paragraphs.join(', ')}` : ''}`),
          ),
        ),
      ),
    );
  }

  async function loadRelations(details: EntityDetails, list: HTMLElement, more: HTMLButtonElement): Promise<void> {
    let cursor = details.relations.pageInfo.endCursor;
    more.hidden = !details.relations.pageInfo.hasNextPage;
    // Busy, not disabled, while a page loads: a disabled button drops keyboard focus to the page.
    let loading = false;
    more.onclick = async () => {
      if (loading) return;
      loading = true;
      more.setAttribute('aria-disabled', 'true');
      try {
        const page = await api.entity(details.id, RELATIONS_PAGE, cursor);
        if (!page || shown !== details.id) return;
        const added = page.relations.edges.map(({ node }) => relationItem(node, details.id));
        list.append(...added);
        cursor = page.relations.pageInfo.endCursor;
        more.textContent = 'More relations';
        // Whoever pressed the button reads on from the first relation it brought.
        const pressed = document.activeElement === more;
        more.hidden = !page.relations.pageInfo.hasNextPage;
        if (pressed) added[0]?.querySelector('button')?.focus();
      } catch (error) {
        more.textContent = `More relations (failed: ${describeError(error)}; retry)`;
      } finally {
        loading = false;
        more.removeAttribute('aria-disabled');
      }
    };
  }

  function renderEntity(details: EntityDetails, stats: readonly Statistic[], claimedStats: readonly Statistic[]): void {
    const relationList = el('ul', { className: 'relations' }, details.relations.edges.map(({ node }) => relationItem(node, details.id)));
    const more = el('button', { type: 'button', className: 'more' }, 'More relations');
    void loadRelations(details, relationList, more);
    const dates = details.startDate ? [details.startDate, details.endDate].filter(Boolean).join(' – ') : null;
    const figures = stats.length ? [el('h3', {}, `Figures (${stats.length})`), statisticsList(stats)] : [];
    const claimCount = details.claims.length + claimedStats.length;
    const claims = claimCount
      ? [
          el('h3', {}, `Claims it makes (${claimCount})`),
          el('ul', { className: 'relations claims' }, details.claims.map((relation) => relationItem(relation, details.id))),
          ...(claimedStats.length ? [statisticsList(claimedStats)] : []),
        ]
      : [];
    render(
      heading(details.name, details.__typename),
      fields([
        ['Kind', details.kind ? enumWords(details.kind) : null],
        ['Dates', dates],
        ['Published', details.publishedOn ?? null],
        ['Publisher', details.publisher ? entityLink(details.publisher) : null],
        ['Author', details.author ? entityLink(details.author) : null],
        ['Place', details.place ? entityLink(details.place) : null],
        ['Within', details.parent ? entityLink(details.parent) : null],
        ['Also known as', details.aliases.length ? details.aliases.join('; ') : null],
        ['Id', details.id],
      ]),
      handlers.inView(details.id)
        ? null
        : el('button', { type: 'button', className: 'secondary show-in-graph', id: 'show-in-graph', onclick: () => handlers.onShowInGraph(details.id) }, 'Show in graph'),
      el('p', { className: 'description' }, details.description),
      ...activitySections(details),
      el('h3', {}, `Relations (${details.relations.totalCount})`),
      relationList,
      more,
      el('h3', {}, 'Sources'),
      sourcesList(details.sources, details.citations),
      ...figures,
      ...claims,
    );
  }

  function renderRelation(relation: Relation): void {
    render(
      heading(enumWords(relation.type), 'Relation'),
      fields([
        ['From', entityLink(relation.from)],
        ['To', entityLink(relation.to)],
        ['Role', relation.role],
        [
          'Asserted',
          relation.assertion === 'STATED' && !relation.claimedBy
            ? null
            : el('span', {}, enumWords(relation.assertion), ...(relation.claimedBy ? [' by ', entityLink(relation.claimedBy)] : [])),
        ],
        ['Dates', [relation.startDate, relation.endDate].filter(Boolean).join(' – ') || null],
        ['Id', relation.id],
      ]),
      el('h3', {}, 'Sources'),
      sourcesList(relation.sources, relation.citations),
    );
  }

  function failed(what: string, error: unknown, retry: () => void): void {
    container.append(
      el('p', { className: 'error', role: 'alert' }, `Could not load ${what}: ${describeError(error)} `, el('button', { type: 'button', onclick: retry }, 'Retry')),
    );
  }

  const panel: DetailsPanel = {
    async showEntity(id, local, localOnly = false) {
      shown = id;
      if (localOnly) {
        render(
          heading(local?.label ?? id, local?.entityType ?? ''),
          fields([['Id', id]]),
          el('p', { className: 'muted' }, 'From an imported file: not looked up in the knowledge graph.'),
        );
        return;
      }
      render(heading(local?.label ?? id, local?.entityType ?? ''), el('p', { className: 'muted loading' }, 'Loading details…'));
      try {
        const [details, stats] = await Promise.all([api.entity(id, RELATIONS_PAGE), api.statisticsAbout(id)]);
        if (shown !== id) return;
        if (!details) {
          render(
            heading(local?.label ?? id, local?.entityType ?? ''),
            el('p', { className: 'muted' }, 'This node is not in the knowledge graph (it came from an imported file).'),
          );
          return;
        }
        renderEntity(details, stats.about, stats.claimed);
      } catch (error) {
        if (shown !== id) return;
        container.querySelector('.loading')?.remove();
        failed('the details', error, () => void panel.showEntity(id, local));
      }
    },
    async showRelation(relation) {
      const id = typeof relation === 'string' ? relation : relation.id;
      shown = id;
      if (typeof relation !== 'string') return renderRelation(relation);
      render(heading('Relation', 'Relation'), el('p', { className: 'muted loading' }, 'Loading relation…'));
      try {
        const found = await api.relation(id);
        if (shown !== id) return;
        if (found) renderRelation(found);
        else render(el('p', { className: 'muted' }, 'This relation is not in the knowledge graph.'));
      } catch (error) {
        if (shown === id) failed('the relation', error, () => void panel.showRelation(id));
      }
    },
    showPath(path) {
      shown = null;
      const first = path.nodes[0];
      const last = path.nodes[path.nodes.length - 1];
      if (!first || !last) return panel.clear();
      const steps = path.edges.length === 1 ? 'one step' : `${path.edges.length} steps`;
      render(
        heading(`Path from ${first.name} to ${last.name}`, 'Path'),
        el(
          'p',
          { className: 'muted' },
          `The path, ${steps} long, is highlighted in the graph. Its steps and the reports behind each are listed under “Path between two entities”.`,
        ),
        el('h3', {}, `Entities on the path (${path.nodes.length})`),
        el('ol', { className: 'path-summary' }, path.nodes.map((node) => el('li', {}, entityLink(node)))),
        el('p', { className: 'muted small' }, 'Click a node or a relation to see its details here.'),
      );
    },
    clear() {
      shown = null;
      render(el('p', { className: 'muted empty-details' }, 'Click a node or an edge to see its details, relations and sources.'));
    },
    current: () => shown,
  };
  return panel;
}
