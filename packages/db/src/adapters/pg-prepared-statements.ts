// Prisma's PostgreSQL adapter sends every statement unnamed, so PostgreSQL parses and plans it
// again each time: for a nested list of eight statements that was about as much database CPU as
// running them (issue 7, Q1). Naming a statement makes node-postgres prepare it once per
// connection and then only bind and execute it, and lets PostgreSQL keep a generic plan once it
// has seen that one is no worse than planning afresh.
//
// Reads only: the same SELECT text recurs with new parameters on every request, while writes are
// fewer and include transaction control. At most `limit` statements per connection are named,
// the first ones seen (the API's statements are a few hundred shapes; page sizes and IN lists
// make more), so a client sending endless distinct SQL cannot grow a server's memory.
import type pg from "pg";

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown };
type Query = (config: unknown, ...rest: unknown[]) => unknown;

const READ = /^\s*(SELECT|WITH)\b/i;

export function prepareRepeatedReads(client: pg.PoolClient, limit = 200): void {
  const names = new Map<string, string>();
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = (config: unknown, ...rest: unknown[]) => {
    if (config !== null && typeof config === "object") {
      const { text, name } = config as QueryConfig;
      if (typeof text === "string" && name === undefined && READ.test(text)) {
        let statement = names.get(text);
        if (statement === undefined && names.size < limit) names.set(text, (statement = `agora_${names.size}`));
        if (statement !== undefined) return query({ ...(config as object), name: statement }, ...rest);
      }
    }
    return query(config, ...rest);
  };
}
