/**
 * How large the served graph is, for the cost of exports. Read from the store when the server
 * starts and again every minute in the background (a Neo4j graph can be reloaded under a running
 * server), so that estimating a request's cost never waits on the store.
 */
import type { GraphStore } from '../../store/port';

export interface GraphSize {
  readonly entities: number;
  readonly relations: number;
  readonly relationsPerEntity: number;
}

const REFRESH_MS = 60_000;
const FIRST_READ_WAIT_MS = 5_000;

/**
 * Until the store has answered once, the graph is taken to be far larger than any limit allows, so
 * that no whole-graph export slips through on an unknown size.
 */
export const UNKNOWN_SIZE: GraphSize = { entities: 1e9, relations: 1e9, relationsPerEntity: 1 };

export class GraphSizeMonitor {
  private size: GraphSize = UNKNOWN_SIZE;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: GraphStore, private readonly onError: (error: unknown) => void) {}

  /**
   * Reads the size once, waiting at most FIRST_READ_WAIT_MS (a slow or failing store is reported,
   * not thrown: the server starts, refusing whole-graph exports until the size is known), then
   * keeps it fresh until stop().
   */
  async start(): Promise<void> {
    const first = this.refresh().catch(this.onError);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([first, new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_READ_WAIT_MS)))]);
    clearTimeout(timer);
    this.timer = setInterval(() => void this.refresh().catch(this.onError), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  current = (): GraphSize => this.size;

  private async refresh(): Promise<void> {
    const { entities, relations } = await this.store.counts(0);
    this.size = { entities, relations, relationsPerEntity: entities === 0 ? 0 : relations / entities };
  }
}
