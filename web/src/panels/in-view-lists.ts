/**
 * The drawn graph as two lists beside the canvas, for keyboards and screen readers: its nodes
 * (a node's button selects it, the Expand button beside it adds its neighbours) and its relations
 * (source, relation type, target; "sources" opens the relation with the reports that state it).
 * What a filter hides is left out, as in the drawing. A list is built only while it is open:
 * hundreds of buttons rebuilt on every click would slow the page for those who do not read them.
 */
import { byId, el } from '../dom';
import { enumWords } from '../format';
import type { ExplorerGraph } from '../graph/model';
import { LARGE_GRAPH_ORDER } from '../graph/model';

export interface InViewSource {
  readonly graph: ExplorerGraph;
  isHidden(node: string): boolean;
  isEdgeHidden(edge: string): boolean;
  select(node: string): void;
  expand(node: string): void;
  /** Shows a relation in the details panel and moves focus to it. */
  openRelation(edge: string): void;
}

export interface InViewLists {
  refresh(): void;
}

/**
 * Rebuilds a list unless it would come out the same (a click selects without changing the graph),
 * and keeps focus on the same button when it does change, rather than letting it fall to <body>.
 */
function rebuild(list: HTMLElement, signature: string, items: () => HTMLElement[]): void {
  if (list.dataset['signature'] === signature) return;
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
  const key = focused && ['id', 'expand', 'relation'].map((name) => [name, focused.dataset[name]] as const).find(([, value]) => value !== undefined);
  const edge = focused?.closest('li')?.dataset['edge'];
  list.replaceChildren(...items());
  list.dataset['signature'] = signature;
  if (!focused || !key) return;
  const selector = `${edge ? `li[data-edge="${CSS.escape(edge)}"] ` : ''}button[data-${key[0]}="${CSS.escape(key[1]!)}"]`;
  (list.querySelector<HTMLElement>(selector) ?? list.closest('details')?.querySelector('summary'))?.focus();
}

export function createInViewLists(source: InViewSource): InViewLists {
  const nodesBox = byId<HTMLDetailsElement>('in-view');
  const nodesTitle = byId('in-view-title');
  const nodesList = byId('in-view-list');
  const edgesBox = byId<HTMLDetailsElement>('relations-in-view');
  const edgesTitle = byId('relations-in-view-title');
  const edgesList = byId('relations-in-view-list');

  const label = (node: string) => source.graph.getNodeAttribute(node, 'label');

  function refreshNodes(): void {
    const graph = source.graph;
    if (graph.order >= LARGE_GRAPH_ORDER) {
      // Thousands of buttons would cost more than the drawing; search reaches any of them.
      nodesTitle.textContent = `Nodes in view (${graph.order}, too many to list: use the search)`;
      rebuild(nodesList, '', () => []);
      return;
    }
    const nodes = graph.filterNodes((node) => !source.isHidden(node)).sort((a, b) => label(a).localeCompare(label(b)));
    const hidden = graph.order - nodes.length;
    nodesTitle.textContent = `Nodes in view (${nodes.length}${hidden > 0 ? `, ${hidden} hidden by filters` : ''})`;
    if (!nodesBox.open) return;
    rebuild(nodesList, nodes.join('\n'), () =>
      nodes.map((node) => {
        const { entityType } = graph.getNodeAttributes(node);
        return el(
          'li',
          {},
          el('button', { type: 'button', className: 'link', 'data-id': node, onclick: () => source.select(node) }, `${label(node)} (${entityType})`),
          el('button', { type: 'button', className: 'secondary mini', 'data-expand': node, 'aria-label': `Expand ${label(node)}`, onclick: () => source.expand(node) }, 'Expand'),
        );
      }),
    );
  }

  function refreshEdges(): void {
    const graph = source.graph;
    if (graph.order >= LARGE_GRAPH_ORDER) {
      edgesTitle.textContent = `Relations in view (${graph.size}, too many to list)`;
      rebuild(edgesList, '', () => []);
      return;
    }
    const edges = graph.filterEdges((edge) => !source.isEdgeHidden(edge));
    const sortKey = (edge: string) => `${label(graph.source(edge))}\u0000${graph.getEdgeAttribute(edge, 'relationType')}\u0000${label(graph.target(edge))}`;
    edges.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    edgesTitle.textContent = `Relations in view (${edges.length})`;
    if (!edgesBox.open) return;
    const end = (node: string) => el('button', { type: 'button', className: 'link', 'data-id': node, onclick: () => source.select(node) }, label(node));
    rebuild(edgesList, edges.join('\n'), () =>
      edges.map((edge) => {
        const [from, to] = graph.extremities(edge);
        const type = enumWords(graph.getEdgeAttribute(edge, 'relationType'));
        return el(
          'li',
          { 'data-edge': edge },
          end(from),
          el(
            'div',
            { className: 'rel-line' },
            el('span', { className: 'rel-type' }, `${type} →`),
            end(to),
            el(
              'button',
              { type: 'button', className: 'secondary mini sources-of', 'data-relation': edge, 'aria-label': `Sources of: ${label(from)} ${type} ${label(to)}`, onclick: () => source.openRelation(edge) },
              'Sources',
            ),
          ),
        );
      }),
    );
  }

  const refresh = () => {
    refreshNodes();
    refreshEdges();
  };
  nodesBox.addEventListener('toggle', refreshNodes);
  edgesBox.addEventListener('toggle', refreshEdges);
  return { refresh };
}
