// The client as the app builds it, against a stubbed fetch: it sends its token and operation
// hashes (never text), and a refused token signs the reader out with a notice.
import { afterEach, describe, expect, it, vi } from "vitest";
import { authState, currentToken, signedIn, signedOut } from "./auth-token.ts";
import { createUrqlClient } from "./urql-client.ts";
import { ViewerQuery } from "./viewer.tsx";

afterEach(() => {
  vi.unstubAllGlobals();
  signedOut();
});

const answer = (status: number, body: object) =>
  vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/graphql-response+json" } }));

describe("the urql client", () => {
  it("sends the bearer token and the operation's hash, not its text", async () => {
    signedIn("tok_a");
    const fetch = answer(200, { data: { __typename: "Query", me: null } });
    vi.stubGlobal("fetch", fetch);
    await createUrqlClient({ token: "tok_a" }).query(ViewerQuery, {}).toPromise();
    const [url, init] = fetch.mock.calls[0]!;
    expect((init.headers as Record<string, string>)["authorization"]).toBe("Bearer tok_a");
    expect((init.headers as Record<string, string>)["x-graphql-yoga-csrf"]).toBe("1");
    const sent = new URL(url, "http://agora.test");
    expect(sent.searchParams.get("query")).toBeNull();
    expect(JSON.parse(sent.searchParams.get("extensions")!).persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("sends the CSRF header when signed out too, for browsers without Fetch Metadata", async () => {
    const fetch = answer(200, { data: { __typename: "Query", me: null } });
    vi.stubGlobal("fetch", fetch);
    await createUrqlClient().query(ViewerQuery, {}).toPromise();
    const [, init] = fetch.mock.calls[0]!;
    expect(init.method ?? "GET").toBe("GET");
    expect((init.headers as Record<string, string>)["x-graphql-yoga-csrf"]).toBe("1");
    expect((init.headers as Record<string, string>)["authorization"]).toBeUndefined();
  });

  it("forgets a token the server refuses, and says so", async () => {
    signedIn("tok_b");
    vi.stubGlobal("fetch", answer(401, { errors: [{ message: "the token is unknown, expired or revoked: sign in again", extensions: { code: "UNAUTHENTICATED" } }] }));
    const result = await createUrqlClient({ token: "tok_b" }).query(ViewerQuery, {}).toPromise();
    expect(result.error).toBeTruthy();
    expect(authState()).toEqual({ token: null, expired: true });
    expect(localStorage.getItem("agora.token")).toBeNull();
  });

  it("leaves a newer sign-in alone when a late answer refuses the old token", async () => {
    signedIn("tok_new");
    vi.stubGlobal("fetch", answer(401, { errors: [{ message: "revoked", extensions: { code: "UNAUTHENTICATED" } }] }));
    await createUrqlClient({ token: "tok_old" }).query(ViewerQuery, {}).toPromise();
    expect(currentToken()).toBe("tok_new");
  });
});
