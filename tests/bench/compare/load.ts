// The two kinds of load: a closed loop (autocannon: N connections, each sending its next
// request when the last answer arrives) for throughput, and a fixed arrival rate for latency.
//
// The fixed rate is our own open-loop scheduler, not autocannon's `overallRate`: autocannon
// lets each connection send its quota for the second back to back at the start of every
// second, so its "rate" arrives in bursts and measures a closed loop's queueing. Here request
// i is due at start + i / rate whatever happened before, waits for a free socket if need be,
// and its latency counts from when it was due (no coordinated omission).
import type { EventEmitter } from "node:events";
import { Agent, request as httpRequest } from "node:http";
import autocannon from "autocannon";
import type { RequestSource } from "./queries.ts";

export interface LoadResult {
  /** Answers received, good or bad. */
  completed: number;
  /** Non-2xx, GraphQL errors, refused writes, socket errors and timeouts. */
  errors: number;
  durationMs: number;
  /** Good answers per second. */
  rps: number;
  /** Latency of every good answer, in ms. */
  latencies: number[];
}

export async function closedLoop(url: string, source: RequestSource, { connections = 10, seconds = 10 } = {}): Promise<LoadResult> {
  const target = new URL(url);
  let i = 0;
  let bad = 0;
  const latencies: number[] = [];
  const statuses: number[] = [];
  const started = performance.now();
  const instance = autocannon({
    url: target.origin,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: target.pathname,
        headers: source.headers,
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: source.body(i++) }),
        onResponse: (status: number, body: string) => {
          statuses.push(status);
          if (status < 200 || status >= 300 || !source.check(body)) bad++;
        },
      },
    ],
  } as unknown as autocannon.Options) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  // Raw latencies, in answer order: autocannon's own summary has no p95.
  let n = 0;
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    n++;
    latencies.push(responseTime);
  });
  const result = await instance;
  const durationMs = performance.now() - started;
  // Drop the latencies of bad answers (not attributable in order); count them as errors.
  const errors = bad + result.errors;
  const good = Math.max(0, n - bad);
  return { completed: n, errors, durationMs, rps: good / (durationMs / 1000), latencies: bad ? latencies.slice(0, good) : latencies };
}

export async function fixedRate(url: string, source: RequestSource, { rate, seconds = 10, maxSockets = 64 }: { rate: number; seconds?: number; maxSockets?: number }): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets });
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies: number[] = [];
  let completed = 0;
  let errors = 0;
  const started = performance.now();
  let sent = 0;

  await new Promise<void>((resolveAll) => {
    const done = () => {
      completed++;
      if (completed === total) resolveAll();
    };
    const fire = (i: number, due: number) => {
      const body = source.body(i);
      const req = httpRequest(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          headers: { ...source.headers, "content-length": Buffer.byteLength(body) },
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const ok = res.statusCode! >= 200 && res.statusCode! < 300 && source.check(text);
            if (ok) latencies.push(performance.now() - due);
            else errors++;
            done();
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => {
        errors++;
        done();
      });
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && started + (sent * 1000) / rate <= now) {
        fire(sent, started + (sent * 1000) / rate);
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, started + (sent * 1000) / rate - performance.now()));
    };
    tick();
  });
  agent.destroy();
  const durationMs = performance.now() - started;
  return { completed, errors, durationMs, rps: (completed - errors) / (durationMs / 1000), latencies };
}

/** One request, its answer parsed: the sanity check before timing. */
export async function once(url: string, source: RequestSource, i = 0): Promise<{ ok: boolean; status: number; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: source.headers, body: source.body(i) });
  const body = await response.text();
  return { ok: response.ok && source.check(body), status: response.status, body, ms: performance.now() - started };
}
