/**
 * Full-text search over entity names and aliases, on MiniSearch, in two passes. The exact pass
 * finds the entities holding every word of the query as typed (case and accents aside): users
 * expect those first, and when there are `first` of them they are the whole answer. Otherwise a
 * tolerant pass, forgiving typos in words no entity holds and reading the last word as a prefix
 * still being typed, fills the rest of the answer below them. TermRarity picks the words each
 * pass sends to MiniSearch; the others are checked against a document's stored terms.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { EntityRecord, EntityType } from '../../model';
import type { SearchHit } from '../port';
import { exactFirst, topWithStableTies } from './ranked-results';
import { foldTerm, termsOf } from './search-terms';
import { TermRarity, type QueryPlan } from './term-rarity';

interface SearchDocument {
  readonly id: string;
  /** Stored, so that a result carries its record and no id lookup is needed. */
  readonly entity: EntityRecord;
  readonly name: string;
  readonly aliases: string;
  /** Distinct folded terms of name and aliases; stored, not indexed, to check the terms a pass did not search. */
  readonly terms: readonly string[];
  /** The name and each alias as folded terms joined by single spaces, to recognise a query that is one of them. */
  readonly phrases: readonly string[];
}

type ResultFilter = (result: SearchResult) => boolean;

/** Typo tolerance only where a term is long enough for one edit not to turn it into another word. */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_RATIO = 0.2;
/** Small typos only: a second edit multiplies the terms a long word expands to, and the cost with them. */
const MAX_EDITS = 1;
/** An entity's own name is a stronger signal than one of its alternative spellings. */
const NAME_BOOST = 2;
/**
 * A query that is an entity's whole name or alias ("Comintern") names that entity, however many
 * longer names merely contain the word, and the start of one ("tuidang cent") is a name being
 * typed. How much of the name the query covers is the evidence: covering "Tuidang Center" almost
 * whole says far more than opening a long report title with the same words, hence the square.
 */
const NAME_COVERAGE_WEIGHT = 8;

export class EntitySearch {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly rarity: TermRarity;

  constructor(entities: readonly EntityRecord[]) {
    this.index = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases'],
      storeFields: ['entity', 'terms', 'phrases'],
      processTerm: foldTerm,
      searchOptions: { boost: { name: NAME_BOOST }, maxFuzzy: MAX_EDITS },
    });
    const documents = entities.map(searchDocument);
    this.rarity = new TermRarity(documents.map((d) => d.terms));
    this.index.addAll(documents);
  }

  search(query: string, types: readonly EntityType[] | undefined, first: number): SearchHit[] {
    const terms = termsOf(query).map((term) => this.rarity.correctSwap(term));
    if (first <= 0 || terms.length === 0) return [];
    const plan = this.rarity.plan(terms);
    const phrase = terms.join(' ');
    const allowed = types === undefined ? null : new Set<string>(types);
    const filter: ResultFilter | undefined = allowed === null ? undefined : (result) => allowed.has(storedEntity(result).type);
    // A word no entity holds rules out an exact match of them all.
    const exact = plan.unknown.size === 0 ? favourWholeNames(this.exactMatches(plan, filter), phrase) : [];
    const results =
      exact.length >= first
        ? topWithStableTies(exact, first)
        : exactFirst(exact, favourWholeNames(this.tolerantMatches(plan, terms[terms.length - 1]!, filter), phrase), first);
    return results.map((result) => ({ entity: storedEntity(result), score: result.score }));
  }

  /**
   * Entities holding every term. Only the rarest is searched: any match must hold it, and it
   * reaches the fewest documents. Each is scored by that term alone, which still ranks a match in
   * a short name above one in a long name or an alias.
   */
  private exactMatches(plan: QueryPlan, filter: ResultFilter | undefined): SearchResult[] {
    const [rarest, ...others] = [...plan.searched, ...plan.boosters];
    const results = this.index.search(rarest!, { fuzzy: false, prefix: false, filter });
    if (others.length === 0) return results;
    return results.filter((result) => others.every((term) => storedTerms(result).includes(term)));
  }

  /** Entities matching any searched term, loosely, ranked up by the boosters they hold. */
  private tolerantMatches(plan: QueryPlan, lastTerm: string, filter: ResultFilter | undefined): SearchResult[] {
    const results = this.index.search(plan.searched.join(' '), {
      // Only words no entity holds are read as typos, as Lucene's spellchecker only suggests for
      // words not in the index: expanding a real word costs the documents of every word one edit
      // away, and a typo that spells another real word is the rarer mistake.
      fuzzy: (term) => (plan.unknown.has(term) && term.length >= FUZZY_MIN_LENGTH ? FUZZY_RATIO : false),
      // Only the last word of the query may still be being typed.
      prefix: (term) => term === lastTerm,
      filter,
    });
    if (plan.boosters.length === 0) return results;
    // A booster that is the last word may be unfinished, so it counts where it begins a term.
    const holds = (terms: readonly string[], booster: string) => (booster === lastTerm ? terms.some((term) => term.startsWith(booster)) : terms.includes(booster));
    // MiniSearch multiplies a score by the number of query terms matched; this stands in for the
    // boosters, which were not searched. Applied per result rather than through MiniSearch's
    // boostDocument, which is called for every (document, term) posting scored.
    for (const result of results) result.score *= 1 + plan.boosters.filter((booster) => holds(storedTerms(result), booster)).length;
    return results.sort((a, b) => b.score - a.score);
  }
}

function searchDocument(entity: EntityRecord): SearchDocument {
  const phraseTerms = [entity.name, ...entity.aliases].map(termsOf);
  return {
    id: entity.id,
    entity,
    name: entity.name,
    aliases: entity.aliases.join(' '),
    terms: [...new Set(phraseTerms.flat())],
    phrases: phraseTerms.map((terms) => terms.join(' ')),
  };
}

/** Ranks up the results whose name or an alias begins with the query, by how much of it the query covers. */
function favourWholeNames(results: SearchResult[], phrase: string): SearchResult[] {
  let changed = false;
  for (const result of results) {
    let coverage = 0;
    for (const name of result['phrases'] as readonly string[]) {
      if (name.startsWith(phrase)) coverage = Math.max(coverage, phrase.length / name.length);
    }
    if (coverage === 0) continue;
    result.score *= 1 + NAME_COVERAGE_WEIGHT * coverage * coverage;
    changed = true;
  }
  return changed ? results.sort((a, b) => b.score - a.score) : results;
}

function storedEntity(result: SearchResult): EntityRecord {
  return result['entity'] as EntityRecord;
}

function storedTerms(result: SearchResult): readonly string[] {
  return result['terms'] as readonly string[];
}
