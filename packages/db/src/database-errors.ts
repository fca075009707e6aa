// Turns driver errors met while opening a database into one line a person can act on.
import { redact, type DatabaseTarget } from "./config.ts";

export function describeDatabaseError(error: unknown, target: DatabaseTarget): string {
  const e = error as { code?: string; message?: string; cause?: unknown };
  const code = e.code ?? (e.cause as { code?: string } | undefined)?.code;
  const message = e.message ?? String(error);
  if (target.kind === "sqlite") {
    if (code === "SQLITE_CANTOPEN" || code === "ENOTDIR" || code === "EEXIST" || code === "EACCES" || code === "EROFS" || /unable to open|directory does not exist/i.test(message)) {
      return `Cannot open the SQLite database file ${target.file}: check that its folder exists and is writable (DATABASE_URL).`;
    }
    if (code === "SQLITE_NOTADB") return `${target.file} is not a SQLite database (DATABASE_URL).`;
    return `SQLite database ${target.file}: ${message.split("\n")[0]}`;
  }
  const where = (() => {
    try {
      const u = new URL(target.url);
      return `${u.hostname}:${u.port || 5432}`;
    } catch {
      return redact(target.url);
    }
  })();
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: connection refused. Is the server running? (DATABASE_URL=${redact(target.url)})`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL: host of ${where} not found (DATABASE_URL=${redact(target.url)})`;
    case "ETIMEDOUT":
      return `Cannot reach PostgreSQL at ${where}: connection timed out (DATABASE_URL=${redact(target.url)})`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the credentials in DATABASE_URL=${redact(target.url)}`;
    case "3D000":
      return `PostgreSQL at ${where} has no such database (DATABASE_URL=${redact(target.url)})`;
  }
  if (/timeout exceeded when trying to connect/i.test(message)) {
    return `Cannot reach PostgreSQL at ${where}: connection timed out (DATABASE_URL=${redact(target.url)})`;
  }
  return `PostgreSQL at ${where}: ${message.split("\n")[0]}`;
}
