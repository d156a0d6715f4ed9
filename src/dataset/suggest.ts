/**
 * "Did you mean" suggestions for misspelt field names, enum values and ids, after graphql-js's
 * suggestionList: candidates within an edit distance that grows with the length of the input.
 */

/** Candidates close to `input`, closest first; a case-only difference always counts as close. */
export function suggestionList(input: string, candidates: Iterable<string>, max = 5): string[] {
  const lowered = input.toLowerCase();
  const threshold = Math.floor(input.length * 0.4) + 1;
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lowered ? 0 : editDistance(lowered, candidate.toLowerCase());
    if (distance <= threshold) scored.push([candidate, distance]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, max).map(([candidate]) => candidate);
}

/** ` Did you mean "x" or "y"?`, or '' when nothing is close; meant to be appended to a message. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => JSON.stringify(s));
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` Did you mean ${list}?`;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("sorces", "suorces"). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
