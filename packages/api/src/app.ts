// createApp({ db }) builds the whole HTTP application (GraphQL, health check, web app) as a
// fetch handler. It opens no port: server.ts does, and tests call app.fetch directly.
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createYoga } from "graphql-yoga";
import type { Db } from "@agora/db";
import { schema } from "./schema/index.ts";
import { createContext } from "./context.ts";
import { healthCheck } from "./http/health.ts";
import { staticFiles } from "./http/static-files.ts";

export const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), "../../../apps/web/dist");

export interface AppOptions {
  db: Db;
  /** Folder of the built web app; null serves the API only. */
  webDist?: string | null;
  /** GraphiQL at GET /graphql (default true). */
  graphiql?: boolean;
}

export function createApp({ db, webDist = DEFAULT_WEB_DIST, graphiql = true }: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: graphiql ? { title: "Agora GraphQL API", defaultQuery: EXAMPLE_QUERY } : false,
    landingPage: false,
    // Unexpected errors reach clients as "Unexpected error." with no stack, SQL or path.
    maskedErrors: true,
    logging: process.env.NODE_ENV === "test" ? false : "info",
    context: () => createContext(db),
    plugins: [healthCheck(db), ...(webDist ? [staticFiles(webDist, ["/graphql", "/healthz"])] : [])],
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
