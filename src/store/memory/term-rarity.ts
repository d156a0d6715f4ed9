/**
 * Tells the common terms of a query from the telling ones, the way Lucene's cutoff_frequency does.
 * MiniSearch scores every document a term occurs in, so a word found in thousands of names
 * ("of", "party") costs thousands of score updates while barely moving the ranking (its IDF is
 * near zero). When a query also has rarer terms, the common ones are left out of the search and
 * only used to favour, among the documents the rarer terms found, those that contain them too.
 */
/** Below this many documents no term counts as common: small datasets keep every term. */
const COMMON_MIN_DOCUMENTS = 500;
/** Above this share of all documents a term counts as common. */
const COMMON_SHARE = 0.01;

export interface TellingPart {
  /** The query to run. */
  readonly text: string;
  /** The common terms left out of it. */
  readonly common: readonly string[];
  /** True when the last term, the one being typed, was left out. */
  readonly droppedLast: boolean;
}

export class TermRarity {
  private readonly documentFrequency = new Map<string, number>();
  private readonly cutoff: number;

  /** `documents` holds each document's distinct terms; `termsOf` splits and folds a query the same way. */
  constructor(documents: readonly (readonly string[])[], private readonly termsOf: (text: string) => string[]) {
    for (const terms of documents) {
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.cutoff = Math.max(COMMON_MIN_DOCUMENTS, documents.length * COMMON_SHARE);
  }

  /** The query without its common terms, or unchanged when it has no rarer term to keep. */
  tellingPart(query: string): TellingPart {
    const terms = this.termsOf(query);
    const isCommon = (term: string) => (this.documentFrequency.get(term) ?? 0) > this.cutoff;
    const telling = terms.filter((term) => !isCommon(term));
    if (telling.length === 0 || telling.length === terms.length) return { text: query, common: [], droppedLast: false };
    return { text: telling.join(' '), common: [...new Set(terms.filter(isCommon))], droppedLast: isCommon(terms[terms.length - 1]!) };
  }
}
