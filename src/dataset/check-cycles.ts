/**
 * Places must nest, and so must parts: a LOCATED_IN chain among places, or a PART_OF chain, that
 * comes back to where it started would make "everything inside this" queries loop and says nothing
 * true. Each cycle is reported once, at the link leaving its alphabetically first entity, whether
 * that link is a `parent` or a line of relations.json.
 */
import type { DraftRelation } from './build-relation';
import type { IdIndex } from './id-index';
import { issueAt, type DatasetIssue } from './issue';

export function checkAcyclicRelations(relations: readonly DraftRelation[], ids: IdIndex, issues: DatasetIssue[]): void {
  checkCycles('LOCATED_IN', 'places', relations, (id) => ids.get(id)?.category === 'Place', issues);
  checkCycles('PART_OF', 'entities', relations, () => true, issues);
}

function checkCycles(
  type: 'LOCATED_IN' | 'PART_OF',
  among: string,
  relations: readonly DraftRelation[],
  counts: (id: string) => boolean,
  issues: DatasetIssue[],
): void {
  const links = new Map<string, DraftRelation[]>();
  for (const relation of relations) {
    const { from, to } = relation;
    if (relation.type !== type || from === undefined || to === undefined) continue;
    if (!counts(from) || !counts(to)) continue;
    const out = links.get(from) ?? [];
    out.push(relation);
    links.set(from, out);
  }

  const reported = new Set<string>();
  for (const cycle of findCycles(links)) {
    const start = cycle.reduce((best, link, i) => ((link.from ?? '') < (cycle[best]!.from ?? '') ? i : best), 0);
    const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
    const path = [...rotated.map((link) => link.from), rotated[0]!.from].join(' -> ');
    if (reported.has(path)) continue;
    reported.add(path);
    issues.push(issueAt(rotated[0]!.origin, `${type} cycle among ${among}: ${path}`));
  }
}

/** Cycles found by depth-first search, each as the links that form it. */
function findCycles(links: ReadonlyMap<string, readonly DraftRelation[]>): DraftRelation[][] {
  const done = new Set<string>();
  const cycles: DraftRelation[][] = [];
  const trail: DraftRelation[] = [];
  const onTrail = new Map<string, number>();

  const visit = (place: string): void => {
    onTrail.set(place, trail.length);
    for (const link of links.get(place) ?? []) {
      const next = link.to!;
      const at = onTrail.get(next);
      if (at !== undefined) {
        cycles.push([...trail.slice(at), link]);
      } else if (!done.has(next)) {
        trail.push(link);
        visit(next);
        trail.pop();
      }
    }
    onTrail.delete(place);
    done.add(place);
  };

  for (const place of [...links.keys()].sort()) if (!done.has(place)) visit(place);
  return cycles;
}
