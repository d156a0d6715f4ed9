/** Small pieces of English that issue messages share, so they read the same everywhere. */
import { ENTITY_TYPES, type EntityType } from '../model';

/** "a Report", "an Organization", "an Event". */
export function withArticle(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** "a Report", "a Person or an Organization", "an entity" when every type is allowed. */
export function listTypes(types: readonly EntityType[]): string {
  if (ENTITY_TYPES.every((type) => types.includes(type))) return 'an entity';
  const named = types.map(withArticle);
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
}
