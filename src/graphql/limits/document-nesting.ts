/**
 * How deep brackets nest in a GraphQL document, measured on its text before anything parses it.
 * graphql-js parses recursively, and so do the depth and cost walks after it: a document nested a
 * few thousand levels deep overflows the stack. A linear scan of the text bounds that first.
 * Brackets inside strings, block strings and comments do not count.
 */
export const MAX_DOCUMENT_NESTING = 64;

export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end === -1 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      }
    } else if (c === '{' || c === '(' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}
