/**
 * Statistics in asOf order (earliest day, then id), sorted once per load and indexed by metric,
 * subject and claimant so that a filtered answer starts from the smallest of the lists.
 */
import { dayRange, type StatisticRecord } from '../../model';
import type { StatisticFilter } from '../port';
import { dayWindow, overlaps } from './entity-dates';

export class StatisticIndex {
  readonly byId: ReadonlyMap<string, StatisticRecord>;
  private readonly ordered: readonly StatisticRecord[];
  private readonly byMetric = new Map<string, StatisticRecord[]>();
  private readonly bySubject = new Map<string, StatisticRecord[]>();
  private readonly byClaimant = new Map<string, StatisticRecord[]>();

  constructor(statistics: readonly StatisticRecord[], byId: ReadonlyMap<string, StatisticRecord>) {
    this.byId = byId;
    const day = new Map(statistics.map((s) => [s.id, dayRange(s.asOf).earliest]));
    this.ordered = [...statistics].sort((a, b) => {
      const da = day.get(a.id)!;
      const db = day.get(b.id)!;
      return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    for (const statistic of this.ordered) {
      append(this.byMetric, statistic.metric, statistic);
      append(this.bySubject, statistic.subject, statistic);
      append(this.byClaimant, statistic.claimedBy, statistic);
    }
  }

  select(filter: StatisticFilter): StatisticRecord[] {
    const candidates = [this.ordered];
    if (filter.metric !== undefined) candidates.push(this.byMetric.get(filter.metric) ?? []);
    if (filter.subjectId !== undefined) candidates.push(this.bySubject.get(filter.subjectId) ?? []);
    if (filter.claimedBy !== undefined) candidates.push(this.byClaimant.get(filter.claimedBy) ?? []);
    const smallest = candidates.reduce((a, b) => (b.length < a.length ? b : a));
    const window = dayWindow(filter.from, filter.to);
    return smallest.filter(
      (s) =>
        (filter.metric === undefined || s.metric === filter.metric) &&
        (filter.subjectId === undefined || s.subject === filter.subjectId) &&
        (filter.claimedBy === undefined || s.claimedBy === filter.claimedBy) &&
        (window === null || overlaps(dayRange(s.asOf), window)),
    );
  }
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
