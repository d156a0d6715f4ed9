/**
 * A dataset with many shortest paths between two people: the seed plus a start, three layers of
 * four people each joined to every person of the next layer, and an end, so 4 x 4 x 4 = 64 paths
 * of four relations. A shortcut through one organization (both ends are members) is shorter, and
 * one step has a parallel relation of another type. Relations are added in reverse id order, so a
 * store that returned paths in insertion order would fail the canonical order.
 */
import type { Dataset, EntityRecord, RelationRecord, RelationType } from '../../../src/model';

type Layer = readonly [string, string, string, string];
const layer = (n: number) => ['a', 'b', 'c', 'd'].map((letter) => `person/lattice-${n}-${letter}`) as unknown as Layer;

export const LATTICE = {
  start: 'person/lattice-start',
  end: 'person/lattice-end',
  club: 'org/lattice-club',
  layers: [layer(1), layer(2), layer(3)] as const,
  /** The relation beside start -> 1-a, of a type whose id sorts after PERSECUTED's. */
  parallel: 'rel/person.lattice-start/spouse-of/person.lattice-1-a',
} as const;

export function latticeDataset(seed: Dataset): Dataset {
  const sources = seed.relations[0]!.sources;
  const person = seed.entities.find((e) => e.type === 'Person')!;
  const organization = seed.entities.find((e) => e.type === 'Organization')!;
  const named = (base: EntityRecord, id: string): EntityRecord => ({ ...base, id, name: id.split('/')[1]!, aliases: [] });
  const relation = (type: RelationType, from: string, to: string): RelationRecord => ({
    id: `rel/${from.replace('/', '.')}/${type.toLowerCase().replace(/_/g, '-')}/${to.replace('/', '.')}`,
    type,
    from,
    to,
    sources,
  });
  const chain = [[LATTICE.start], ...LATTICE.layers, [LATTICE.end]];
  const steps = chain.slice(1).flatMap((layer, i) => chain[i]!.flatMap((from) => layer.map((to) => relation('PERSECUTED', from, to))));
  const relations = [
    ...steps,
    relation('SPOUSE_OF', LATTICE.start, LATTICE.layers[0][0]),
    relation('MEMBER_OF', LATTICE.start, LATTICE.club),
    relation('MEMBER_OF', LATTICE.end, LATTICE.club),
  ].sort((a, b) => (a.id < b.id ? 1 : -1));
  return {
    ...seed,
    entities: [...seed.entities, ...chain.flat().map((id) => named(person, id)), named(organization, LATTICE.club)],
    relations: [...seed.relations, ...relations],
  };
}
