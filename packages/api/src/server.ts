// `pnpm start`: opens the database (creating, migrating and seeding it on first start) and
// serves API and web app on one port. Configuration: DATABASE_URL, PORT, HOST.
import { createServer } from "node:http";
import { prepareDb, ConfigError, DatabaseUnavailableError, DatasetError, redact } from "@agora/db";
import { createApp } from "./app.ts";

function fail(message: string): never {
  console.error(`agora: ${message}`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number (0-65535); got '${process.env.PORT}'`);
const host = process.env.HOST ?? "0.0.0.0";

let db;
try {
  db = await prepareDb(undefined, { log: (line) => console.log(`agora: ${line}`) });
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof DatasetError) fail(error.message);
  throw error;
}

const app = createApp({ db });
const server = createServer(app);
server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") fail(`port ${port} is already in use; set PORT to another port`);
  fail(error.message);
});
server.listen(port, host, () => {
  const where = db.kind === "sqlite" ? db.target.url : redact(db.target.url);
  console.log(`agora: serving http://localhost:${port} (GraphQL at /graphql) on ${db.kind} ${where}`);
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`agora: ${signal}, finishing in-flight requests`);
  server.close(() => void db.close().then(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
