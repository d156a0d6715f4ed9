/**
 * Stable, human-readable ids. Entities: `<prefix>/<slug>` (`person/gao-zhisheng`);
 * statistics: `stat/<slug>`; relations: `rel/<slug>`, derived from their ends and type when not given.
 */
import { ENTITY_ID_PREFIX, entityTypeOfPrefix, type EntityType } from './entity-types';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ENTITY_ID = new RegExp(`^([a-z]+)/(${SLUG})$`);
const STATISTIC_ID = new RegExp(`^stat/${SLUG}$`);
const RELATION_ID = new RegExp(`^rel/${SLUG}(?:\\.${SLUG})*(?:/${SLUG}(?:\\.${SLUG})*)*$`);

/** The entity type an id names, or undefined when it is not a well-formed entity id. */
export function entityTypeOfId(id: string): EntityType | undefined {
  const match = ENTITY_ID.exec(id);
  return match ? entityTypeOfPrefix(match[1]!) : undefined;
}

export function isEntityId(id: unknown): id is string {
  return typeof id === 'string' && entityTypeOfId(id) !== undefined;
}

export function isStatisticId(id: unknown): id is string {
  return typeof id === 'string' && STATISTIC_ID.test(id);
}

export function isRelationId(id: unknown): id is string {
  return typeof id === 'string' && RELATION_ID.test(id);
}

/** Any id the graph can answer for: an entity, a relation or a statistic. */
export function isNodeId(id: unknown): id is string {
  return isEntityId(id) || isStatisticId(id) || isRelationId(id);
}

export function entityIdPattern(type: EntityType): string {
  return `${ENTITY_ID_PREFIX[type]}/<lowercase-words-joined-by-hyphens>`;
}

/** `person/gao-zhisheng` + `WITHDREW_FROM` + `org/ccp` -> `rel/person.gao-zhisheng/withdrew-from/org.ccp`. */
export function deriveRelationId(from: string, type: string, to: string): string {
  const part = (id: string) => id.replace('/', '.');
  return `rel/${part(from)}/${type.toLowerCase().replace(/_/g, '-')}/${part(to)}`;
}
