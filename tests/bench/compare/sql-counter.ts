// A TCP proxy in front of PostgreSQL that counts the statements its clients run, and keeps
// their text and parameters: the same yardstick for every candidate, whatever its driver or
// ORM. It reads the frontend half of the wire protocol (v3): a simple Query message is one
// statement, an Execute of the extended protocol is one; Parse and Bind give the text and the
// parameters. Used only in the counting pass, never while timing: a proxy hop costs latency.
import { createServer, connect, type Server, type Socket } from "node:net";

export interface CapturedStatement {
  sql: string;
  /** Text-format parameters; null when any was sent in binary. */
  params: (string | null)[] | null;
}

export interface SqlCounter {
  /** postgresql:// URL that goes through the proxy to `targetUrl`'s database. */
  url: string;
  /** Statements run since the last take, and forget them. */
  take(): { count: number; statements: CapturedStatement[] };
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const MAX_KEPT = 2000;

export async function startSqlCounter(targetUrl: string): Promise<SqlCounter> {
  const target = new URL(targetUrl);
  const upstreamHost = target.hostname || "127.0.0.1";
  const upstreamPort = Number(target.port || 5432);
  let count = 0;
  let kept: CapturedStatement[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    const upstream = connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    const statements = new Map<string, string>(); // prepared statement name -> text
    const portals = new Map<string, CapturedStatement>(); // portal name -> bound statement
    let buffer = Buffer.alloc(0);
    let startedUp = false;

    const onMessage = (type: string, body: Buffer) => {
      if (type === "Q") {
        count++;
        if (kept.length < MAX_KEPT) kept.push({ sql: cString(body, 0).value, params: [] });
      } else if (type === "P") {
        const name = cString(body, 0);
        statements.set(name.value, cString(body, name.next).value);
      } else if (type === "B") {
        const portal = cString(body, 0);
        const name = cString(body, portal.next);
        let at = name.next;
        const formatCount = body.readInt16BE(at);
        const formats: number[] = [];
        for (let i = 0; i < formatCount; i++) formats.push(body.readInt16BE(at + 2 + 2 * i));
        at += 2 + 2 * formatCount;
        const paramCount = body.readInt16BE(at);
        at += 2;
        const params: (string | null)[] = [];
        let binary = false;
        for (let i = 0; i < paramCount; i++) {
          const length = body.readInt32BE(at);
          at += 4;
          const format = formatCount === 0 ? 0 : formatCount === 1 ? formats[0] : formats[i];
          if (format === 1) binary = true;
          if (length < 0) params.push(null);
          else {
            params.push(body.toString("utf8", at, at + length));
            at += length;
          }
        }
        portals.set(portal.value, { sql: statements.get(name.value) ?? "", params: binary ? null : params });
      } else if (type === "E") {
        count++;
        const bound = portals.get(cString(body, 0).value);
        if (bound && kept.length < MAX_KEPT) kept.push(bound);
      }
    };

    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        if (!startedUp) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          // SSL and GSS requests come before the startup message; everything after it is typed.
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startedUp = true;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        onMessage(String.fromCharCode(buffer[0]!), buffer.subarray(5, 1 + length));
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    take() {
      const result = { count, statements: kept };
      count = 0;
      kept = [];
      return result;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function cString(buffer: Buffer, start: number): { value: string; next: number } {
  const end = buffer.indexOf(0, start);
  return { value: buffer.toString("utf8", start, end), next: end + 1 };
}
