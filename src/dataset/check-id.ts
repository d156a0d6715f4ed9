/**
 * A record's id: whether it is well-formed for the file it sits in, and the label issues use for the
 * record (its id, or `#<index>` when it has none a reader could search the file for).
 */
import {
  ENTITY_ID_PREFIX,
  deriveRelationId,
  entityIdPattern,
  entityTypeOfId,
  isRelationId,
  isStatisticId,
} from '../model';
import type { SeedFileSpec } from './seed-files';
import { withArticle } from './wording';

const PREFIXED = /^([a-z]+)\//;

/** Why `id` is not a valid id for a record of this file, or undefined when it is. */
export function idProblem(spec: SeedFileSpec, id: string): string | undefined {
  const quoted = JSON.stringify(id);
  switch (spec.holds) {
    case 'Statistic':
      return isStatisticId(id) ? undefined : `malformed id ${quoted}: expected stat/<lowercase-words-joined-by-hyphens>`;
    case 'Relation':
      return isRelationId(id)
        ? undefined
        : `malformed id ${quoted}: expected rel/<lowercase-words-joined-by-hyphens>, or leave it out to derive rel/<from>/<type>/<to>`;
    default: {
      const type = entityTypeOfId(id);
      const expected = entityIdPattern(spec.holds);
      if (type === spec.holds) return undefined;
      if (type !== undefined) {
        return `id ${quoted} names ${withArticle(type)}, but ${spec.name} holds only ${spec.holds} ids (${expected})`;
      }
      const prefix = PREFIXED.exec(id)?.[1];
      if (prefix !== undefined && prefix !== ENTITY_ID_PREFIX[spec.holds] && !isOtherKnownPrefix(prefix)) {
        return `malformed id ${quoted}: unknown prefix "${prefix}/"; expected ${expected}`;
      }
      return `malformed id ${quoted}: expected ${expected}`;
    }
  }
}

function isOtherKnownPrefix(prefix: string): boolean {
  return Object.values(ENTITY_ID_PREFIX).includes(prefix);
}

/**
 * The label a record goes by in issues: its id when it gives one; for a relation without one, the id
 * it would derive; otherwise its position in the file.
 */
export function recordLabel(spec: SeedFileSpec, raw: Readonly<Record<string, unknown>>, index: number): string {
  if (typeof raw.id === 'string' && raw.id.trim() !== '') return raw.id;
  if (spec.holds === 'Relation' && typeof raw.from === 'string' && typeof raw.type === 'string' && typeof raw.to === 'string') {
    return deriveRelationId(raw.from, raw.type, raw.to);
  }
  return `#${index}`;
}
