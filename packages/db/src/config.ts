// Turns DATABASE_URL into a decision, with errors a newcomer can act on.
import { isAbsolute, resolve } from "node:path";
import { DEFAULT_SQLITE_FILE } from "./paths.ts";

export type DbKind = "sqlite" | "postgres";

export type DatabaseTarget =
  | { kind: "sqlite"; url: string; file: string }
  | { kind: "postgres"; url: string };

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseDatabaseUrl(raw: string | undefined, cwd = process.env.INIT_CWD ?? process.cwd()): DatabaseTarget {
  const url = raw?.trim() || `file:${DEFAULT_SQLITE_FILE}`;
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0] ?? "";
    if (!path) throw new ConfigError(`DATABASE_URL '${url}' names no file; use e.g. file:./agora.db`);
    const file = path === ":memory:" ? path : isAbsolute(path) ? path : resolve(cwd, path);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) throw new Error("no host");
      if (!parsed.pathname || parsed.pathname === "/") {
        throw new ConfigError(`DATABASE_URL '${redact(url)}' names no database; add one, e.g. postgresql://postgres@127.0.0.1:5432/agora`);
      }
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`DATABASE_URL '${redact(url)}' is not a valid PostgreSQL URL (postgresql://user:password@host:port/database)`);
    }
    return { kind: "postgres", url };
  }
  throw new ConfigError(
    `DATABASE_URL '${redact(url)}' is not supported: use file:<path> for SQLite or postgresql://user@host:port/database for PostgreSQL`,
  );
}

/** Hides the password of a URL before it goes into a message or a log. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
