// GET /healthz: 200 when the database answers, 503 when it does not. For load balancers and
// `docker run --health-cmd`; it reveals nothing but the database kind.
import type { Plugin } from "graphql-yoga";
import type { Db } from "@agora/db";

export function healthCheck(db: Db): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/healthz") return;
      let ok = true;
      try {
        await db.prisma.$queryRawUnsafe("SELECT 1");
      } catch {
        ok = false;
      }
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ok ? "ok" : "unavailable", database: db.kind }), {
          status: ok ? 200 : 503,
          headers: { "content-type": "application/json", "cache-control": "no-store" },
        }),
      );
    },
  };
}
