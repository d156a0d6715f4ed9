/**
 * Who or what an event involves, as the dataset says it: its participants, organizers, leaders and
 * perpetrators, its targets, its place and its subject. The fidelity check accepts a paragraph for an
 * event that bears a descriptive name ("Chen Yonglin publicly leaves the party") when it names one of these.
 */
import type { RelationRecord, RelationType } from '../model';

/** The relation types that say what an event involves, and the end at which the event stands. */
const INVOLVEMENT: Partial<Record<RelationType, 'from' | 'to'>> = {
  PARTICIPATED_IN: 'to',
  ORGANIZED: 'to',
  LEADS: 'to',
  LAUNCHED: 'to',
  CARRIED_OUT: 'to',
  TARGETED: 'from',
  TOOK_PLACE_IN: 'from',
  ABOUT: 'from',
};

/** One entity an event involves, by the relation that says so. */
export interface Involvement {
  readonly relation: string;
  readonly entity: string;
  readonly sources: readonly string[];
}

/** The entities each event involves, by event id. */
export function eventInvolvements(relations: readonly RelationRecord[]): ReadonlyMap<string, readonly Involvement[]> {
  const byEvent = new Map<string, Involvement[]>();
  for (const relation of relations) {
    const end = INVOLVEMENT[relation.type];
    if (end === undefined) continue;
    const [event, entity] = end === 'from' ? [relation.from, relation.to] : [relation.to, relation.from];
    if (!event.startsWith('event/')) continue;
    if (!byEvent.has(event)) byEvent.set(event, []);
    byEvent.get(event)!.push({ relation: relation.id, entity, sources: relation.sources });
  }
  return byEvent;
}
