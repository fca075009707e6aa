// Reads the server's settings from environment variables (listed in the README's
// configuration table). A bad value throws an EnvError whose message is the one line the
// server prints before it exits.
import { resolve } from "node:path";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../limits/query-limits.ts";
import { DEFAULT_PERSISTED_OPERATIONS_MANIFEST } from "./persisted-operations.ts";
import { DEFAULT_REDIS_KEY_PREFIX } from "./response-cache.ts";
import { DEFAULT_REQUEST_SIZE_LIMITS } from "./request-size.ts";
import { isOrigin } from "./cors.ts";

export class EnvError extends Error {}

/**
 * V8 lets the old generation grow to 1.1-4× what survived the last full collection before it
 * collects again; with a 130 MB graph in the heap that was ~340 MB of mostly garbage under load
 * (README "Benchmarks": peak RSS at L 625 MB with V8's own factor, ~350 MB with 1.2).
 */
export const DEFAULT_HEAP_GROWTH_PERCENT = 20;

export interface EnvOptions {
  /** Requests per minute per bearer token; 0 for no limit. */
  rateLimitPerMinute: number;
  cacheTtlSeconds: number;
  redisUrl: string | null;
  redisKeyPrefix: string;
  persistedOperationsManifest: string;
  allowArbitraryOperations: boolean;
  limits: Partial<QueryLimits>;
  /** Largest body without a bearer token (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Largest body with a bearer token (MAX_UPLOAD_BODY_BYTES). */
  maxAuthenticatedBodyBytes: number;
  /** OPERATION_TIMEOUT_MS: a query running longer is answered 503; 0 for none. */
  operationTimeoutMs: number;
  /** REQUEST_TIMEOUT_MS: the most a client may take to send a whole request (Node's requestTimeout). */
  requestTimeoutMs: number;
  /** CORS_ORIGINS, comma-separated; empty for same-origin only. */
  corsOrigins: string[];
  introspection: boolean;
  graphiql: boolean;
  debugHeap: boolean;
  /** HEAP_GROWTH_PERCENT: how far V8 lets the heap grow past what survived the last full collection; 0 leaves V8's own heuristics. */
  heapGrowthPercent: number;
  /** SQL_PLANS: on PostgreSQL, answer the read operations sql-plans/ can plan with one statement. */
  sqlPlans: boolean;
  /** PostgreSQL connection settings (PG_PREPARED_STATEMENTS, PG_PARALLEL_QUERY), for createDb. */
  database: { preparedStatements: boolean; parallelQuery: boolean };
}

const LIMIT_VARIABLES = {
  MAX_QUERY_DEPTH: "maxDepth",
  MAX_QUERY_ALIASES: "maxAliases",
  MAX_QUERY_DIRECTIVES: "maxDirectives",
  MAX_QUERY_TOKENS: "maxTokens",
  MAX_QUERY_COST: "maxCost",
} as const satisfies Record<string, keyof QueryLimits>;

export function optionsFromEnv(env: NodeJS.ProcessEnv): EnvOptions {
  const limits: Partial<QueryLimits> = {};
  for (const [name, key] of Object.entries(LIMIT_VARIABLES)) {
    if (env[name] !== undefined) limits[key] = integer(env, name, 1, DEFAULT_QUERY_LIMITS[key]);
  }
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl !== null && !/^rediss?:\/\/[^/]/.test(redisUrl)) {
    throw new EnvError(`REDIS_URL must be a Redis URL (redis://host:port or rediss://...); got '${redisUrl.replace(/\/\/[^@]*@/, "//***@")}'`);
  }
  const allow = env.ALLOW_ARBITRARY_OPERATIONS;
  if (allow !== undefined && allow !== "true" && allow !== "false") {
    throw new EnvError(`ALLOW_ARBITRARY_OPERATIONS must be 'true' or 'false'; got '${allow}'`);
  }
  if (env.REDIS_KEY_PREFIX === "") throw new EnvError("REDIS_KEY_PREFIX must not be empty (leave it unset for the default)");
  const corsOrigins = (env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim().replace(/\/$/, "")).filter(Boolean);
  const badOrigin = corsOrigins.find((o) => o !== "*" && !isOrigin(o));
  if (badOrigin !== undefined) throw new EnvError(`CORS_ORIGINS must list origins like https://example.org (scheme, host, port; no path); got '${badOrigin}'`);
  if (corsOrigins.includes("*")) throw new EnvError("CORS_ORIGINS must list the origins allowed one by one; '*' is not accepted");
  const maxBodyBytes = integer(env, "MAX_BODY_BYTES", 1024, DEFAULT_REQUEST_SIZE_LIMITS.maxBodyBytes);
  const maxAuthenticatedBodyBytes = integer(env, "MAX_UPLOAD_BODY_BYTES", 1024, Math.max(maxBodyBytes, DEFAULT_REQUEST_SIZE_LIMITS.maxAuthenticatedBodyBytes));
  if (maxAuthenticatedBodyBytes < maxBodyBytes) throw new EnvError(`MAX_UPLOAD_BODY_BYTES (${maxAuthenticatedBodyBytes}) must be at least MAX_BODY_BYTES (${maxBodyBytes})`);
  return {
    maxBodyBytes,
    maxAuthenticatedBodyBytes,
    operationTimeoutMs: integer(env, "OPERATION_TIMEOUT_MS", 0, 15_000),
    requestTimeoutMs: integer(env, "REQUEST_TIMEOUT_MS", 1000, 30_000),
    corsOrigins,
    introspection: boolean(env, "INTROSPECTION", true),
    graphiql: boolean(env, "GRAPHIQL", true),
    debugHeap: boolean(env, "DEBUG_HEAP", false),
    heapGrowthPercent: integer(env, "HEAP_GROWTH_PERCENT", 0, DEFAULT_HEAP_GROWTH_PERCENT),
    sqlPlans: boolean(env, "SQL_PLANS", true),
    database: { preparedStatements: boolean(env, "PG_PREPARED_STATEMENTS", true), parallelQuery: boolean(env, "PG_PARALLEL_QUERY", false) },
    cacheTtlSeconds: integer(env, "CACHE_TTL_SECONDS", 0, 60),
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? DEFAULT_REDIS_KEY_PREFIX,
    persistedOperationsManifest: env.PERSISTED_OPERATIONS_MANIFEST ? resolve(env.PERSISTED_OPERATIONS_MANIFEST) : DEFAULT_PERSISTED_OPERATIONS_MANIFEST,
    allowArbitraryOperations: allow !== "false",
    rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 0, 600),
    limits,
  };
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw !== "true" && raw !== "false") throw new EnvError(`${name} must be 'true' or 'false'; got '${raw}'`);
  return raw === "true";
}

function integer(env: NodeJS.ProcessEnv, name: string, min: number, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new EnvError(`${name} must be a whole number of at least ${min}; got '${raw}'`);
  }
  return value;
}
