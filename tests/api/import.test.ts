// Bulk import, on both databases: the templates import, a second import changes nothing, a
// changed value updates with a revision, names resolve whatever their order or honorifics, a bad
// file writes nothing and names every problem, a dry run writes nothing; then the command end to
// end (exit codes included) and the GraphQL mutation as a member.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgoraPubSub, createApp } from "@agora/api";
import { importData, SYSTEM, type ImportFile } from "@agora/db";
import importCommand from "../../packages/cli/src/commands/import.ts";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";
import { REPO_ROOT } from "../setup/paths.ts";

const TEMPLATES = join(REPO_ROOT, "templates", "import");
const CLI_DIR = join(REPO_ROOT, "packages", "cli");

let db: TestDb;
let tokens: Tokens;
let app: ReturnType<typeof createApp>;
const events: { key: string; action: string }[] = [];
beforeAll(async () => {
  db = await copyOfBaseDb();
  tokens = await tokensFor(db, "import");
  const pubsub = createAgoraPubSub();
  app = createApp({ db, webDist: null, pubsub: { ...pubsub, publish: (event) => (events.push(event), pubsub.publish(event)) } });
});
afterAll(() => db.close());

const templates = (): ImportFile[] => readdirSync(TEMPLATES).filter((f) => /\.(csv|json)$/.test(f)).map((name) => ({ name, content: readFileSync(join(TEMPLATES, name), "utf8") }));

/** Everything an import could touch, to prove that it touched nothing. */
async function snapshot() {
  const p = db.prisma;
  return {
    entities: await p.entity.findMany({ select: { id: true, version: true, label: true, deletedAt: true }, orderBy: { id: "asc" } }),
    links: await p.link.findMany({ select: { id: true, version: true, capacity: true }, orderBy: { id: "asc" } }),
    revisions: await p.revision.count(),
    aliases: await p.alias.count(),
    sources: await p.source.count(),
    citations: await p.citation.count(),
  };
}

describe("importing files", () => {
  it("imports the templates: what is in the database matches the report", async () => {
    const before = await snapshot();
    const report = await importData(db, SYSTEM, templates());
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ created: 7, updated: 0, unchanged: 1, links: { created: 7, updated: 0, unchanged: 0 }, written: true, dryRun: false });
    const after = await snapshot();
    expect(after.entities.length - before.entities.length).toBe(report.created);
    expect(after.links.length - before.links.length).toBe(report.links.created);
    expect(after.revisions - before.revisions).toBe(report.created + report.links.created);
    expect(after.sources - before.sources).toBe(2); // the two new example sources, each once however often cited

    // Ms. KWARK Laurence is the stored Laurence Kwark, left as she was.
    expect(report.rows.find((r) => r.file === "people.csv" && r.row === 3)).toMatchObject({ action: "UNCHANGED", key: "laurence-kwark", version: 1 });
    const session = await db.prisma.session.findUniqueOrThrow({ where: { id: "dakar-peer-learning-2026" } });
    expect(session).toMatchObject({
      kind: "LEARNING_SESSION",
      cityId: "dakar",
      countryId: "senegal", // the city's, as the editor does it
      objectives: "Map the savings groups of Dakar\nCompare municipal guarantee schemes; agree on next steps",
      keyQuestions: "Who bears the risk?\nWhat can a city guarantee?",
      participantCount: 60,
      venue: "City Hall, Salle des fêtes",
    });
    const kim = await db.prisma.entity.findUniqueOrThrow({ where: { id: "kim-min-ji" }, include: { aliases: true, citations: { include: { source: true } } } });
    expect(kim.aliases.map((a) => [a.name, a.kind]).sort()).toEqual([["Minji Kim", "NAME_ORDER"], ["김민지", "TRANSLATION"]]);
    expect(kim.citations[0]).toMatchObject({ passage: "Dr. Kim Min-ji (김민지), researcher", source: { title: "Example: Dakar peer-learning report, 2026", url: "https://example.org/dakar-peer-learning-2026" } });
    // Links by name, by acronym and by alias, and within the same import.
    const moderator = await db.prisma.link.findUniqueOrThrow({ where: { type_sourceId_targetId_role: { type: "PARTICIPATION", sourceId: "laurence-kwark", targetId: "dakar-peer-learning-2026", role: "moderator" } } });
    expect(moderator.capacity).toBe("Secretary General, GSEF");
    expect(await db.prisma.link.count({ where: { type: "ORGANISATION_ROLE", sourceId: "dakar-womens-savings-cooperative", targetId: "dakar-peer-learning-2026" } })).toBe(1);
    expect(await db.prisma.theme.findUniqueOrThrow({ where: { id: "municipal-guarantee-funds" } })).toMatchObject({ parentId: "social-finance" });
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityId: "awa-ndiaye" } });
    expect(revision).toMatchObject({ action: "CREATE", userId: null, reason: "imported from people.csv, row 1" });
  });

  it("changes nothing when the same files are imported again: no revision, no new version", async () => {
    const before = await snapshot();
    const report = await importData(db, SYSTEM, templates());
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 8, links: { created: 0, updated: 0, unchanged: 7 }, problems: [] });
    expect(await snapshot()).toEqual(before);
  });

  it("updates a changed value, with a revision, and leaves the rest alone", async () => {
    const sessions = templates().find((f) => f.name === "sessions.csv")!;
    const links = templates().find((f) => f.name === "links.csv")!;
    const before = await snapshot();
    const report = await importData(db, SYSTEM, [
      { ...sessions, content: sessions.content.replace('"City Hall, Salle des fêtes"', '"Maison de la Femme, Dakar"') },
      { ...links, content: links.content.replace('"Secretary General, GSEF"', "Secretary General of GSEF") },
    ]);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0, links: { created: 0, updated: 1, unchanged: 4 }, problems: [] });
    const after = await snapshot();
    expect(after.revisions - before.revisions).toBe(2);
    const changedEntities = after.entities.filter((e, i) => e.version !== before.entities[i]!.version);
    expect(changedEntities.map((e) => [e.id, e.version])).toEqual([["dakar-peer-learning-2026", 2]]);
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityId: "dakar-peer-learning-2026", action: "UPDATE" } });
    expect(revision.reason).toBe("imported from sessions.csv, row 1");
    expect(JSON.parse(revision.after!).detail.venue).toBe("Maison de la Femme, Dakar");
    expect(JSON.parse(revision.before!).detail.venue).toBe("City Hall, Salle des fêtes");
    expect(after.links.find((l) => l.capacity === "Secretary General of GSEF")).toMatchObject({ version: 2 });
  });

  it("finds stored entities whatever the name order, honorifics, case or accents", async () => {
    const before = await snapshot();
    const report = await importData(db, SYSTEM, [
      { name: "people.csv", content: 'name,source\n"Mr. KWARK Laurence",gsef-about\nJOUNGYOUL kim,gsef-about\nLéa Müller-Ñúñez,gsef-about\n' },
      { name: "links.csv", content: 'type,from,to,role,source\nparticipation,"Kwark, Laurence",gsef 2014,speaker,gsef-about\nparticipation,lea MULLER-NUNEZ,GSEF 2014,delegate,gsef-about\n' },
    ]);
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => [r.file, r.row, r.action, r.key ?? `${r.from} → ${r.to}`])).toEqual([
      ["people.csv", 1, "UNCHANGED", "laurence-kwark"],
      ["people.csv", 2, "UNCHANGED", "kim-joung-youl"],
      ["people.csv", 3, "CREATED", "lea-muller-nunez"],
      ["links.csv", 1, expect.any(String), "laurence-kwark → gsef-2014"],
      ["links.csv", 2, "CREATED", "lea-muller-nunez → gsef-2014"],
    ]);
    // The name as the row spells it does not rename the stored person.
    expect((await snapshot()).entities.find((e) => e.id === "laurence-kwark")).toEqual(before.entities.find((e) => e.id === "laurence-kwark"));
  });

  it("writes nothing from a file with bad rows, and names every problem by file, row and column", async () => {
    const before = await snapshot();
    const report = await importData(db, SYSTEM, [
      {
        name: "sessions.csv",
        content:
          "title,sessionKind,startDate,city,source,passage\n" +
          "A good session,WORKSHOP,2024-05-01,Kampala,gsef-about,fine\n" + // row 1: valid, yet not written
          "Juggling,JUGGLING,2024,,gsef-about,\n" + // 2: unknown enum value
          "Bad day,WORKSHOP,2019-02-30,,gsef-about,\n" + // 3: no such day
          ",WORKSHOP,2024,,gsef-about,\n" + // 4: missing title
          "Lost city,WORKSHOP,2024,Atlantis,gsef-about,\n" + // 5: unknown reference
          "Unsourced,WORKSHOP,2024,,,\n" + // 6: no source
          "Bad source,WORKSHOP,2024,,no-such-source,\n", // 7: unknown source
      },
      {
        name: "links.csv",
        content:
          "type,from,to,role,startDate,source\n" +
          "PARTICIPATION,laurence-kwark,A good session,juggler,,gsef-about\n" + // 1: bad role
          "PARTICIPATION,laurence-kwark,Atlantis summit,speaker,,gsef-about\n" + // 2: unknown reference
          "PARTICIPATION,laurence-kwark,Bad day,speaker,2024-13,gsef-about\n" + // 3: a row with problems, and a bad date
          "FRIENDSHIP,laurence-kwark,kim-joung-youl,friend,,gsef-about\n", // 4: unknown type
      },
    ]);
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      { file: "sessions.csv", row: 2, column: "sessionKind", message: expect.stringMatching(/^must be one of FORUM, TRAINING, .*, got "JUGGLING"$/) },
      { file: "sessions.csv", row: 3, column: "startDate", message: 'must be a date like 2019, 2019-08 or 2019-08-21, got "2019-02-30"' },
      { file: "sessions.csv", row: 4, column: "title", message: "is required" },
      { file: "sessions.csv", row: 5, column: "city", message: 'no city has the key or name "Atlantis"' },
      { file: "sessions.csv", row: 6, column: "source", message: "cite at least one source that states this" },
      { file: "sessions.csv", row: 7, column: "source", message: 'no source has the key "no-such-source"' },
      { file: "links.csv", row: 1, column: "role", message: expect.stringMatching(/^a participation role is one of speaker, moderator/) },
      { file: "links.csv", row: 2, column: "to", message: 'no session has the key or name "Atlantis summit"' },
      { file: "links.csv", row: 3, column: "to", message: '"Bad day" is in sessions.csv row 3, which has problems' },
      { file: "links.csv", row: 3, column: "startDate", message: 'must be a date like 2019, 2019-08 or 2019-08-21, got "2024-13"' },
      { file: "links.csv", row: 4, column: "type", message: expect.stringMatching(/^must be one of PARTICIPATION, .*, got "FRIENDSHIP"$/) },
    ]);
    // The valid rows are reported as what would have happened.
    expect(report.rows.map((r) => [r.file, r.row, r.action])).toEqual([["sessions.csv", 1, "CREATED"]]);
    expect(await snapshot()).toEqual(before);
  });

  it("writes nothing in a dry run, and reports what a real run then does", async () => {
    const files = [{ name: "themes.csv", content: "name,parent,source\nTontines,Municipal guarantee funds,gsef-about\nGuarantee design,Tontines,gsef-about\n" }];
    const before = await snapshot();
    const dry = await importData(db, SYSTEM, files, { dryRun: true });
    expect(dry).toMatchObject({ created: 2, dryRun: true, written: false, problems: [] });
    expect(await snapshot()).toEqual(before);
    const real = await importData(db, SYSTEM, files);
    expect(real).toMatchObject({ created: 2, dryRun: false, written: true });
    expect(real.rows).toEqual(dry.rows);
  });

  it("lets rows refer to rows anywhere in the import: a parent below its child, a congress after its session", async () => {
    const progress: number[] = [];
    const report = await importData(
      db,
      SYSTEM,
      [
        { name: "themes.csv", content: "name,parent,source\nChild theme,Parent theme,gsef-about\nParent theme,,gsef-about\n" },
        { name: "sessions.csv", content: "key,title,sessionKind,partOf,source\n,Opening plenary,CONGRESS_SESSION,congress-2030,gsef-about\ncongress-2030,Congress 2030,CONGRESS,,gsef-about\n" },
      ],
      { progressEvery: 1, onProgress: ({ done }) => progress.push(done) },
    );
    expect(report.problems).toEqual([]);
    expect(await db.prisma.theme.findUniqueOrThrow({ where: { id: "child-theme" } })).toMatchObject({ parentId: "parent-theme" });
    expect(await db.prisma.session.findUniqueOrThrow({ where: { id: "opening-plenary" } })).toMatchObject({ parentId: "congress-2030" });
    expect(progress).toEqual([1, 2, 3, 4]);
  });
});

describe("pnpm agora import", () => {
  const dir = mkdtempSync(join(tmpdir(), "agora-import-"));
  writeFileSync(join(dir, "people.csv"), "name,bio,source\nCli Person,\"Made by the command, with a comma\",gsef-about\n");
  writeFileSync(join(dir, "bad-sessions.csv"), "title,sessionKind,startDate,source\nNo kind,,2024,gsef-about\nBad date,WORKSHOP,2024-00,gsef-about\n");
  writeFileSync(join(dir, "broken.csv"), 'name,bio\nA,"never closed\n');
  const big = ["name,source", ...Array.from({ length: 150 }, (_, i) => `Bulk person ${i + 1},gsef-about`)].join("\n");
  writeFileSync(join(dir, "people-bulk.csv"), big);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The real command in a process of its own, as `pnpm agora` runs it, from `dir`. */
  const agora = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "import", ...args, "--database-url", db.target.url], {
        cwd: CLI_DIR,
        env: { ...process.env, INIT_CWD: dir, NODE_ENV: "test" },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

  it("imports (exit 0), refuses a file with problems (exit 1), a missing file (1), unreadable CSV (1) and a bad --kind (2)", async () => {
    const good = await agora("people.csv");
    const [bad, missing, broken, badKind, again] = await Promise.all([
      agora("bad-sessions.csv", "--kind", "sessions"),
      agora("nope.csv"),
      agora("broken.csv", "--kind", "PERSON"),
      agora("people.csv", "--kind", "planets"),
      agora("people.csv", "--dry-run"),
    ]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/entities: 1 created, 0 updated, 0 unchanged\n/);
    expect(good.stdout).toMatch(/done: imported\n$/);
    expect(await db.prisma.person.findUnique({ where: { id: "cli-person" } })).toMatchObject({ bio: "Made by the command, with a comma" });

    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toEqual([
      "bad-sessions.csv:1:sessionKind: is required",
      'bad-sessions.csv:2:startDate: must be a date like 2019, 2019-08 or 2019-08-21, got "2024-00"',
      "agora import: 2 problems in 2 rows: nothing was written",
    ]);
    expect(await db.prisma.entity.count({ where: { label: { in: ["No kind", "Bad date"] } } })).toBe(0);

    expect([missing.code, missing.stderr.trim()]).toEqual([1, "agora import: nope.csv: no such file"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toMatch(/^agora import: broken\.csv: not valid CSV: Quote Not Closed/);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr.trim()).toBe("agora import: --kind must be PERSON, COUNTRY, CITY, ORGANISATION, SESSION, RESOURCE, THEME or LINK, got 'planets' (see pnpm agora import --help)");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/entities: 0 would be created, 0 would be updated, 1 unchanged\n/);
    expect(again.stdout).toMatch(/dry run: nothing was written\n$/);
  });

  it("prints progress for long imports, then the report", async () => {
    const out: string[] = [];
    await importCommand.run({ "database-url": db.target.url }, { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`) }, [join(dir, "people-bulk.csv")]);
    expect(out.filter((l) => l.includes("rows checked"))).toEqual(["100/150 rows checked", "150/150 rows checked"]);
    expect(out.slice(-3)).toEqual(["entities: 150 created, 0 updated, 0 unchanged", "links: 0 created, 0 updated, 0 unchanged", "done: imported"]);
    // On a terminal, one bar is redrawn instead.
    const bars: string[] = [];
    await importCommand.run({ "database-url": db.target.url }, { out: () => {}, err: () => {}, status: (l) => bars.push(l) }, [join(dir, "people-bulk.csv")]);
    expect(bars.at(-1)).toBe("[##############################] 150/150 rows");
  });

  it("imports --as an account, under its role: a member may add, but not change what others made", async () => {
    const file = join(dir, "member-people.csv");
    writeFileSync(file, "name,bio,source\nMember Made,A new person,gsef-about\nLaurence Kwark,A new biography,gsef-about\n");
    const err: string[] = [];
    const run = importCommand.run({ "database-url": db.target.url, as: "member-import@agora.test" }, { out: () => {}, err: (l) => err.push(l) }, [file]);
    await expect(run).rejects.toMatchObject({ name: "ImportProblemsError", message: "1 problem in 1 row: nothing was written" });
    expect(err).toEqual([`${file}:2: members may change only what they created; "laurence-kwark" was not created by you`]);
    await expect(importCommand.run({ "database-url": db.target.url, as: "nobody@agora.test" }, { out: () => {}, err: () => {} }, [file])).rejects.toMatchObject({
      name: "ImportInputError",
      message: "--as: no account has the email nobody@agora.test",
    });
    writeFileSync(file, "name,bio,source\nMember Made,A new person,gsef-about\n");
    await importCommand.run({ "database-url": db.target.url, as: "editor-import@agora.test" }, { out: () => {}, err: () => {} }, [file]);
    const made = await db.prisma.entity.findUniqueOrThrow({ where: { id: "member-made" } });
    expect(made.createdById).toBe((await db.prisma.user.findUniqueOrThrow({ where: { email: "editor-import@agora.test" } })).id);
  });
});

describe("importData mutation", () => {
  const IMPORT = `mutation($format: ImportFormat!, $kind: EntityKind, $fileName: String, $content: String!, $dryRun: Boolean) {
    importData(format: $format, kind: $kind, fileName: $fileName, content: $content, dryRun: $dryRun) {
      created updated unchanged links { created updated unchanged } written dryRun
      problems { file row column message }
      rows { file row action kind entityKey linkId version }
    }
  }`;
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const session = (title: string) => JSON.stringify({ entities: [{ kind: "SESSION", title, sessionKind: "WORKSHOP", city: "kampala", sources: [{ source: "gsef-about", passage: "x" }] }] });

  it("is refused to anonymous visitors", async () => {
    const result = await gql(IMPORT, { format: "JSON", content: session("Anonymous upload") });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await db.prisma.entity.count({ where: { label: "Anonymous upload" } })).toBe(0);
  });

  it("imports a member's upload as that member, after a dry run, and clears cached answers and tells subscribers", async () => {
    const lookup = `{ entity(key: "member-upload") { key } }`;
    expect((await gql(lookup, {})).data.entity).toBeNull(); // now cached
    const content = session("Member upload");
    const dry = await gql(IMPORT, { format: "JSON", fileName: "upload.json", content, dryRun: true }, tokens.member);
    expect(dry.data.importData).toMatchObject({ created: 1, written: false, dryRun: true, problems: [], rows: [{ file: "upload.json#entities", row: 1, action: "CREATED", kind: "SESSION", entityKey: "member-upload", linkId: null, version: 1 }] });
    expect(await db.prisma.entity.count({ where: { id: "member-upload" } })).toBe(0);

    events.length = 0;
    const real = await gql(IMPORT, { format: "JSON", fileName: "upload.json", content }, tokens.member);
    expect(real.data.importData).toMatchObject({ created: 1, written: true, dryRun: false, problems: [] });
    expect((await gql(lookup, {})).data.entity).toEqual({ key: "member-upload" });
    expect(events).toEqual([expect.objectContaining({ key: "member-upload", kind: "SESSION", action: "CREATE", version: 1 })]);
    const member = await db.prisma.entity.findUniqueOrThrow({ where: { id: "member-upload" } });
    expect(member.createdById).not.toBeNull();

    // links.csv: the kind comes from the file name; ends of a new link hear of it.
    events.length = 0;
    const links = await gql(IMPORT, { format: "CSV", fileName: "links.csv", content: "type,from,to,role,source\nPARTICIPATION,Laurence Kwark,Member upload,speaker,gsef-about\n" }, tokens.member);
    expect(links.data.importData).toMatchObject({ links: { created: 1, updated: 0, unchanged: 0 }, written: true });
    expect(events.map((e) => e.key).sort()).toEqual(["laurence-kwark", "member-upload"]);
  });

  it("applies the member's role: changing someone else's entity is a problem, and nothing is written", async () => {
    const content = "name,bio,source\nA member's friend,New here,gsef-about\nMr. KWARK Laurence,Rewritten,gsef-about\n";
    const result = await gql(IMPORT, { format: "CSV", kind: "PERSON", fileName: "friends.csv", content }, tokens.member);
    expect(result.data.importData).toMatchObject({
      written: false,
      problems: [{ file: "friends.csv", row: 2, column: "", message: 'members may change only what they created; "laurence-kwark" was not created by you' }],
    });
    expect(await db.prisma.entity.count({ where: { label: "A member's friend" } })).toBe(0);
    // An editor may.
    const editor = await gql(IMPORT, { format: "CSV", kind: "PERSON", fileName: "friends.csv", content }, tokens.editor);
    expect(editor.data.importData).toMatchObject({ created: 1, updated: 1, written: true, problems: [] });
  });

  it("refuses unreadable files, and files over 5 MB or 5,000 rows, with a clear error", async () => {
    const broken = await gql(IMPORT, { format: "CSV", fileName: "people.csv", content: 'name\n"A' }, tokens.member);
    expect(broken.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^people\.csv: not valid CSV: Quote Not Closed/), extensions: { code: "BAD_USER_INPUT" } });
    const unknownKind = await gql(IMPORT, { format: "CSV", fileName: "upload.csv", content: "name\nA\n" }, tokens.member);
    expect(unknownKind.errors?.[0]?.message).toMatch(/^upload\.csv: cannot tell what the file holds/);
    const huge = await gql(IMPORT, { format: "CSV", kind: "PERSON", content: `name\n${"x".repeat(5 * 1024 * 1024)}\n` }, tokens.member);
    expect(huge.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^the file is 5\.0 MB; an upload takes at most 5 MB/), extensions: { code: "BAD_USER_INPUT" } });
    const many = await gql(IMPORT, { format: "CSV", kind: "PERSON", fileName: "many.csv", content: `name\n${"Someone\n".repeat(5001)}` }, tokens.member);
    expect(many.errors?.[0]).toMatchObject({ message: "many.csv: 5001 rows; at most 5000 are imported at once here: split the file", extensions: { code: "BAD_USER_INPUT" } });
  });
});
