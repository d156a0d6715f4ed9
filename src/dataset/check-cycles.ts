/**
 * Places must nest: a LOCATED_IN chain among places that comes back to where it started would make
 * "everything inside this country" queries loop. Each cycle is reported once, at the link leaving
 * its alphabetically first place, whether that link is a `parent` or a line of relations.json.
 */
import type { DraftRelation } from './build-relation';
import type { IdIndex } from './id-index';
import { issueAt, type DatasetIssue } from './issue';

export function checkLocatedInCycles(relations: readonly DraftRelation[], ids: IdIndex, issues: DatasetIssue[]): void {
  const links = new Map<string, DraftRelation[]>();
  for (const relation of relations) {
    const { type, from, to } = relation;
    if (type !== 'LOCATED_IN' || from === undefined || to === undefined) continue;
    if (ids.get(from)?.category !== 'Place' || ids.get(to)?.category !== 'Place') continue;
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
    issues.push(issueAt(rotated[0]!.origin, `LOCATED_IN cycle among places: ${path}`));
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
