// Change events for subscriptions. In one process they travel in memory; with REDIS_URL they go
// through Redis pub/sub, so a subscriber on one API process hears edits made on another.
import { createPubSub } from "graphql-yoga";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";

export interface EntityChangeEvent {
  key: string;
  kind: string;
  action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE" | "MERGE";
  version: number;
  /** ISO time of the change. */
  at: string;
}

export interface AgoraPubSub {
  publish(event: EntityChangeEvent): void;
  subscribe(): AsyncIterable<EntityChangeEvent>;
  /** Resolves once the Redis connections are up (at once in memory). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** @param channel the Redis channel; distinct per app (or test run) sharing one Redis. */
export function createAgoraPubSub(redisUrl?: string | null, channel = "agora:entity-changed"): AgoraPubSub {
  let eventTarget;
  let clients: Redis[] = [];
  if (redisUrl) {
    // Two connections: a Redis connection in subscriber mode can do nothing else.
    clients = [new Redis(redisUrl, { maxRetriesPerRequest: 2 }), new Redis(redisUrl, { maxRetriesPerRequest: 2 })];
    for (const client of clients) client.on("error", () => {}); // reconnects by itself; requests never fail on it
    eventTarget = createRedisEventTarget({ publishClient: clients[0]!, subscribeClient: clients[1]! });
  }
  const pubsub = createPubSub<Record<string, [EntityChangeEvent]>>(eventTarget ? { eventTarget } : {});
  const ready = () =>
    Promise.all(clients.map((c) => (c.status === "ready" ? undefined : new Promise((resolve) => c.once("ready", resolve))))).then(() => undefined);
  return {
    publish: (event) => pubsub.publish(channel, event),
    // A SUBSCRIBE sent while ioredis is still connecting was seen lost: subscribe once ready.
    subscribe: () =>
      (async function* () {
        await ready();
        yield* pubsub.subscribe(channel);
      })(),
    ready,
    close: async () => clients.forEach((c) => c.disconnect()),
  };
}
