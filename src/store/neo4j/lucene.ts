/**
 * Turns what a user typed into a Lucene query for the `entity_names` full-text index.
 * User text never reaches Lucene's parser as syntax: it is folded, split into word terms, and each
 * term is escaped before it is placed into a query whose structure is ours alone.
 */

/** Lucene's query-syntax characters (`&&`/`||` are covered by escaping each `&` and `|`). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower case without accents, as the standard-folding analyzer indexes names. Fuzzy and prefix
 * terms bypass the analyzer at query time, so they must arrive folded already.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

const HAN = /\p{Script=Han}/gu;
/** Letters and digits, joined by an inner apostrophe or full stop ("o'brien", "u.s") as Unicode word breaking does. */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Word terms as the standard tokenizer cuts them (Unicode word boundaries), Han characters one by one. */
export function searchTerms(text: string): string[] {
  return foldText(text).replace(HAN, ' $& ').match(WORD) ?? [];
}

/** The analyzer drops these English stop words; as fuzzy or prefix terms they would match noise. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not',
  'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/** Typo tolerance grows with the term: none under 4 letters, one edit up to 7, two beyond (Lucene's maximum). */
function fuzzyEdits(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/** An entity's own name counts for more than an alias, and the whole phrase for more than its words. */
const NAME_BOOST = 2;
const PHRASE_BOOST = 4;
/**
 * A query that is an entity's whole name or alias names that entity, however many longer names
 * merely contain its words; one that begins a name is probably that name being typed.
 */
const WHOLE_NAME_BOOST = 100;
const NAME_START_BOOST = 10;
/** An entity in which every word of the query is found (see buildLuceneQuery). */
const ALL_TERMS_BOOST = 4;

/**
 * A name or alias as one index token: its folded word terms joined by underscores, which the
 * standard tokenizer keeps inside a word (Unicode word breaking treats "_" as a connector). Stored
 * as `nameKeys`, it lets a query ask "is this the whole name" or "does a name begin so".
 */
export function nameKey(text: string): string {
  return searchTerms(text).join('_');
}

/**
 * A query that matches any term exactly, within a few edits, or (the last term, which may still be
 * being typed) as a prefix; exact words and the whole phrase score highest. Null when the text holds
 * no searchable word.
 */
export function buildLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const termGroups = terms.map((term, i) => termClauses(term, i === terms.length - 1).join(' '));
  const group = termGroups.join(' ');
  const parts = [`name:(${group})^${NAME_BOOST}`, `aliasText:(${group})`];
  const key = escapeLucene(terms.join('_'));
  parts.push(`nameKeys:${key}^${WHOLE_NAME_BOOST}`, `nameKeys:${key}*^${NAME_START_BOOST}`);
  if (terms.length > 1) {
    const phrase = `"${terms.map(escapeLucene).join(' ')}"`;
    parts.push(`name:${phrase}^${PHRASE_BOOST * NAME_BOOST}`, `aliasText:${phrase}^${PHRASE_BOOST}`);
    // Lucene adds up what each term finds, so one common word found twice can outscore a name
    // holding every word of the query, one of them misspelt. This clause matches only entities in
    // which every term is found, exactly, fuzzily or as a prefix, in the name or an alias.
    const every = termGroups.map((clauses) => `+(name:(${clauses}) aliasText:(${clauses}))`).join(' ');
    parts.push(`(${every})^${ALL_TERMS_BOOST}`);
  }
  return parts.join(' ');
}

function termClauses(term: string, isLast: boolean): string[] {
  const escaped = escapeLucene(term);
  const clauses = [`${escaped}^${NAME_BOOST}`];
  if (STOP_WORDS.has(term)) return clauses;
  const edits = fuzzyEdits(term);
  if (edits > 0) clauses.push(`${escaped}~${edits}`);
  if (isLast && term.length >= 2) clauses.push(`${escaped}*`);
  return clauses;
}
