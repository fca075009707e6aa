// The raw-SQL ceiling for `pnpm bench compare`: node:http + pg, no GraphQL at all. It answers
// the benchmark's Q1 (sessions → participants → person → affiliations → organisation) with one
// prepared SQL statement that builds Agora's exact response JSON inside PostgreSQL, and Q6
// (an entity by id) likewise, picking the statement by `operationName` and reading only
// `variables`. Whatever Agora spends beyond this is the price of GraphQL, the ORM and Node.
//
//   DATABASE_URL=postgresql://... PORT=4200 node --import tsx ceiling-server.ts
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";

/**
 * Q1, as Agora orders and shapes it: sessions latest first (undated last, then by sort key and
 * id; `Entity.date` is the session's start date, in the order of its partial index), each with its first 10 live participations by link id, each person with their first 5
 * live affiliations by link id. `$1` is the number of sessions.
 */
export const CEILING_Q1_SQL = `
SELECT json_build_object('data', json_build_object('sessions', json_build_object('edges', COALESCE((
  SELECT json_agg(json_build_object('node', json_build_object(
           'key', s.id, 'title', s.title, 'startDate', s."startDate",
           'participants', json_build_object('edges', COALESCE(p.edges, '[]'::json))))
         ORDER BY s."date" DESC NULLS LAST, s."sortKey", s.id)
  FROM (
    SELECT e.id, e."sortKey", e."date", x.title, x."startDate"
    FROM "Entity" e JOIN "Session" x ON x.id = e.id
    WHERE e.kind = 'SESSION' AND e."deletedAt" IS NULL
    ORDER BY e."date" DESC NULLS LAST, e."sortKey", e.id
    LIMIT $1
  ) s
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('node', json_build_object(
             'role', upper(replace(l.role, '-', '_')),
             'person', json_build_object('key', pe.id, 'name', pr.name,
               'affiliations', json_build_object('edges', COALESCE(a.edges, '[]'::json)))))
           ORDER BY l.id) AS edges
    FROM (
      SELECT id, role, "sourceId" FROM "Link"
      WHERE "targetId" = s.id AND type = 'PARTICIPATION' AND "deletedAt" IS NULL
      ORDER BY id LIMIT 10
    ) l
    JOIN "Entity" pe ON pe.id = l."sourceId"
    JOIN "Person" pr ON pr.id = pe.id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('node', json_build_object(
               'position', COALESCE(al.capacity, ''),
               'organisation', json_build_object('key', oe.id, 'name', o.name)))
             ORDER BY al.id) AS edges
      FROM (
        SELECT id, capacity, "targetId" FROM "Link"
        WHERE "sourceId" = pe.id AND type = 'AFFILIATION' AND "deletedAt" IS NULL
        ORDER BY id LIMIT 5
      ) al
      JOIN "Entity" oe ON oe.id = al."targetId"
      JOIN "Organisation" o ON o.id = oe.id
    ) a ON true
  ) p ON true
), '[]'::json)))) AS body`;

/** Q6: one entity, as Agora's `node(id:)` answers it. `$1` is its key, `$2` its global ID. */
export const CEILING_Q6_SQL = `
SELECT json_build_object('data', json_build_object('node',
  (SELECT json_build_object('id', $2::text, 'key', id, 'kind', kind, 'label', label, 'connectionCount', degree)
   FROM "Entity" WHERE id = $1 AND "deletedAt" IS NULL))) AS body`;

const STATEMENTS: Record<string, { name: string; text: string; values: (v: Record<string, unknown>) => unknown[] }> = {
  Q1: { name: "ceiling_q1", text: CEILING_Q1_SQL, values: (v) => [Number(v.n ?? 20)] },
  Q6: { name: "ceiling_q6", text: CEILING_Q6_SQL, values: (v) => [String(v.key), String(v.id)] },
};

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString?.startsWith("postgres")) {
    console.error("ceiling-server: set DATABASE_URL to a postgresql:// URL");
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4200);
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on("error", (error) => console.warn(`ceiling-server: ${error.message}`));

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
  };
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method === "GET" && req.url === "/healthz") return send(res, 200, `{"ok":true}`);
      if (req.method !== "POST" || req.url !== "/graphql") return send(res, 404, `{"errors":[{"message":"not found"}]}`);
      const request = JSON.parse(await readBody(req)) as { operationName?: string; variables?: Record<string, unknown> };
      const statement = STATEMENTS[request.operationName ?? ""];
      if (!statement) return send(res, 400, `{"errors":[{"message":"the ceiling answers operations Q1 and Q6 only"}]}`);
      const { rows } = await pool.query<{ body: string }>({ name: statement.name, text: `SELECT body::text AS body FROM (${statement.text}) q`, values: statement.values(request.variables ?? {}) });
      send(res, 200, rows[0]!.body);
    } catch (error) {
      send(res, 500, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, "127.0.0.1", () => console.log(`ceiling-server: listening on http://127.0.0.1:${port}/graphql`));
  const stop = () => {
    server.close();
    server.closeIdleConnections();
    void pool.end().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

// Imported for its SQL (EXPLAIN), or run as the server.
if (import.meta.url === `file://${process.argv[1]}`) await main();
