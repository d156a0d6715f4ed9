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

/**
 * One edit for words of 4 letters or more, none below. Lucene counts two swapped letters as one
 * edit. Two edits would catch more typos, but expand each word into so many index terms that a
 * search on 100k entities takes 2 to 3 times as long.
 */
function fuzzyEdits(term: string): number {
  return term.length < 4 ? 0 : 1;
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

/**
 * A name or alias as one index token: its folded word terms joined by underscores, which the
 * standard tokenizer keeps inside a word (Unicode word breaking treats "_" as a connector). Stored
 * as `nameKeys`, it lets a query ask "is this the whole name" or "does a name begin so".
 */
export function nameKey(text: string): string {
  return searchTerms(text).join('_');
}

/**
 * A query that matches any term exactly, within an edit, or (the last term, which may still be
 * being typed) as a prefix; exact words, whole names and the whole phrase score highest. With
 * `types`, only entities of those types match. Null when the text holds no searchable word.
 */
export function buildLuceneQuery(text: string, types?: readonly string[]): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const group = terms.map((term, i) => termClauses(term, i === terms.length - 1).join(' ')).join(' ');
  const parts = [`name:(${group})^${NAME_BOOST}`, `aliasText:(${group})`];
  const key = escapeLucene(terms.join('_'));
  parts.push(`nameKeys:${key}^${WHOLE_NAME_BOOST}`, `nameKeys:${key}*^${NAME_START_BOOST}`);
  if (terms.length > 1) {
    const phrase = `"${terms.map(escapeLucene).join(' ')}"`;
    parts.push(`name:${phrase}^${PHRASE_BOOST * NAME_BOOST}`, `aliasText:${phrase}^${PHRASE_BOOST}`);
  }
  const query = parts.join(' ');
  if (types === undefined) return query;
  // Type names are single words the analyzer lower-cases; an empty list matches nothing.
  return `+(${query}) +type:(${types.length === 0 ? '__no_type__' : types.map((type) => escapeLucene(type.toLowerCase())).join(' ')})`;
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
