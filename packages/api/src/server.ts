// `pnpm start`: opens the database (creating, migrating and seeding it on first start) and
// serves API and web app on one port. Configuration: environment variables, listed in the
// README's configuration table; a bad value stops the server with one line saying so.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { setFlagsFromString } from "node:v8";
import { prepareDb, claimDatabase, ConfigError, DatabaseUnavailableError, DatasetError, redact } from "@agora/db";
import { createApp } from "./app.ts";
import { createResponseCache } from "./http/response-cache.ts";
import { EnvError, optionsFromEnv } from "./http/options-from-env.ts";
import { watchDataVersion } from "./data-version-watcher.ts";
import { createAgoraPubSub } from "./live/pubsub.ts";

function fail(message: string): never {
  console.error(`agora: ${message}`);
  process.exit(1);
}
const log = (line: string) => console.log(`agora: ${line}`);

// A rejection nobody handles would end the process (Node's default), taking every client's
// request with it. Resolvers' promises are observed (http/observed-resolvers.ts); anything else
// that slips through is logged, at most once a minute per message, and the server goes on.
const lastLogged = new Map<string, number>();
process.on("unhandledRejection", (reason) => {
  const message = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  const now = Date.now();
  if ((lastLogged.get(message) ?? 0) > now - 60_000) return;
  lastLogged.set(message, now);
  if (lastLogged.size > 1000) lastLogged.clear();
  console.error(`agora: unhandled rejection (the server goes on): ${message}`);
});

const port = Number(process.env.PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number (0-65535); got '${process.env.PORT}'`);
const host = process.env.HOST ?? "0.0.0.0";

let options;
try {
  options = optionsFromEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}
if (!options.allowArbitraryOperations && !existsSync(options.persistedOperationsManifest)) {
  fail(`ALLOW_ARBITRARY_OPERATIONS=false runs persisted operations only, but there is no manifest at ${options.persistedOperationsManifest} (pnpm build writes it; or set PERSISTED_OPERATIONS_MANIFEST)`);
}

// Read by V8 at every full collection, so setting it here, before the graph is built, holds for
// the process's life (NODE_OPTIONS does not accept this flag).
if (options.heapGrowthPercent > 0) setFlagsFromString(`--heap-growing-percent=${options.heapGrowthPercent}`);

let db;
try {
  db = await prepareDb(undefined, { log, ...options.database });
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof DatasetError) fail(error.message);
  throw error;
}

// Subscriptions hear edits made on every process sharing the Redis, when there is one.
const pubsub = createAgoraPubSub(options.redisUrl, `${options.redisKeyPrefix}entity-changed`);
const responseCache = createResponseCache({ redisUrl: options.redisUrl, keyPrefix: options.redisKeyPrefix, log });
await responseCache.ready();
const app = createApp({
  db,
  responseCache,
  cacheTtlSeconds: options.cacheTtlSeconds,
  limits: options.limits,
  persistedOperationsManifest: options.persistedOperationsManifest,
  allowArbitraryOperations: options.allowArbitraryOperations,
  rateLimitPerMinute: options.rateLimitPerMinute,
  maxBodyBytes: options.maxBodyBytes,
  maxAuthenticatedBodyBytes: options.maxAuthenticatedBodyBytes,
  operationTimeoutMs: options.operationTimeoutMs,
  corsOrigins: options.corsOrigins,
  introspection: options.introspection,
  graphiql: options.graphiql,
  debugHeap: options.debugHeap,
  sqlPlans: options.sqlPlans,
  pubsub,
  log,
});
// Writes from anywhere (another API process, the seed, an import, SQL by hand) bump the data
// version; cached answers older than that are dropped within a second.
const watcher = watchDataVersion(db, () => responseCache.invalidateAll(), { log });
await watcher.ready();
// `pnpm agora restore` refuses to swap a SQLite file a server is using (see packages/db/src/backup).
const releaseDatabase = db.target.kind === "sqlite" && db.target.file !== ":memory:" ? claimDatabase(db.target.file) : () => {};
let stopping = false;
// Timeouts are checked every second (Node's default is every 30 s, too coarse for REQUEST_TIMEOUT_MS).
const server = createServer({ connectionsCheckingInterval: 1000 }, (request, response) => {
  // Draining: a request that arrives on a kept-alive connection after SIGTERM is refused, and
  // the connection closed, so that nothing new starts while in-flight requests finish.
  if (stopping) {
    response.writeHead(503, { "content-type": "application/json", connection: "close", "retry-after": "5" });
    response.end(JSON.stringify({ errors: [{ message: "The server is shutting down; try again.", extensions: { code: "SHUTTING_DOWN" } }] }));
    return;
  }
  void app(request, response);
});
// A client must send a whole request within REQUEST_TIMEOUT_MS (slow-loris bodies), its headers
// sooner; responses (event streams, large exports) are not limited by this.
server.requestTimeout = options.requestTimeoutMs;
server.headersTimeout = Math.min(options.requestTimeoutMs, 20_000);
server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") fail(`port ${port} is already in use; set PORT to another port`);
  fail(error.message);
});
server.listen(port, host, () => {
  const where = db.kind === "sqlite" ? db.target.url : redact(db.target.url);
  const address = server.address();
  const listening = typeof address === "object" && address ? address.port : port; // PORT=0 picks a free port
  console.log(`agora: serving http://localhost:${listening} (GraphQL at /graphql) on ${db.kind} ${where}`);
  const cache = options.cacheTtlSeconds > 0 ? `${options.cacheTtlSeconds} s in ${responseCache.description}` : "off";
  console.log(`agora: response cache ${cache}; ${options.allowArbitraryOperations ? "any operation runs" : "persisted operations only"}`);
});

// SIGTERM: stop accepting connections, refuse new requests on open ones (above), let in-flight
// requests finish, then close the database and exit. Event streams never finish by themselves:
// they are cut after 5 s, and the process exits after 10 s whatever is left.
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`agora: ${signal}, finishing in-flight requests`);
  watcher.stop();
  server.close(() => {
    releaseDatabase();
    void Promise.all([db.close(), responseCache.close(), pubsub.close()]).then(() => process.exit(0));
  });
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  idle.unref();
  setTimeout(() => server.closeAllConnections(), 5_000).unref();
  setTimeout(() => {
    releaseDatabase();
    process.exit(0);
  }, 10_000).unref();
};
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
