// The in-memory graph the graph queries run on, kept in step with the database: every use
// reads the DataVersion (one indexed row) and, when a write has moved it, rebuilds the graph
// from the database once, however many requests are waiting. Reads are then pure CPU work on
// typed arrays — what makes paths and neighbourhoods fast on a million links — at the price of
// a rebuild after writes (about 10 s at 1M links, during which the previous graph answers; see
// README "Graph engine").
import { dataVersion, type Db } from "@agora/db";
import { GraphSnapshot } from "./graph-snapshot.ts";

const perRequest = new WeakMap<object, Promise<GraphSnapshot>>();

/**
 * The graph for one request: checked against the data version once, however many fields of the
 * response use it (a subgraph of 2000 entities asking each for its metrics is one check).
 */
export function snapshotFor(ctx: { graph: GraphIndex }): Promise<GraphSnapshot> {
  let snapshot = perRequest.get(ctx);
  if (!snapshot) perRequest.set(ctx, (snapshot = ctx.graph.current()));
  return snapshot;
}

export class GraphIndex {
  private snapshot: GraphSnapshot | null = null;
  private building: Promise<GraphSnapshot> | null = null;
  /** The highest data version any request has read. */
  private newestVersion = 0;

  constructor(
    private readonly db: Db,
    /** How long a request waits for a rebuild before it is answered from the previous graph. */
    private readonly staleAfterMs = 250,
    private readonly load: (db: Db) => Promise<GraphSnapshot> = GraphSnapshot.load,
  ) {}

  /**
   * The graph as of the database's current data version. After a write, the rebuild starts at
   * once; a request waits for it up to `staleAfterMs` and is otherwise answered from the previous
   * graph, so that a large network's rebuild (seconds at a million links) never stalls readers.
   * On a small network the rebuild finishes within the wait: answers reflect the write at once.
   */
  async current(): Promise<GraphSnapshot> {
    const version = await dataVersion(this.db);
    if (version > this.newestVersion) this.newestVersion = version;
    if (this.snapshot && this.snapshot.version === version) return this.snapshot;
    const rebuilt = this.rebuild();
    if (!this.snapshot) return rebuilt;
    const previous = this.snapshot;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<GraphSnapshot>((resolve) => (timer = setTimeout(() => resolve(previous), this.staleAfterMs)));
    return Promise.race([rebuilt, late]).finally(() => clearTimeout(timer));
  }

  /**
   * Whether the snapshot holds every write any request has seen: then what it says of an entity
   * (key, kind, label) is what the database says. A snapshot answering while its successor
   * builds is not.
   */
  isNewest(snapshot: GraphSnapshot): boolean {
    return snapshot.version >= this.newestVersion;
  }

  /** The last graph built, if any, without checking for writes (for health and metrics). */
  get last(): GraphSnapshot | null {
    return this.snapshot;
  }

  private rebuild(): Promise<GraphSnapshot> {
    this.building ??= this.load(this.db)
      .then(async (snapshot) => {
        // While a previous graph answers, the new one replaces it with its communities ready, so
        // no request waits for them; the first graph is answered from at once, and the requests
        // that colour by community wait for them.
        const communities = snapshot.communitiesReady();
        if (this.snapshot) await communities;
        else communities.catch(() => {}); // awaited, and reported, by the requests that need them
        // The snapshot's version is the one its rows were read at (one transaction): a write
        // after it only causes one more rebuild.
        this.snapshot = snapshot;
        return snapshot;
      })
      .finally(() => {
        this.building = null;
      });
    return this.building;
  }
}
