// Summarises a V8 .cpuprofile (node --cpu-prof): where the samples fell, by package (self and
// inclusive) and by function (self), so a report can say what limits a server.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Time with the event loop idle (waiting on I/O), ms. */
  idleMs: number;
  byPackage: { name: string; selfMs: number; inclusiveMs: number }[];
  topFunctions: { name: string; where: string; selfMs: number }[];
}

/** The package (or part of Node, or of Agora) a frame's URL belongs to. */
export function packageOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === "(garbage collector)") return "(garbage collector)";
    if (functionName === "(idle)") return "(idle)";
    if (functionName === "(program)") return "(program: V8, native)";
    return "(native)";
  }
  if (url.startsWith("wasm://")) return "wasm (Prisma query compiler)";
  if (url.startsWith("node:")) return "node: internals";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "/node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const agora = /\/(packages|apps)\/([^/]+)\/(generated\/)?/.exec(url);
  if (agora) return agora[3] ? `@agora/${agora[2]} (generated Prisma client)` : `@agora/${agora[2]}`;
  return "other";
}

/**
 * `skipMs`/`windowMs`: keep only the samples from skipMs after the profile started, for windowMs
 * (the profile starts with the process, a few ms after it was spawned: close enough to leave
 * start-up and warm-up out).
 */
export function summariseProfile(file: string, { skipMs = 0, windowMs = Infinity } = {}): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  const inclusive = new Map<string, number>();
  const selfByPackage = new Map<string, number>();
  let totalMs = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    elapsed += ms;
    if (elapsed < skipMs || elapsed > skipMs + windowMs) return;
    totalMs += ms;
    self.set(id, (self.get(id) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)!.callFrame;
      if (f.functionName === "(root)") continue;
      seen.add(packageOf(f.url, f.functionName));
    }
    for (const p of seen) inclusive.set(p, (inclusive.get(p) ?? 0) + ms);
  });
  const byFunction = new Map<string, { name: string; where: string; selfMs: number }>();
  for (const [id, ms] of self) {
    const f = nodes.get(id)!.callFrame;
    const pkg = packageOf(f.url, f.functionName);
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + ms);
    const where = f.url ? `${f.url.replace(/^.*\/node_modules\//, "").replace(/^file:\/\/.*?\/(packages|apps)\//, "$1/")}:${f.lineNumber + 1}` : "";
    const key = `${f.functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: f.functionName || "(anonymous)", where, selfMs: 0 };
    entry.selfMs += ms;
    byFunction.set(key, entry);
  }
  const idleMs = selfByPackage.get("(idle)") ?? 0;
  return {
    totalMs,
    idleMs,
    byPackage: [...selfByPackage.entries()]
      .map(([name, selfMs]) => ({ name, selfMs, inclusiveMs: inclusive.get(name) ?? selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
    topFunctions: [...byFunction.values()].filter((f) => f.name !== "(idle)").sort((a, b) => b.selfMs - a.selfMs).slice(0, 25),
  };
}
