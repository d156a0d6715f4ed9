/**
 * Synthetic datasets of any size shaped like the seed: every synthetic entity copies the type,
 * kind, alias count, name lengths and dates of a randomly drawn seed entity, and inherits its
 * degree as a weight, so relations (drawn from the seed's relation types and endpoint types)
 * reproduce the seed's degree distribution instead of piling onto a few hubs as the graph grows.
 * Deterministic for a given PRNG seed.
 */
import {
  deriveRelationId,
  ENTITY_ID_PREFIX,
  type Dataset,
  type EntityRecord,
  type EntityType,
  type RelationRecord,
  type StatisticRecord,
} from '../src/model';
import { SeededRandom, WeightedPicker } from './stats';

/** How fast a vocabulary grows with text (Heaps' law, V = K * tokens^beta); names sit near 0.6. */
const HEAPS_BETA = 0.6;
const WORD = /[^\s\p{P}]+/gu;

const SYLLABLES = [
  'gao', 'zhi', 'sheng', 'chen', 'yong', 'lin', 'hao', 'feng', 'jun', 'rong', 'yi', 'wang', 'li', 'zhang', 'liu',
  'hua', 'ming', 'xin', 'qing', 'tian', 'an', 'men', 'bei', 'jing', 'shan', 'dong', 'nan', 'xi', 'bao', 'guo',
  'mar', 'ton', 'ro', 'ka', 'len', 'dor', 'vi', 'sa', 'ber', 'nel', 'tor', 'quin', 'ash', 'el', 'mo', 'ra',
];

interface Draft {
  readonly id: string;
  readonly template: EntityRecord;
  /** Index among the entities of its type, used to keep LOCATED_IN chains acyclic. */
  readonly order: number;
}

export function generateDataset(seed: Dataset, entityCount: number, prngSeed = 20240601): Dataset {
  const random = new SeededRandom(prngSeed);
  const seedDegree = degreesOf(seed);
  const drafts = draftEntities(seed, entityCount, random);
  const byType = groupByType(drafts);
  const reportIds = (byType.get('Report') ?? []).map((d) => d.id);
  if (reportIds.length === 0) throw new RangeError(`generateDataset: ${entityCount} entities drew no report to cite; ask for more entities`);

  const vocabulary = new NameVocabulary(seed, random);
  const entities = drafts.map((draft) => entityFrom(draft, random, vocabulary, reportIds));
  const pickers = new Map([...byType].map(([type, group]) => [type, new WeightedPicker(group.map((d) => seedDegree.get(d.template.id) ?? 0))]));
  const scale = entityCount / seed.entities.length;
  const relations = drawRelations(seed, Math.round(seed.relations.length * scale), byType, pickers, random, reportIds);
  const statistics = drawStatistics(seed, Math.round(seed.statistics.length * scale), byType, random, reportIds);
  return { entities, relations, statistics };
}

function draftEntities(seed: Dataset, count: number, random: SeededRandom): Draft[] {
  const perType = new Map<EntityType, number>();
  return Array.from({ length: count }, (_, i) => {
    const template = random.pick(seed.entities);
    const order = perType.get(template.type) ?? 0;
    perType.set(template.type, order + 1);
    return { id: `${ENTITY_ID_PREFIX[template.type]}/synthetic-${i}`, template, order };
  });
}

function entityFrom({ id, template }: Draft, random: SeededRandom, vocabulary: NameVocabulary, reportIds: readonly string[]): EntityRecord {
  // Only the five real articles point at a corpus file.
  const { sourceFile: _articleFile, ...shape } = template as EntityRecord & { sourceFile?: string };
  return {
    ...shape,
    id,
    name: vocabulary.nameLike(template.name),
    // Drawn words can repeat an alias; a seed file may not list one twice.
    aliases: [...new Set(template.aliases.map((alias) => vocabulary.nameLike(alias)))],
    description: `Synthetic ${template.type.toLowerCase()} shaped like ${template.id}.`,
    sources: [template.type === 'Report' ? id : random.pick(reportIds)],
  };
}

/**
 * Words for synthetic names with the seed's word-frequency shape: it starts from the seed's own
 * name words, reuses a word in proportion to how often it has been used so far (a few common
 * words, a long tail of rare ones), and mints new words as fast as Heaps' law fitted to the seed
 * says a vocabulary grows. Recycling a fixed word list instead would make every word common at
 * 100k entities, which no real set of names looks like.
 */
class NameVocabulary {
  private readonly used: string[];
  private readonly known: Set<string>;
  private readonly heapsK: number;

  constructor(seed: Dataset, private readonly random: SeededRandom) {
    this.used = seed.entities.flatMap((e) => [e.name, ...e.aliases].flatMap((text) => text.match(WORD) ?? []));
    this.known = new Set(this.used);
    this.heapsK = this.known.size / this.used.length ** HEAPS_BETA;
  }

  /** A name with as many words as `model`. */
  nameLike(model: string): string {
    const length = Math.max(1, (model.match(WORD) ?? []).length);
    return Array.from({ length }, () => this.word()).join(' ');
  }

  private word(): string {
    const expected = this.heapsK * (this.used.length + 1) ** HEAPS_BETA;
    const word = this.known.size < expected ? this.mint() : this.random.pick(this.used);
    this.used.push(word);
    return word;
  }

  private mint(): string {
    for (;;) {
      const syllables = 2 + this.random.int(2);
      const text = Array.from({ length: syllables }, () => this.random.pick(SYLLABLES)).join('');
      const word = text[0]!.toUpperCase() + text.slice(1);
      if (!this.known.has(word)) {
        this.known.add(word);
        return word;
      }
    }
  }
}

function drawRelations(
  seed: Dataset,
  count: number,
  byType: ReadonlyMap<EntityType, Draft[]>,
  pickers: ReadonlyMap<EntityType, WeightedPicker>,
  random: SeededRandom,
  reportIds: readonly string[],
): RelationRecord[] {
  const typeOf = new Map(seed.entities.map((e) => [e.id, e.type]));
  const relations = new Map<string, RelationRecord>();
  const maxAttempts = count * 10;
  for (let attempt = 0; relations.size < count && attempt < maxAttempts; attempt++) {
    const template = random.pick(seed.relations);
    let from = pickEnd(typeOf.get(template.from)!, byType, pickers, random);
    let to = pickEnd(typeOf.get(template.to)!, byType, pickers, random);
    if (from === undefined || to === undefined || from.id === to.id) continue;
    // Places point only at earlier places, so LOCATED_IN chains can never loop.
    if (template.type === 'LOCATED_IN' && from.template.type === 'Place' && from.order < to.order) [from, to] = [to, from];
    const id = deriveRelationId(from.id, template.type, to.id);
    if (relations.has(id)) continue;
    relations.set(id, { ...template, id, from: from.id, to: to.id, sources: [random.pick(reportIds)] });
  }
  return [...relations.values()];
}

function pickEnd(type: EntityType, byType: ReadonlyMap<EntityType, Draft[]>, pickers: ReadonlyMap<EntityType, WeightedPicker>, random: SeededRandom): Draft | undefined {
  const group = byType.get(type);
  const picker = pickers.get(type);
  if (group === undefined || picker === undefined) return undefined;
  return picker.total > 0 ? group[picker.pick(random)] : random.pick(group);
}

function drawStatistics(seed: Dataset, count: number, byType: ReadonlyMap<EntityType, Draft[]>, random: SeededRandom, reportIds: readonly string[]): StatisticRecord[] {
  const typeOf = new Map(seed.entities.map((e) => [e.id, e.type]));
  const sameTypeAs = (id: string) => random.pick(byType.get(typeOf.get(id)!) ?? byType.get('Report')!).id;
  return Array.from({ length: count }, (_, i) => {
    const template = random.pick(seed.statistics);
    return {
      ...template,
      id: `stat/synthetic-${i}`,
      subject: sameTypeAs(template.subject),
      claimedBy: sameTypeAs(template.claimedBy),
      source: random.pick(reportIds),
      ...(template.context === undefined ? {} : { context: sameTypeAs(template.context) }),
    };
  });
}

function degreesOf(dataset: Dataset): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of dataset.relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return degree;
}

function groupByType(drafts: readonly Draft[]): Map<EntityType, Draft[]> {
  const groups = new Map<EntityType, Draft[]>();
  for (const draft of drafts) {
    const group = groups.get(draft.template.type);
    if (group) group.push(draft);
    else groups.set(draft.template.type, [draft]);
  }
  return groups;
}
