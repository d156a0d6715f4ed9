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
/** Shorter words swapped into another real word too easily ("on" for "no"). */
const SWAP_MIN_LENGTH = 4;

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

  knows(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * A term no document holds, read as the known term it becomes when two neighbouring letters
   * swap places ("Dxuiu" for "Duxiu"), the commonest typo: Levenshtein distance, which fuzzy
   * matching uses, counts a swap as two edits. The commonest such term wins; the term itself when none.
   */
  correctSwap(term: string): string {
    if (term.length < SWAP_MIN_LENGTH || this.knows(term)) return term;
    let best = term;
    let bestFrequency = 0;
    for (let i = 0; i + 1 < term.length; i++) {
      if (term[i] === term[i + 1]) continue;
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      const frequency = this.documentFrequency.get(swapped) ?? 0;
      if (frequency > bestFrequency) [best, bestFrequency] = [swapped, frequency];
    }
    return best;
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
