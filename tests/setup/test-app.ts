// The real app, in-process, over a private database copy. Requests go through app.fetch:
// the same code path as HTTP, with no port.
import { createApp } from "@agora/api";
import { copyOfBaseDb, type Engine, type TestDb } from "./test-db.ts";

export interface GraphQLResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApp {
  db: TestDb;
  app: ReturnType<typeof createApp>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** Like gql, but fails the test on any GraphQL error. */
  data<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  close(): Promise<void>;
}

export async function startTestApp(options: { engine?: Engine; webDist?: string | null } = {}): Promise<TestApp> {
  const db = await copyOfBaseDb(options.engine);
  const app = createApp({ db, webDist: options.webDist ?? null });
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult;
  };
  return {
    db,
    app,
    gql,
    async data(query, variables, token) {
      const result = await gql(query, variables, token);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    close: () => db.close(),
  };
}
