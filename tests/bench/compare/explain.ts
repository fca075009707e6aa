// EXPLAIN (ANALYZE, BUFFERS) of statements a candidate ran, with the parameters it bound:
// the plans behind Q1 on PostgreSQL, for each candidate alike.
import pg from "pg";
import type { CapturedStatement } from "./sql-counter.ts";

export interface ExplainedStatement extends CapturedStatement {
  /** Whose statement it is. */
  candidate?: string;
  /** The plan as text; empty when the statement was not explained (not a query, binary parameters). */
  plan: string;
  /** Execution time PostgreSQL reports, ms. */
  ms: number;
  /** Planning time PostgreSQL reports, ms. */
  planningMs?: number;
}

const EXPLAINABLE = /^\s*(\(\s*)*(select|with)\b/i;

export async function explainStatements(url: string, statements: CapturedStatement[]): Promise<ExplainedStatement[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: ExplainedStatement[] = [];
    for (const s of statements) {
      if (!EXPLAINABLE.test(s.sql) || s.params === null) {
        result.push({ ...s, plan: "", ms: NaN });
        continue;
      }
      // Run twice and keep the second: the first pays for cold caches and catalog lookups.
      await client.query(`EXPLAIN (ANALYZE) ${s.sql}`, s.params);
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      const planningMs = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      result.push({ ...s, plan, ms, planningMs });
    }
    return result;
  } finally {
    await client.end();
  }
}

/** Plan nodes worth a reader's attention: sequential scans of large tables, sorts spilling to disk. */
export function planWarnings(plan: string): string[] {
  const warnings: string[] = [];
  for (const m of plan.matchAll(/Seq Scan on "?(\w+)"?[^\n]*actual time=[\d.]+\.\.([\d.]+) rows=(\d+) loops=(\d+)/g)) {
    const rows = Number(m[3]) * Number(m[4]);
    if (rows > 1000 || Number(m[2]) > 1) warnings.push(`Seq Scan on ${m[1]} (${rows} rows, ${m[2]} ms)`);
  }
  for (const m of plan.matchAll(/Rows Removed by Filter: (\d+)/g)) if (Number(m[1]) > 10_000) warnings.push(`${m[1]} rows removed by a filter`);
  if (/external merge/.test(plan)) warnings.push("a sort spilled to disk");
  return warnings;
}
