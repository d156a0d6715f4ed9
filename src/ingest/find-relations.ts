/**
 * Relation candidates read from sentence structure, all for review: X quit Y (or said they wanted
 * to: INTENDED), X founded Y, X (a person or body) said something (QUOTED_IN the article), X,
 * president of Y (LEADS), X organized an event (ORGANIZED), an event in a place (TOOK_PLACE_IN). Both ends must be named in the
 * same sentence, so the paragraph that holds it mentions both.
 */
import type { Assertion, RelationType } from '../model';
import { RELATION_TYPES } from '../model';
import { foldForMatching } from '../dataset/article-text';
import { SPEECH_VERBS } from './entity-clues';
import { placeNames, type NamedEntity, type Placed } from './locate-names';
import type { Sentence } from './text-units';

export interface RelationDraft {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly role?: string;
  readonly assertion?: Assertion;
  readonly paragraphs: readonly number[];
  /** Cite the paragraph only when both ends are named in it (QUOTED_IN points at the article itself). */
  readonly citeParagraphs: boolean;
  readonly pattern: string;
}

const QUIT = /\b(?:quit|quits|quitting|withdr[ae]w|withdrawal|withdrawals|leave|leaving|left|renounced|departure)\b/;
const FOUND = /\b(?:founded|established|set up|introduced|founder)\b/;
const WANT = /\b(?:desire|want|wants|wanted|intention|hope)\b/;
const ORGANIZE = /^\s+(?:organized|organised|organizes|organize|staged|held)\s+(?:a|an|the)\s+$/;
const LEAD = /^,?\s*(?:the\s+)?(?:president|head|chairman|leader|director)\s+of\s+(?:the\s+)?$/;

export function findRelations(sentences: readonly Sentence[], entities: readonly NamedEntity[], reportId: string): RelationDraft[] {
  const found = new Map<string, RelationDraft>();
  const add = (draft: Omit<RelationDraft, 'paragraphs'>, paragraph: number) => {
    const spec = RELATION_TYPES[draft.type];
    const fromType = entities.find((e) => e.id === draft.from)?.type ?? (draft.from === reportId ? 'Report' : undefined);
    const toType = entities.find((e) => e.id === draft.to)?.type ?? (draft.to === reportId ? 'Report' : undefined);
    if (draft.from === draft.to || !fromType || !toType || !(spec.from as readonly string[]).includes(fromType) || !(spec.to as readonly string[]).includes(toType)) return;
    const key = `${draft.from}|${draft.type}|${draft.to}`;
    const existing = found.get(key);
    const paragraphs = [...new Set([...(existing?.paragraphs ?? []), paragraph])].sort((a, b) => a - b);
    found.set(key, { ...(existing ?? draft), paragraphs });
  };
  for (const sentence of sentences) {
    const folded = foldForMatching(sentence.text);
    const placed = placeNames(folded, entities);
    const actors = placed.filter((p) => p.entity.type === 'Person' || p.entity.type === 'Organization');
    const between = (a: Placed, b: Placed) => folded.slice(a.end, b.start);
    for (const [i, a] of actors.entries()) {
      for (const b of actors.slice(i + 1)) {
        const gap = between(a, b);
        if (gap.length > 80) continue;
        // "According to X, N requests to quit Y": X reports the quitting, it does not quit.
        const reportsIt = /according to\s*(?:the\s*)?$/.test(folded.slice(0, a.start)) || /\d/.test(gap);
        if (QUIT.test(gap) && b.entity.type === 'Organization' && !reportsIt) {
          add({ type: 'WITHDREW_FROM', from: a.entity.id, to: b.entity.id, ...(WANT.test(gap) ? { assertion: 'INTENDED' as const } : {}), citeParagraphs: true, pattern: 'a quits b' }, sentence.paragraph);
        }
        if (FOUND.test(gap) && b.entity.type === 'Organization' && !/\bfounder\b/.test(gap)) {
          add({ type: 'FOUNDED', from: a.entity.id, to: b.entity.id, citeParagraphs: true, pattern: 'a founded b' }, sentence.paragraph);
        }
        if (LEAD.test(gap) && a.entity.type === 'Person') {
          add({ type: 'LEADS', from: a.entity.id, to: b.entity.id, citeParagraphs: true, pattern: 'a, president of b' }, sentence.paragraph);
        }
      }
    }
    const speech = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`).exec(folded);
    if (speech) {
      // The speaker is the last person named before the verb ("X, a member of Y, told..."), else a body right before it.
      const before = actors.filter((p) => p.end <= speech.index);
      const person = before.filter((p) => p.entity.type === 'Person').pop();
      const body = before.pop();
      const speaker = person ?? (body && speech.index - body.end <= 40 ? body : undefined);
      if (speaker) add({ type: 'QUOTED_IN', from: speaker.entity.id, to: reportId, citeParagraphs: false, pattern: 'a said' }, sentence.paragraph);
    }
    // "X organized a parade": the actor right before the verb, the event right after it.
    for (const event of placed.filter((p) => p.entity.type === 'Event')) {
      const actor = actors.filter((p) => p.end <= event.start).pop();
      if (actor && ORGANIZE.test(folded.slice(actor.end, event.start))) add({ type: 'ORGANIZED', from: actor.entity.id, to: event.entity.id, citeParagraphs: true, pattern: 'a organized b' }, sentence.paragraph);
    }
    for (const event of placed.filter((p) => p.entity.type === 'Event')) {
      const place = placed.find((p) => p.entity.type === 'Place' && p.start > event.end && /^\s*(?:\S+\s+){0,6}?in\s+$/.test(folded.slice(event.end, p.start)));
      if (place) add({ type: 'TOOK_PLACE_IN', from: event.entity.id, to: place.entity.id, citeParagraphs: true, pattern: 'event in place' }, sentence.paragraph);
    }
  }
  return [...found.values()].sort((a, b) => (`${a.from}${a.type}${a.to}` < `${b.from}${b.type}${b.to}` ? -1 : 1));
}
