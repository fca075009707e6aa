// Times the graph queries through the real app (createApp, app.fetch, response cache off) on
// one database. Run by graph-bench.ts in a process of its own per database, so that memory
// figures and the JIT start from the same place each time; prints its result as JSON.
import { fileURLToPath } from "node:url";
import { createApp } from "@agora/api";
import { createDb } from "@agora/db";
import { GraphSnapshot } from "../../packages/api/src/graph/graph-snapshot.ts";
import { ENTITY_BY_KEY, NEIGHBOURHOOD, NEIGHBOURHOOD_COUNT, NODE_BY_ID, PATH, RELATED_CASES, RELATED_KINDS } from "./graph-queries.ts";
import { summarise, type Timings } from "./percentiles.ts";
import { memory } from "./compare/proc-stats.ts";
import { createRandom } from "./random.ts";

export interface QueryResult extends Timings {
  name: string;
  errors: number;
  /** What the answers looked like, e.g. "mean 212 nodes, 31% truncated". */
  note: string;
}

export interface Measurement {
  entities: number;
  links: number;
  /** GraphSnapshot.load alone: the database's rows streamed into a new graph (read and build). */
  graphReadMs: number;
  /** The first graph query: the read, the build of the in-memory graph, and the query. */
  firstQueryMs: number;
  /** The first query asking for communities: Louvain over the whole graph, once per data version. */
  communitiesMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** The process's highest RSS so far (VmHWM), read after the build and the communities. */
  peakRssBytes: number;
  queries: QueryResult[];
}

export async function measureGraphQueries(url: string, { targets = 200, seed = 1, warmUp = 20 } = {}): Promise<Measurement> {
  const db = createDb(url);
  try {
    const app = createApp({ db, webDist: null, graphiql: false, cacheTtlSeconds: 0, persistedOperationsManifest: null, log: () => {} });
    const post = async (query: string, variables: Record<string, unknown>) => {
      const started = performance.now();
      const response = await app.fetch("http://agora.bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      return { ms: performance.now() - started, body };
    };

    const entities = await db.prisma.$queryRawUnsafe<{ id: string; kind: string }[]>(
      `SELECT "id", CAST("kind" AS TEXT) AS "kind" FROM "Entity" WHERE "deletedAt" IS NULL ORDER BY "id"`,
    );
    const links = Number((await db.prisma.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS "n" FROM "Link" WHERE "deletedAt" IS NULL`))[0]!.n);
    const byKind = new Map<string, string[]>();
    for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.id]);
    const random = createRandom(seed);
    const any = () => entities[Math.floor(random() * entities.length)]!.id;
    const ofKind = (kind: string) => {
      const list = byKind.get(kind) ?? [];
      return list[Math.floor(random() * list.length)]!;
    };

    const readStarted = performance.now();
    await GraphSnapshot.load(db);
    const graphReadMs = performance.now() - readStarted;
    const once = async (query: string) => {
      const { ms, body } = await post(query, { id: any() });
      if (body.errors) throw new Error(`a graph query failed: ${JSON.stringify(body.errors)}`);
      return ms;
    };
    const firstQueryMs = await once(NEIGHBOURHOOD_COUNT);
    const communitiesMs = await once(NEIGHBOURHOOD);
    const { rss, heapUsed } = process.memoryUsage();
    const peakRssBytes = memory(process.pid)?.hwm ?? 0;

    const queries: QueryResult[] = [];
    const time = async <T>(
      name: string,
      query: string,
      variables: () => Record<string, unknown>,
      describe: (answers: T[]) => string = () => "",
    ) => {
      for (let i = 0; i < warmUp; i++) await post(query, variables());
      const times: number[] = [];
      const answers: T[] = [];
      let errors = 0;
      for (let i = 0; i < targets; i++) {
        const { ms, body } = await post(query, variables());
        times.push(ms);
        if (body.errors?.length) errors++;
        else answers.push(body.data as T);
      }
      queries.push({ name, ...summarise(times), errors, note: answers.length ? describe(answers) : "" });
    };
    const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
    const pct = (part: number, whole: number) => `${Math.round((100 * part) / (whole || 1))}%`;

    await time<{ neighbourhood: { nodeCount: number; edgeCount: number; truncated: boolean } }>(
      "neighbourhood(depth: 2, limit: 500)",
      NEIGHBOURHOOD,
      () => ({ id: any() }),
      (a) =>
        `mean ${Math.round(mean(a.map((x) => x.neighbourhood.nodeCount)))} nodes, ${Math.round(mean(a.map((x) => x.neighbourhood.edgeCount)))} edges; ` +
        `${pct(a.filter((x) => x.neighbourhood.truncated).length, a.length)} truncated`,
    );
    await time<{ path: { length: number }[] }>(
      "path(from, to)",
      PATH,
      () => ({ from: any(), to: any() }),
      (a) => {
        const found = a.filter((x) => x.path.length > 0);
        return `${pct(found.length, a.length)} found, mean length ${mean(found.map((x) => x.path[0]!.length)).toFixed(1)}`;
      },
    );
    for (const kind of RELATED_KINDS) {
      await time<{ relatedCases: unknown[] }>(
        `relatedCases(${kind.toLowerCase()})`,
        RELATED_CASES,
        () => ({ id: ofKind(kind) }),
        (a) => `mean ${mean(a.map((x) => x.relatedCases.length)).toFixed(1)} cases`,
      );
    }
    await time("entity(key)", ENTITY_BY_KEY, () => ({ key: any() }));
    const globalIds: string[] = [];
    for (let i = 0; i < Math.min(targets, 200); i++) {
      const { body } = await post(ENTITY_BY_KEY, { key: any() });
      globalIds.push(body.data.entity.id);
    }
    await time("node(id)", NODE_BY_ID, () => ({ id: globalIds[Math.floor(random() * globalIds.length)] }));

    return { entities: entities.length, links, graphReadMs, firstQueryMs, communitiesMs, rssBytes: rss, heapUsedBytes: heapUsed, peakRssBytes, queries };
  } finally {
    await db.close();
  }
}

// As a child process: `tsx measure-graph-queries.ts <url> <targets> <seed>`, result on the IPC channel.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [url, targets, seed] = process.argv.slice(2);
  const result = await measureGraphQueries(url!, { targets: Number(targets), seed: Number(seed) });
  if (process.send) process.send(result);
  else console.log(JSON.stringify(result));
}
