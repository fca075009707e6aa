// GET /debug/heap: the process's memory after a full garbage collection, for soak tests
// (tests/reliability/soak.ts). Off unless DEBUG_HEAP=true, and then for admins only: forcing a
// collection stalls the process, so nobody else may trigger it. The collection needs Node
// started with --expose-gc; without it the figures are taken as they are and `gc` says false.
import type { Plugin } from "graphql-yoga";
import { actorForToken, type Db } from "@agora/db";

export const DEBUG_HEAP_PATH = "/debug/heap";

export function debugHeap(db: Db): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== DEBUG_HEAP_PATH) return;
      const json = (status: number, body: unknown) =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } }));
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization")?.trim() ?? "")?.[1];
      const actor = token ? await actorForToken(db, token).catch(() => null) : null;
      if (!actor) return json(401, { error: "an admin's bearer token is required" });
      if (actor.role !== "ADMIN") return json(403, { error: "admins only" });
      const gc = (globalThis as { gc?: () => void }).gc;
      if (gc) {
        gc();
        gc();
      }
      const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage();
      return json(200, { gc: Boolean(gc), heapUsed, heapTotal, rss, external, arrayBuffers, uptimeSeconds: process.uptime() });
    },
  };
}
