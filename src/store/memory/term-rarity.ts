/**
 * Chooses which of a query's terms to search and which only to boost with, by how many documents
 * hold each term. MiniSearch scores every document a searched term occurs in, so a query costs in
 * proportion to the documents its terms reach, and a common term ("of", "party") costs thousands of
 * score updates while barely moving the ranking (its IDF is low). So terms are searched rarest
 * first until the next one would take the documents to score past a budget; the commoner rest
 * only favour, among the documents the rarer ones found, those that contain them too. The rarest
 * term is always searched, and a term no document holds (a typo, a word still being typed) costs
 * nothing to look up exactly, so it is always searched, where the tolerant pass can expand it.
 * This is Lucene's cutoff_frequency idea with the cutoff set per query by cost, not per dataset.
 */

/** Documents a query may score through its searched terms before commoner terms only boost. */
const SCORED_DOCUMENTS_BUDGET = 100;

export interface QueryPlan {
  /** Terms to search, rarest first. Never empty. */
  readonly searched: readonly string[];
  /** Terms left out of the search, rarest first, to favour the documents that contain them. */
  readonly boosters: readonly string[];
  /** Terms no document holds. */
  readonly unknown: ReadonlySet<string>;
}

export class TermRarity {
  private readonly documentFrequency = new Map<string, number>();

  /** `documents` holds each document's distinct terms. */
  constructor(documents: Iterable<readonly string[]>) {
    for (const terms of documents) {
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  /** Splits a query's terms (at least one) into those to search and those to boost with. */
  plan(terms: readonly string[]): QueryPlan {
    const frequency = (term: string) => this.documentFrequency.get(term) ?? 0;
    const byRarity = [...new Set(terms)].sort((a, b) => frequency(a) - frequency(b));
    let reached = 0;
    let searchedCount = 0;
    for (const term of byRarity) {
      if (searchedCount > 0 && reached + frequency(term) > SCORED_DOCUMENTS_BUDGET) break;
      reached += frequency(term);
      searchedCount++;
    }
    return {
      searched: byRarity.slice(0, searchedCount),
      boosters: byRarity.slice(searchedCount),
      unknown: new Set(byRarity.filter((term) => frequency(term) === 0)),
    };
  }
}
