// What a response must never show a client: a stack trace, a file path of the server, SQL or
// the database's own words, the parser's message of a broken body. Echoes of the request's own
// text (a hash or a value it sent) are not leaks, so they are cut out before looking.
export interface Leak {
  kind: "stack" | "path" | "sql" | "internal";
  match: string;
}

const PATTERNS: { kind: Leak["kind"]; pattern: RegExp }[] = [
  { kind: "stack", pattern: /\n\s+at\s+\S|\bat [\w.<>]+ \(.+:\d+:\d+\)/ },
  { kind: "path", pattern: /(?:\/(?:work|home|root|usr|tmp|var|opt|srv|app)\/[\w.-]+|node_modules|\w\.(?:ts|js|mjs|cjs):\d+|[A-Z]:\\\\)/ },
  { kind: "sql", pattern: /\b(?:SELECT\s[\s\S]{0,200}\sFROM|INSERT INTO|UPDATE\s+"?\w+"?\s+SET|DELETE FROM|PRAGMA\s|CREATE TABLE|WITH RECURSIVE)\b/ },
  { kind: "internal", pattern: /prisma|sqlite|SQLITE_|better-sqlite3|\bpg_|postgres(?:ql)? error|ECONNREFUSED|57P01|relation "[^"]+" does not exist|Unexpected token .* in JSON|JSON\.parse|originalError|stacktrace/i },
];

export function findLeaks(responseText: string, requestText = ""): Leak[] {
  const leaks: Leak[] = [];
  // The response is JSON: what the client sent comes back escaped (`A:\` as `"A:\\"`).
  const escapedRequest = JSON.stringify(requestText);
  for (const { kind, pattern } of PATTERNS) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const m of responseText.matchAll(global)) {
      // An echo of what the client itself sent is not a leak.
      if (requestText && (requestText.includes(m[0]) || escapedRequest.includes(m[0]))) continue;
      leaks.push({ kind, match: m[0].slice(0, 120) });
    }
  }
  return leaks;
}
