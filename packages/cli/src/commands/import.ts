// `pnpm agora import <file...>`: bulk import of entities and links from CSV or JSON files, all
// or nothing (see packages/db/src/import/ and templates/import/README.md).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ConfigError,
  CSV_FILE_NAMES,
  DatabaseUnavailableError,
  DatasetError,
  importData,
  ImportFormatError,
  parseDatabaseUrl,
  parseRowKind,
  prepareDb,
  redact,
  SYSTEM,
  type Db,
  type EditActor,
  type ImportCounts,
  type ImportFile,
  type ImportProblem,
} from "@agora/db";
import { defineCommand, UsageError, type CommandIO } from "../command.ts";

/** A file or account the command cannot use: one line, exit 1. */
class ImportInputError extends Error {
  override name = "ImportInputError";
}

/** The import found problems and wrote nothing: they are printed above this one line, exit 1. */
class ImportProblemsError extends Error {
  override name = "ImportProblemsError";
}

const PROGRESS_EVERY = 100;

export default defineCommand({
  summary: "import entities and links from CSV or JSON files (all or nothing; re-importing changes nothing)",
  help: `usage: pnpm agora import <file...> [--kind KIND] [--dry-run] [--as EMAIL] [--database-url URL]

Imports people, countries, cities, organisations, sessions, resources, themes and the links
between them from CSV files (one per kind, named ${CSV_FILE_NAMES})
or JSON files ({ "entities": [...], "links": [...] }). Templates and the format are in
templates/import/. Every row is checked first; if any has a problem, nothing is written and
each problem is printed as file:row:column: message (rows count from 1 after the header).
Rows are matched to what is stored by key, or by name ignoring accents, case, honorifics and
name order: a row equal to what is stored is left alone, a row that differs updates it.

options:
  --kind KIND           what CSV files hold when their names do not say: PERSON, COUNTRY, CITY,
                        ORGANISATION, SESSION, RESOURCE, THEME, or LINK (also: people, sessions...)
  --dry-run             check everything and report what would change, writing nothing
  --as EMAIL            import as this account, under its role's rules (default: the system,
                        which may change anything)
  --database-url URL    file:<path> or postgresql://... (default: DATABASE_URL, else .data/agora.db)
  -h, --help            this help

exit codes: 0 imported (or dry run without problems), 1 problems (nothing written) or an
unreadable file, 2 wrong usage

examples:
  pnpm agora import templates/import/sessions.csv templates/import/links.csv --dry-run
  pnpm agora import contributions.json --as editor@example.org
  pnpm agora import speakers-2026.csv --kind PERSON`,
  options: {
    kind: { type: "string" },
    "dry-run": { type: "boolean" },
    as: { type: "string" },
    "database-url": { type: "string" },
  },
  positionals: "file...",
  expectedErrors: [ConfigError, DatabaseUnavailableError, DatasetError, ImportFormatError, ImportInputError, ImportProblemsError],
  async run(values, io, paths) {
    if (!paths.length) throw new UsageError("give at least one file to import");
    const kind = values.kind === undefined ? undefined : parseRowKind(values.kind);
    if (kind === null) throw new UsageError(`--kind must be PERSON, COUNTRY, CITY, ORGANISATION, SESSION, RESOURCE, THEME or LINK, got '${values.kind}'`);
    const dryRun = values["dry-run"] ?? false;
    const files = paths.map((path) => readImportFile(path, kind));
    const target = parseDatabaseUrl(values["database-url"] ?? process.env.DATABASE_URL);
    const db = await prepareDb(target.url, { log: io.out });
    try {
      const { actor, who } = await actorFor(db, values.as);
      const where = target.kind === "sqlite" ? `SQLite ${target.file}` : `PostgreSQL ${redact(target.url)}`;
      io.out(`agora import: ${files.length} file${files.length === 1 ? "" : "s"} into ${where}, as ${who}${dryRun ? " (dry run)" : ""}`);
      const report = await importData(db, actor, files, { dryRun, progressEvery: PROGRESS_EVERY, onProgress: progress(io) });
      const verb = report.written ? "" : "would be ";
      io.out(`entities: ${counts(report, verb)}`);
      io.out(`links: ${counts(report.links, verb)}`);
      for (const problem of report.problems) io.err(formatProblem(problem));
      if (report.problems.length) {
        const rows = new Set(report.problems.map((p) => `${p.file}:${p.row}`)).size;
        const n = report.problems.length;
        throw new ImportProblemsError(`${n} problem${n === 1 ? "" : "s"} in ${rows} row${rows === 1 ? "" : "s"}: nothing was written`);
      }
      io.out(report.written ? "done: imported" : "dry run: nothing was written");
    } finally {
      await db.close();
    }
  },
});

export function formatProblem(p: ImportProblem): string {
  return `${p.file}:${p.row}:${p.column ? `${p.column}:` : ""} ${p.message}`;
}

function readImportFile(path: string, kind: ImportFile["kind"] | undefined): ImportFile {
  // `pnpm agora` runs in packages/cli: paths are taken from where the command was typed.
  const full = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportInputError(code === "ENOENT" ? `${path}: no such file` : code === "EISDIR" ? `${path}: is a folder, not a file` : `${path}: cannot be read (${code})`);
  }
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportInputError(`${path}: is not UTF-8 text (from a spreadsheet, save as "CSV UTF-8")`);
  }
  return { name: path, content, kind };
}

async function actorFor(db: Db, email: string | undefined): Promise<{ actor: EditActor; who: string }> {
  if (email === undefined) return { actor: SYSTEM, who: "the system" };
  const user = await db.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new ImportInputError(`--as: no account has the email ${email}`);
  if (user.disabledAt) throw new ImportInputError(`--as: the account ${email} is disabled`);
  return { actor: { userId: user.id, role: user.role }, who: `${user.email} (${user.role.toLowerCase()})` };
}

const counts = (c: ImportCounts, verb: string) => `${c.created} ${verb}created, ${c.updated} ${verb}updated, ${c.unchanged} unchanged`;

/** A bar redrawn in place on a terminal; elsewhere a line at every tenth, and only for long imports. */
function progress(io: CommandIO) {
  let lastTenth = 0;
  return ({ done, total }: { done: number; total: number }) => {
    if (total <= PROGRESS_EVERY) return;
    if (io.status) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      io.status(`[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} rows`);
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > lastTenth || done === total) io.out(`${done}/${total} rows checked`);
    lastTenth = tenth;
  };
}
