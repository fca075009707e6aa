// The store behind the response cache (http/cached-responses.ts): in this process's memory by
// default, or in Redis when several instances must share entries and invalidations. Writes
// invalidate through it. Entries do not record which objects they hold (noting that costs a walk
// of every answer), so `invalidate([{ typename: "Session", id }])` drops every entry, as
// `invalidateAll()` does: never stale, coarser than it says. Every write drops everything anyway.
//
// Redis trouble never fails a request: while Redis is unreachable, reads miss, writes are
// skipped, the problem is logged once, and answers come straight from the database.
import { createInMemoryCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import { createRedisCache } from "@envelop/response-cache-redis";
import { Redis } from "ioredis";
import { redact } from "@agora/db";

export interface CachedEntity {
  typename: string;
  /** The object's GraphQL `id`. */
  id?: string | number;
}

export interface ResponseCache {
  /** What the response-cache plugin reads and writes. */
  readonly store: Cache;
  /** "memory", or "redis <url>" with the password hidden. */
  readonly description: string;
  /** Says what changed; drops every entry (see above). */
  invalidate(entities: Iterable<CachedEntity>): Promise<void>;
  invalidateAll(): Promise<void>;
  /** How many times this process has emptied the cache: an answer computed across a change is not stored. */
  readonly generation: number;
  /** Resolves once the store can be used, or is known to be down (answers are then uncached). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface ResponseCacheOptions {
  /** Share the cache through this Redis; omitted or null keeps it in memory. */
  redisUrl?: string | null;
  /** Prefix of every Redis key, so that several apps or test runs can share one Redis. */
  keyPrefix?: string;
  /** Most responses kept in memory (default 1000, least recently used go first). */
  maxEntries?: number;
  log?: (line: string) => void;
}

export const DEFAULT_REDIS_KEY_PREFIX = "agora:response-cache:";

export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  return options.redisUrl ? redisResponseCache(options.redisUrl, options) : memoryResponseCache(options.maxEntries);
}

function memoryResponseCache(maxEntries = 1000): ResponseCache {
  let memory = createInMemoryCache({ max: maxEntries });
  let generation = 0;
  const dropAll = () => {
    generation++;
    memory = createInMemoryCache({ max: maxEntries });
  };
  return {
    // Delegates through `memory`, so that invalidateAll can swap in an empty cache.
    store: {
      get: (key) => memory.get(key),
      set: (key, result, entities, ttl) => memory.set(key, result, entities, ttl),
      invalidate: () => dropAll(),
    },
    description: "memory",
    invalidate: async () => dropAll(),
    invalidateAll: async () => dropAll(),
    get generation() {
      return generation;
    },
    ready: async () => {},
    close: async () => {},
  };
}

function redisResponseCache(url: string, options: ResponseCacheOptions): ResponseCache {
  const log = options.log ?? ((line: string) => console.error(`agora: ${line}`));
  const keyPrefix = options.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX;
  const where = redact(url);
  const redis = new Redis(url, {
    keyPrefix,
    // Fail fast instead of queueing: a request must not wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 500, 10_000),
  });
  let down = false;
  let settle: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const trouble = (error: unknown) => {
    settle();
    if (down) return;
    down = true;
    log(`response cache: Redis at ${where} is unavailable (${(error as Error).message}); answering uncached until it is back`);
  };
  // Without an 'error' listener, ioredis reports every failed reconnection on stderr.
  redis.on("error", trouble);
  redis.on("ready", () => {
    settle();
    if (down) log(`response cache: Redis at ${where} is back`);
    down = false;
  });
  const usable = () => redis.status === "ready";
  const shared = createRedisCache({ redis }) as Cache;

  async function guard<T>(fallback: T, work: () => Promise<T> | T): Promise<T> {
    if (!usable()) return fallback;
    try {
      return await work();
    } catch (error) {
      trouble(error);
      return fallback;
    }
  }

  let generation = 0;
  const invalidateAll = async () => {
    generation++;
    if (!usable()) log(`response cache: Redis at ${where} is unavailable; could not empty it, cached answers may be stale until they expire`);
    await guard(undefined, async () => {
      // SCAN patterns and replies ignore ioredis' keyPrefix, while DEL adds it: strip it first.
      for await (const keys of redis.scanStream({ match: `${keyPrefix}*`, count: 500 })) {
        const names = (keys as string[]).map((key) => key.slice(keyPrefix.length));
        if (names.length) await redis.unlink(...names);
      }
    });
  };
  return {
    // The plugin does not await set or invalidate: none of these may ever reject.
    store: {
      get: (key) => guard(undefined, () => shared.get(key)),
      set: (key, result, entities, ttl) => guard(undefined, () => shared.set(key, result, entities, ttl)),
      invalidate: invalidateAll,
    },
    description: `redis ${where}`,
    invalidate: invalidateAll,
    invalidateAll,
    get generation() {
      return generation;
    },
    ready: () => settled,
    close: async () => {
      redis.removeAllListeners("ready");
      if (usable()) await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
