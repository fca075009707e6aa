// createApp({ db }) builds the whole HTTP application (GraphQL, health check, web app) as a
// fetch handler. It opens no port: server.ts does, and tests call app.fetch directly.
import { resolve } from "node:path";
import { createYoga } from "graphql-yoga";
import { REPO_ROOT, type Db } from "@agora/db";
import { schema } from "./schema/index.ts";
import { createContext } from "./context.ts";
import { healthCheck } from "./http/health.ts";
import { staticFiles } from "./http/static-files.ts";
import { hideInternalErrorDetails } from "./http/hide-internal-error-details.ts";
import { cachedResponses } from "./http/cached-responses.ts";
import { answersAsJsonBytes, JsonBytesResponse } from "./http/json-bytes-response.ts";
import { createResponseCache, type ResponseCache } from "./http/response-cache.ts";
import { DEFAULT_PERSISTED_OPERATIONS_MANIFEST, loadPersistedOperations, persistedOperations } from "./http/persisted-operations.ts";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./limits/query-limits.ts";
import { useQueryLimits } from "./limits/use-query-limits.ts";
import { GraphIndex } from "./graph/graph-index.ts";
import { graphExports } from "./http/graph-exports.ts";
import { actorFromRequest } from "./auth/actor-from-request.ts";
import { createRateLimiter } from "./auth/rate-limiter.ts";
import { GraphQLError } from "graphql";
import { createAgoraPubSub, type AgoraPubSub } from "./live/pubsub.ts";
import { csrfPrevention } from "./http/csrf-prevention.ts";
import { corsOptions } from "./http/cors.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { DEFAULT_REQUEST_SIZE_LIMITS, requestSizeLimits } from "./http/request-size.ts";
import { operationTimeout } from "./http/operation-timeout.ts";
import { disableIntrospection } from "./http/introspection.ts";
import { bearerTokenShape } from "./http/bearer-token-shape.ts";
import { debugHeap } from "./http/debug-heap.ts";
import { stableErrorCodes } from "./http/stable-error-codes.ts";
import { inputLimits } from "./http/input-limits.ts";
import { observeLateRejections } from "./http/observed-resolvers.ts";
import { compiledQueries } from "./http/compiled-queries.ts";
import { sqlPlans } from "./sql-plans/sql-plans-plugin.ts";

export const DEFAULT_WEB_DIST = resolve(REPO_ROOT, "apps/web/dist");
export const DEFAULT_CACHE_TTL_SECONDS = 60;
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./limits/query-limits.ts";
export { createResponseCache, type ResponseCache, type ResponseCacheOptions, type CachedEntity } from "./http/response-cache.ts";
export { DEFAULT_PERSISTED_OPERATIONS_MANIFEST } from "./http/persisted-operations.ts";
export { createAgoraPubSub, type AgoraPubSub, type EntityChangeEvent } from "./live/pubsub.ts";
export { DEFAULT_REQUEST_SIZE_LIMITS } from "./http/request-size.ts";
export { CSRF_HEADER } from "./http/csrf-prevention.ts";
export const DEFAULT_OPERATION_TIMEOUT_MS = 15_000;

export interface AppOptions {
  db: Db;
  /** Folder of the built web app; null serves the API only. */
  webDist?: string | null;
  /** GraphiQL at GET /graphql (default true). */
  graphiql?: boolean;
  /** Overrides of DEFAULT_QUERY_LIMITS. */
  limits?: Partial<QueryLimits>;
  /**
   * Where responses are cached (default: a new in-memory cache). Pass one made with
   * createResponseCache to keep a handle for invalidation or to share it through Redis.
   */
  responseCache?: ResponseCache;
  /** Seconds a response stays cached (default 60); 0 turns response caching off. */
  cacheTtlSeconds?: number;
  /** The persisted operations manifest (default: the web app's generated one); null for none. */
  persistedOperationsManifest?: string | null;
  /** Run operations sent as text (default true); false runs persisted operations only. */
  allowArbitraryOperations?: boolean;
  /** Requests per minute each bearer token may make (default 600); 0 for no limit. */
  rateLimitPerMinute?: number;
  /** Where entity changes are published for subscriptions (default: in this process's memory). */
  pubsub?: AgoraPubSub;
  /** The in-memory graph (default: a new one over `db`, built on first use). */
  graphIndex?: GraphIndex;
  /** Where start-up notices go (default: stderr, prefixed "agora: "). */
  log?: (line: string) => void;
  /** Largest request body without a bearer token, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Largest request body with a bearer token (default 12 MB: importData carries files of up to 5 MB). */
  maxAuthenticatedBodyBytes?: number;
  /** A query running longer than this many ms is answered 503 OPERATION_TIMEOUT (default 15 s); 0 for none. */
  operationTimeoutMs?: number;
  /** Refuse GET and form/text posts without a custom header (default true; see http/csrf-prevention.ts). */
  csrfPrevention?: boolean;
  /** Origins other web apps may call the API from (default none: same origin only). */
  corsOrigins?: readonly string[];
  /** Answer `__schema`/`__type` and suggest names in errors (default true). */
  introspection?: boolean;
  /** GET /debug/heap for admins (default false; see http/debug-heap.ts). */
  debugHeap?: boolean;
  /** On PostgreSQL, answer the read operations sql-plans/ can plan with one SQL statement (default true). */
  sqlPlans?: boolean;
}

export function createApp({
  db,
  webDist = DEFAULT_WEB_DIST,
  graphiql = true,
  limits,
  responseCache = createResponseCache(),
  cacheTtlSeconds = DEFAULT_CACHE_TTL_SECONDS,
  persistedOperationsManifest = DEFAULT_PERSISTED_OPERATIONS_MANIFEST,
  allowArbitraryOperations = true,
  log = (line) => console.error(`agora: ${line}`),
  graphIndex = new GraphIndex(db),
  pubsub = createAgoraPubSub(),
  rateLimitPerMinute = 600,
  maxBodyBytes = DEFAULT_REQUEST_SIZE_LIMITS.maxBodyBytes,
  maxAuthenticatedBodyBytes = Math.max(maxBodyBytes, DEFAULT_REQUEST_SIZE_LIMITS.maxAuthenticatedBodyBytes),
  operationTimeoutMs = DEFAULT_OPERATION_TIMEOUT_MS,
  csrfPrevention: csrf = true,
  corsOrigins = [],
  introspection = true,
  debugHeap: heapHook = false,
  sqlPlans: planned = true,
}: AppOptions) {
  const limiter = rateLimitPerMinute > 0 ? createRateLimiter(rateLimitPerMinute) : null;
  const operations = loadPersistedOperations(persistedOperationsManifest, log);
  return createYoga({
    schema,
    fetchAPI: { Response: JsonBytesResponse },
    graphqlEndpoint: "/graphql",
    graphiql: graphiql ? { title: "Agora GraphQL API", defaultQuery: EXAMPLE_QUERY } : false,
    landingPage: false,
    cors: corsOptions(corsOrigins),
    // Body sizes are requestSizeLimits' (both ceilings, and Content-Length's shape): yoga's own
    // limit would count every body through a stream again (http/request-size.ts).
    maxRequestBodySize: false,
    // No Upload scalar: a multipart body has nothing to carry, and is refused like any non-JSON one.
    multipart: false,
    // Unexpected errors reach clients as "Unexpected error." with no stack, SQL or path.
    maskedErrors: true,
    logging: process.env.NODE_ENV === "test" ? false : "info",
    context: async ({ request }) => {
      const actor = await actorFromRequest(db, request);
      const wait = actor && limiter ? limiter.take(actor.tokenId) : 0;
      if (wait > 0) {
        throw new GraphQLError(`rate limit: at most ${rateLimitPerMinute} requests a minute per token; retry in ${wait} s`, {
          extensions: { code: "RATE_LIMITED", http: { status: 429, headers: { "retry-after": String(wait) } } },
        });
      }
      return createContext(db, responseCache, graphIndex, actor, pubsub);
    },
    plugins: [
      observeLateRejections(schema),
      answersAsJsonBytes(),
      securityHeaders("/graphql"),
      ...(heapHook ? [debugHeap(db)] : []),
      healthCheck(db),
      graphExports(db, graphIndex),
      ...(webDist ? [staticFiles(webDist, ["/graphql", "/healthz", "/export"])] : []),
      hideInternalErrorDetails(),
      // Refusals that need neither the body nor the database come first.
      ...(csrf ? [csrfPrevention()] : []),
      bearerTokenShape(),
      stableErrorCodes(),
      inputLimits(),
      requestSizeLimits({ maxBodyBytes, maxAuthenticatedBodyBytes, maxUrlBytes: DEFAULT_REQUEST_SIZE_LIMITS.maxUrlBytes }),
      ...(introspection ? [] : [disableIntrospection()]),
      // Before the timeout, which then wraps the executors these set.
      compiledQueries(),
      ...(planned ? [sqlPlans()] : []),
      operationTimeout(operationTimeoutMs),
      // Before the cache: it turns a hash into the operation text the cache key is made of.
      persistedOperations(operations, allowArbitraryOperations),
      useQueryLimits({ ...DEFAULT_QUERY_LIMITS, ...limits }),
      ...(cacheTtlSeconds > 0
        ? [
            cachedResponses({
              cache: responseCache,
              ttlMs: cacheTtlSeconds * 1000,
              // Keyed by operation and variables only, so a request that could carry a user's
              // identity is never answered from, nor stored in, the shared cache.
              // Subscriptions (event streams) are never cached.
              enabled: (request) =>
                !request.headers.has("authorization") && !request.headers.has("cookie") && !request.headers.get("accept")?.includes("text/event-stream"),
            }),
          ]
        : []),
    ],
  });
}

export type AgoraApp = ReturnType<typeof createApp>;

const EXAMPLE_QUERY = `# Sessions of the GSEF network, latest first, with who organised them.
query LatestSessions {
  sessions(first: 5) {
    totalCount
    edges {
      node {
        title
        startDate
        city { name country { name } }
        organisations { edges { node { role organisation { name } } } }
      }
    }
  }
}
`;
