/**
 * Full-text search over entity names and aliases, on MiniSearch. Terms are folded (lower case,
 * diacritics stripped) both when indexed and when searched, so "Gáo Zhìshēng" finds "Gao Zhisheng".
 */
import MiniSearch from 'minisearch';
import type { EntityRecord, EntityType } from '../../model';
import type { SearchHit } from '../port';

interface SearchDocument {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: string;
}

const COMBINING_MARKS = /\p{M}/gu;

/** NFD splits "á" into "a" plus a combining accent, which is then dropped. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Typo tolerance only where a term is long enough for one edit not to turn it into another word. */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_RATIO = 0.2;
/** An entity's own name is a stronger signal than one of its alternative spellings. */
const NAME_BOOST = 2;

export class EntitySearch {
  private readonly index: MiniSearch<SearchDocument>;

  constructor(private readonly entities: ReadonlyMap<string, EntityRecord>) {
    this.index = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases'],
      storeFields: ['type'],
      processTerm: foldTerm,
      searchOptions: {
        boost: { name: NAME_BOOST },
        fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY_RATIO : false),
        // Only the last term is still being typed.
        prefix: (_term, i, terms) => i === terms.length - 1,
      },
    });
    const documents: SearchDocument[] = [];
    for (const entity of entities.values()) {
      // A separator no name contains keeps one alias's last word from running into the next alias.
      documents.push({ id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases.join(' | ') });
    }
    this.index.addAll(documents);
  }

  search(query: string, types: readonly EntityType[] | undefined, first: number): SearchHit[] {
    if (first <= 0) return [];
    const allowed = types === undefined ? null : new Set<string>(types);
    const results = this.index.search(query, allowed === null ? {} : { filter: (result) => allowed.has(result['type']) });
    // MiniSearch ranks by score alone; ids break ties so equal answers come back in one order.
    results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return results.slice(0, first).map((result) => ({ entity: this.entities.get(result.id)!, score: result.score }));
  }
}
