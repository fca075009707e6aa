import type { Actor, Db } from "@agora/db";
import type { ResponseCache } from "./http/response-cache.ts";
import type { GraphIndex } from "./graph/graph-index.ts";
import type { AgoraPubSub } from "./live/pubsub.ts";

export interface Context {
  db: Db;
  /** Mutations invalidate what they change here (see http/response-cache.ts). */
  responseCache: ResponseCache;
  /** The in-memory network the graph queries run on (one per app, shared by requests). */
  graph: GraphIndex;
  /** Who is asking: null for anonymous visitors. */
  actor: Actor | null;
  /** Publishes entity changes to subscribers (in this process, or through Redis to all). */
  pubsub: AgoraPubSub;
}

/** Built fresh for every request, so per-request caches never leak between users. */
export function createContext(db: Db, responseCache: ResponseCache, graph: GraphIndex, actor: Actor | null, pubsub: AgoraPubSub): Context {
  return { db, responseCache, graph, actor, pubsub };
}
