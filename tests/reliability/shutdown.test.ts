// The server process: SIGTERM under load (in-flight requests finish, new ones are refused, the
// process exits within 10 s), a slow-loris request cut off by REQUEST_TIMEOUT_MS, and the request
// that used to end the process with an unhandled rejection.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, expect, it } from "vitest";
import { startServer, gql, type ServerProcess } from "./support/server-process.ts";
import { tempSqliteCopy } from "./support/temp-sqlite.ts";
import { recordFigures } from "./support/figures.ts";

const rows: [string, string | number][] = [];
const servers: ServerProcess[] = [];
const copies: { remove(): void }[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop("SIGKILL").catch(() => {});
  for (const c of copies) c.remove();
  recordFigures("shutdown", { title: "Server process: SIGTERM, slow clients, stray rejections", rows });
});

async function server(env: Record<string, string> = {}) {
  const copy = tempSqliteCopy();
  copies.push(copy);
  const s = await startServer({ DATABASE_URL: copy.url, CACHE_TTL_SECONDS: "0", ...env });
  servers.push(s);
  return s;
}

/** A request on a connection of its own (no keep-alive pool): how a new client arrives. */
function freshRequest(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${url}/graphql`, { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(JSON.stringify({ query: "{ __typename }" }));
  });
}

/** A POST whose body trickles in over `ms`: in flight for that long. */
async function slowRequest(url: string, ms: number) {
  const body = JSON.stringify({ query: `query($q: String!) { search(query: $q) { totalCount } }`, variables: { q: "kampala" } });
  const parts = 10;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (let i = 0; i < parts; i++) {
        controller.enqueue(new TextEncoder().encode(body.slice((i * body.length) / parts, ((i + 1) * body.length) / parts)));
        await new Promise((r) => setTimeout(r, ms / parts));
      }
      controller.close();
    },
  });
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
  return { status: response.status, json: await response.json() };
}

it("finishes in-flight requests on SIGTERM, refuses new ones, and exits within 10 s", async () => {
  const s = await server();
  // Load: 6 clients in a loop.
  let stop = false;
  const outcomes: (number | string)[] = [];
  const loops = Array.from({ length: 6 }, async () => {
    while (!stop) outcomes.push(await gql(s.url, `{ sessions(first: 5) { totalCount edges { node { title } } } }`).then((r) => r.status, (e: Error) => `error: ${e.message}`));
  });
  await new Promise((r) => setTimeout(r, 1000));
  const before = outcomes.length;
  expect(outcomes.every((o) => o === 200)).toBe(true);
  // Three requests whose bodies are still arriving when the signal comes.
  const inFlight = [slowRequest(s.url, 1500), slowRequest(s.url, 2000), slowRequest(s.url, 2500)];
  await new Promise((r) => setTimeout(r, 400));
  const signalled = performance.now();
  s.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  const fresh = await Promise.all([freshRequest(s.url), freshRequest(s.url), freshRequest(s.url)]);
  const finished = await Promise.all(inFlight);
  stop = true;
  await Promise.all(loops);
  const exit = await s.exited;
  const exitSeconds = (exit.at - signalled) / 1000;

  for (const r of finished) {
    expect(r.status).toBe(200);
    expect(r.json.data.search.totalCount).toBeGreaterThan(0);
  }
  // New connections find no listener; a request on a kept-alive one gets 503 SHUTTING_DOWN.
  for (const f of fresh) expect(["ECONNREFUSED", 503]).toContain(f);
  const after = outcomes.slice(before).filter((o) => o !== 200);
  expect(after.every((o) => o === 503 || String(o).startsWith("error"))).toBe(true);
  expect(exit.code).toBe(0);
  expect(exitSeconds).toBeLessThan(10);
  expect(s.output()).toMatch(/SIGTERM, finishing in-flight requests/);
  rows.push(
    ["requests served under load before SIGTERM", before],
    ["in-flight requests (bodies still arriving) finished after SIGTERM", `${finished.filter((r) => r.status === 200).length} of ${finished.length}`],
    ["new connections after SIGTERM", fresh.join(", ")],
    ["exit after SIGTERM", `${exitSeconds.toFixed(1)} s, code ${exit.code}`],
  );
});

it("cuts off a client that sends its request too slowly (REQUEST_TIMEOUT_MS)", async () => {
  const s = await server({ REQUEST_TIMEOUT_MS: "2000" });
  const started = performance.now();
  const answer = await new Promise<string>((resolve) => {
    const socket = connect(s.port, "127.0.0.1");
    let text = "";
    socket.on("data", (d) => (text += d.toString()));
    socket.on("close", () => resolve(text));
    socket.on("error", () => resolve(text));
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{");
    const drip = setInterval(() => socket.writable && socket.write(" "), 300);
    socket.on("close", () => clearInterval(drip));
  });
  const seconds = (performance.now() - started) / 1000;
  expect(answer).toMatch(/^HTTP\/1.1 408/);
  expect(seconds).toBeLessThan(5);
  rows.push(["slow-loris request (1 byte / 300 ms) with REQUEST_TIMEOUT_MS=2000", `408 after ${seconds.toFixed(1)} s`]);
  // The server is still serving others.
  expect((await gql(s.url, `{ __typename }`)).status).toBe(200);
  await s.stop();
});

it("survives the request that used to end it with an unhandled rejection", async () => {
  const s = await server({ CACHE_TTL_SECONDS: "60" });
  // A root field that fails at once (bad cursor) beside `history` with a bad cursor on every node.
  const query = `query($c: String) { search(after: "R1BDOlM6Z3NlZi0yMDEz", query: "gsef") { totalCount } graph { nodes { key history(before: $c) { totalCount } } } }`;
  for (let i = 0; i < 3; i++) {
    const r = await gql(s.url, query, { c: "%%%" });
    expect(r.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  }
  await new Promise((r) => setTimeout(r, 500));
  expect((await gql(s.url, `{ __typename }`)).json.data.__typename).toBe("Query");
  expect(s.child.exitCode).toBeNull();
  expect(s.output()).not.toMatch(/unhandled rejection/);
  rows.push(["process alive after 3 requests that used to crash it", "yes, no unhandled rejection logged"]);
  await s.stop();
});
