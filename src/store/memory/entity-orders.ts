/**
 * Every sort order listEntities and timeline offer, computed once per load so that a page
 * costs a slice rather than a sort. Ranks let a filtered subset be put in order by numbers.
 *
 * NAME compares names by UTF-16 code units (the order a database's plain ORDER BY gives), then id.
 * DATE puts dated entities by the earliest day of their span, then id; undated ones follow, by id,
 * in both directions.
 */
import { ENTITY_TYPES, type EntityRecord, type EntityType, type EventRecord } from '../../model';
import type { EntitySort, EntitySortField, SortDirection } from '../port';
import { dateSpanOf } from './entity-dates';

type Ordered = Readonly<Record<SortDirection, readonly EntityRecord[]>>;

interface TypeOrders {
  readonly byField: Readonly<Record<EntitySortField, Ordered>>;
  /** Position of each entity in the ascending order of each field. */
  readonly rank: Readonly<Record<EntitySortField, ReadonlyMap<string, number>>>;
  readonly datedCount: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class EntityOrders {
  private readonly byType: ReadonlyMap<EntityType, TypeOrders>;
  /** Events with a date, in date order: the whole timeline before filters. */
  readonly datedEvents: readonly EventRecord[];

  constructor(entities: readonly EntityRecord[]) {
    const byType = new Map<EntityType, TypeOrders>();
    for (const type of ENTITY_TYPES) byType.set(type, typeOrders(entities.filter((e) => e.type === type)));
    this.byType = byType;
    const events = byType.get('Event')!;
    this.datedEvents = events.byField.DATE.ASC.slice(0, events.datedCount) as EventRecord[];
  }

  /** All entities of a type in the requested order. */
  all(type: EntityType, sort: EntitySort): readonly EntityRecord[] {
    return this.byType.get(type)!.byField[sort.field][sort.direction];
  }

  /** Puts entities of one type in the requested order, in place. */
  sort(type: EntityType, entities: EntityRecord[], sort: EntitySort): EntityRecord[] {
    const orders = this.byType.get(type)!;
    const rank = orders.rank[sort.field];
    const position = (e: EntityRecord) => rank.get(e.id)!;
    if (sort.direction === 'ASC') return entities.sort((a, b) => position(a) - position(b));
    if (sort.field !== 'DATE') return entities.sort((a, b) => position(b) - position(a));
    const dated = orders.datedCount;
    return entities.sort((a, b) => {
      const pa = position(a);
      const pb = position(b);
      // Undated entities rank from datedCount on and stay last, in ascending order.
      if (pa >= dated || pb >= dated) return pa - pb;
      return pb - pa;
    });
  }
}

function typeOrders(entities: readonly EntityRecord[]): TypeOrders {
  // Array.prototype.sort is stable, so sorting the id order by one key leaves ties in id order.
  const byId = [...entities].sort((a, b) => compareText(a.id, b.id));
  const byName = [...byId].sort((a, b) => compareText(a.name, b.name));
  // Each entity's day worked out once, not twice per comparison.
  const datedDays: { readonly entity: EntityRecord; readonly day: string }[] = [];
  const undated: EntityRecord[] = [];
  for (const entity of byId) {
    const day = dateSpanOf(entity)?.earliest;
    if (day === undefined) undated.push(entity);
    else datedDays.push({ entity, day });
  }
  const dated = datedDays.sort((a, b) => compareText(a.day, b.day)).map((d) => d.entity);
  const byDate = [...dated, ...undated];
  return {
    byField: {
      ID: { ASC: byId, DESC: [...byId].reverse() },
      NAME: { ASC: byName, DESC: [...byName].reverse() },
      DATE: { ASC: byDate, DESC: [...dated].reverse().concat(undated) },
    },
    rank: { ID: ranks(byId), NAME: ranks(byName), DATE: ranks(byDate) },
    datedCount: dated.length,
  };
}

function ranks(ordered: readonly EntityRecord[]): ReadonlyMap<string, number> {
  return new Map(ordered.map((entity, i) => [entity.id, i]));
}
