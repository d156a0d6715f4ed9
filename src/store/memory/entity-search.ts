/**
 * Full-text search over entity names and aliases, on MiniSearch. Terms are folded (lower case,
 * diacritics stripped) both when indexed and when searched, so "Gáo Zhìshēng" finds "Gao Zhisheng".
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { EntityRecord, EntityType } from '../../model';
import type { SearchHit } from '../port';
import { TermRarity } from './term-rarity';

interface SearchDocument {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: string;
  /** Folded terms of name and aliases; stored, not indexed, to favour documents with a query's common terms. */
  readonly terms: readonly string[];
}

const COMBINING_MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** NFD splits "á" into "a" plus a combining accent, which is then dropped. */
export function foldTerm(term: string): string {
  // Most terms are plain ASCII, and normalizing costs more than the rest of indexing a term.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Typo tolerance only where a term is long enough for one edit not to turn it into another word. */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_RATIO = 0.2;
/** Small typos only: a second edit multiplies the terms a long word expands to, and the cost with them. */
const MAX_EDITS = 1;
/** An entity's own name is a stronger signal than one of its alternative spellings. */
const NAME_BOOST = 2;

export class EntitySearch {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly rarity: TermRarity;

  constructor(private readonly entities: ReadonlyMap<string, EntityRecord>) {
    this.index = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases'],
      storeFields: ['type', 'terms'],
      processTerm: foldTerm,
      searchOptions: {
        boost: { name: NAME_BOOST },
        fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY_RATIO : false),
        maxFuzzy: MAX_EDITS,
        // Only the last term is still being typed.
        prefix: (_term, i, terms) => i === terms.length - 1,
      },
    });
    const documents: SearchDocument[] = [];
    for (const entity of entities.values()) {
      const aliases = entity.aliases.join(' ');
      documents.push({ id: entity.id, type: entity.type, name: entity.name, aliases, terms: [...new Set(termsOf(`${entity.name} ${aliases}`))] });
    }
    this.rarity = new TermRarity(documents.map((d) => d.terms), termsOf);
    this.index.addAll(documents);
  }

  search(query: string, types: readonly EntityType[] | undefined, first: number): SearchHit[] {
    if (first <= 0) return [];
    const allowed = types === undefined ? null : new Set<string>(types);
    const { text, common, droppedLast } = this.rarity.tellingPart(query);
    const results = this.index.search(text, {
      ...(allowed === null ? {} : { filter: (result: SearchResult) => allowed.has(result['type']) }),
      // MiniSearch multiplies a score by the number of query terms matched; this stands in for
      // the common terms that were left out of the search.
      ...(common.length === 0 ? {} : { boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) => 1 + countShared(common, stored?.['terms']) }),
      // The word still being typed was a common one and was left out: the rest are whole words.
      ...(droppedLast ? { prefix: false } : {}),
    });
    return topWithStableTies(results, first).map((result) => ({ entity: this.entities.get(result.id)!, score: result.score }));
  }
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** The folded terms of a text, split as MiniSearch splits it. */
function termsOf(text: string): string[] {
  return tokenize(text).filter((token) => token.length > 0).map(foldTerm);
}

function countShared(common: readonly string[], documentTerms: unknown): number {
  const terms = documentTerms as readonly string[] | undefined;
  return terms === undefined ? 0 : common.filter((term) => terms.includes(term)).length;
}

/**
 * MiniSearch returns every match sorted by score alone. Only the top `first`, and any matches
 * tied with the last of them, are re-sorted with ids breaking ties, so equal scores always come
 * back in one order without sorting the whole (possibly long) match list again.
 */
function topWithStableTies(results: readonly SearchResult[], first: number): SearchResult[] {
  let end = Math.min(first, results.length);
  const last = results[end - 1];
  while (last !== undefined && end < results.length && results[end]!.score === last.score) end++;
  return results
    .slice(0, end)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, first);
}
