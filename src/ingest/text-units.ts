/**
 * Sentences of an article's paragraphs, each with its paragraph number, for the extractors that
 * read sentence by sentence. Abbreviations that end in a period ("Mr.", "Feb.", "U.S.") do not end
 * a sentence.
 */
export interface Sentence {
  /** 1 is the title. */
  readonly paragraph: number;
  /** Index of the sentence in its paragraph, from 0. */
  readonly index: number;
  readonly text: string;
}

const ABBREVIATION = /(?:\b(?:Mr|Ms|Mrs|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$/;

export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, i) => {
    const parts = splitSentences(paragraph.replace(/\s+/g, ' '));
    parts.forEach((text, index) => sentences.push({ paragraph: i + 1, index, text }));
  });
  return sentences;
}

function splitSentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["”’)\]]*(?=\s+["“‘(]?[A-Z0-9])/g)) {
    const end = match.index! + match[0].length;
    const candidate = text.slice(start, end);
    if (ABBREVIATION.test(text.slice(start, match.index! + 1))) continue;
    parts.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') parts.push(rest);
  return parts;
}
