/**
 * The figures a paragraph states, read the way the articles write them: digits with separators
 * ("381,250,844", "1.56"), scale words ("400 million", "90,000–150,000"), number words ("one in four",
 * "one-third"), and orders of magnitude ("tens of millions", "millions"). Used by the fidelity
 * check to confirm that a cited paragraph gives a statistic's figure.
 */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
};
/** Shares written as words, in percent. */
const SHARES: Readonly<Record<string, number>> = { half: 50, third: 100 / 3, quarter: 25, 'one-third': 100 / 3, 'one-fourth': 25, 'one-fifth': 20 };
/** "tens of millions": the range such a phrase spans. */
const MAGNITUDES: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9 };

export function figuresIn(paragraph: string): number[] {
  const text = paragraph.toLowerCase().replace(/[\u2013\u2014]/g, '-');
  const found: number[] = [];
  // Digits, with an optional scale word: "400 million", "1.56 million", "381,250,844", "90,000".
  for (const match of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)?/g)) {
    const number = Number(match[1]!.replace(/,/g, ''));
    found.push(number * (match[2] ? SCALES[match[2]]! : 1));
    // "90,000-150,000 daily" or "30 million to 40 million": a bare first number shares the second's scale.
    if (!match[2]) {
      const after = text.slice(match.index! + match[0].length).match(/^\s*(?:-|to)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)/);
      if (after) found.push(number * SCALES[after[2]!]!);
    }
  }
  for (const match of text.matchAll(/\b([a-z]+)\s+(thousand|million|billion)\b/g)) {
    const word = WORDS[match[1]!];
    if (word !== undefined) found.push(word * SCALES[match[2]!]!);
  }
  for (const match of text.matchAll(/\b(one|two|three)\s+(?:in|out of)\s+(\d+|[a-z]+)\b/g)) {
    const of = Number(match[2]) || WORDS[match[2]!];
    if (of) found.push((WORDS[match[1]!]! / of) * 100);
  }
  for (const [word, share] of Object.entries(SHARES)) if (new RegExp(`\\b${word}\\b`).test(text)) found.push(share);
  for (const match of text.matchAll(/\b([a-z]+)\b/g)) {
    const word = WORDS[match[1]!];
    if (word !== undefined) found.push(word);
  }
  for (const match of text.matchAll(/\b(tens|hundreds|thousands)\s+of\s+(thousands|millions|billions)\b/g)) {
    const unit = MAGNITUDES[match[2]!]!;
    found.push(MAGNITUDES[match[1]!]! * unit, MAGNITUDES[match[1]!]! * 10 * unit - 1);
  }
  for (const match of text.matchAll(/\b(millions|billions)\b/g)) found.push(MAGNITUDES[match[1]!]!, MAGNITUDES[match[1]!]! * 10 - 1);
  return found;
}

/** Whether `value` is among the figures of the paragraph, allowing for rounding ("nearly one-third" as 33). */
export function givesFigure(paragraph: string, value: number): boolean {
  const tolerance = Math.max(0.5, Math.abs(value) * 0.02);
  return figuresIn(paragraph).some((figure) => Math.abs(figure - value) <= tolerance);
}
