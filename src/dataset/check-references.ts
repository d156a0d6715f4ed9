/**
 * Every id a record points at must exist and name an entity of a type allowed there:
 * sources are Reports, an event's place is a Place, a relation's ends follow RELATION_TYPES.
 */
import { ENTITY_TYPES, type EntityType } from '../model';
import type { Reference } from './field-rules';
import type { IdIndex } from './id-index';
import { issueAt, type DatasetIssue } from './issue';
import { didYouMean, suggestionList } from './suggest';
import { listTypes, withArticle } from './wording';

export function checkReferences(references: Iterable<Reference>, ids: IdIndex, issues: DatasetIssue[]): void {
  const idsOfType = groupEntityIds(ids);
  for (const reference of references) {
    const problem = referenceProblem(reference, ids, idsOfType);
    if (problem !== undefined) issues.push(issueAt(reference.origin, problem));
  }
}

function referenceProblem(
  { id, allowed, role }: Reference,
  ids: IdIndex,
  idsOfType: ReadonlyMap<EntityType, readonly string[]>,
): string | undefined {
  const quoted = JSON.stringify(id);
  const target = ids.get(id);
  if (target === undefined) {
    const candidates = allowed.flatMap((type) => idsOfType.get(type) ?? []);
    const hint = didYouMean(suggestionList(id, candidates, 3));
    return `points at unknown id ${quoted}${hint ? `.${hint}` : ''}`;
  }
  if (isEntityType(target.category) && allowed.includes(target.category)) return undefined;
  return `points at ${quoted}, ${withArticle(target.category)}; ${role} must be ${listTypes(allowed)}`;
}

function groupEntityIds(ids: IdIndex): Map<EntityType, string[]> {
  const groups = new Map<EntityType, string[]>();
  for (const claim of ids.values()) {
    if (!isEntityType(claim.category)) continue;
    const group = groups.get(claim.category) ?? [];
    group.push(claim.id);
    groups.set(claim.category, group);
  }
  return groups;
}

function isEntityType(category: string): category is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(category);
}
