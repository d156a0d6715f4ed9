/**
 * Cutting MiniSearch's ranked results down to an answer: ties broken by id so equal scores always
 * come back in one order, and the exact pass's results put ahead of the tolerant pass's.
 */
import type { SearchResult } from 'minisearch';

const byScoreThenId = (a: SearchResult, b: SearchResult) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The best `first` of results already sorted by score. Only those, and any results tied with the
 * last of them, are re-sorted with ids breaking ties, rather than the (possibly long) whole list.
 */
export function topWithStableTies(results: readonly SearchResult[], first: number): SearchResult[] {
  let end = Math.min(first, results.length);
  const last = results[end - 1];
  while (last !== undefined && end < results.length && results[end]!.score === last.score) end++;
  return results.slice(0, end).sort(byScoreThenId).slice(0, Math.max(0, first));
}

/**
 * Every exact result (fewer than `first`), then the best tolerant results not among them. Exact
 * scores are lifted above the best tolerant score shown, so an answer's scores stay in rank order.
 */
export function exactFirst(exact: readonly SearchResult[], tolerant: readonly SearchResult[], first: number): SearchResult[] {
  const found = new Set(exact.map((result) => result.id));
  const rest = topWithStableTies(tolerant.filter((result) => !found.has(result.id)), first - exact.length);
  const lift = rest[0]?.score ?? 0;
  return [...topWithStableTies(exact, exact.length).map((result) => ({ ...result, score: result.score + lift })), ...rest];
}
