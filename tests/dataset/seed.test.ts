// The seed is idempotent, and a broken dataset is refused whole, naming what is wrong.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DatasetError, DEFAULT_DATA_DIR, loadDataset, seed } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb("sqlite");
});
afterAll(() => db.close());

async function snapshot() {
  const p = db.prisma;
  const strip = <T extends Record<string, unknown>>(rows: T[]) =>
    rows.map(({ createdAt, updatedAt, ...rest }) => rest).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    entities: strip(await p.entity.findMany()),
    sessions: strip(await p.session.findMany()),
    people: strip(await p.person.findMany()),
    links: strip(await p.link.findMany()),
    aliases: strip(await p.alias.findMany()),
    citations: strip(await p.citation.findMany()),
    figures: strip(await p.figure.findMany()),
  };
}

function brokenCopy(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "agora-data-"));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

it("seeding an already seeded database changes nothing", async () => {
  const before = await snapshot();
  const result = await seed(db.prisma);
  expect(result.mode).toBe("update");
  expect(await snapshot()).toEqual(before);
});

it("refuses a dataset with a dangling reference, naming file, record and field", () => {
  const dir = brokenCopy((d) => {
    const file = join(d, "sessions.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("city: kampala", "city: kampalaa"));
  });
  expect(() => loadDataset(dir)).toThrowError(DatasetError);
  expect(() => loadDataset(dir)).toThrowError(/sessions\.yaml: east-africa-training-uganda-2019\.city: 'kampalaa' does not exist/);
});

it("refuses a quote that is not in the source", () => {
  const dir = brokenCopy((d) => {
    const file = join(d, "people.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(`quote: "Ms. Laurence Kwark (GSEF's Secretary General)"`, `quote: "Ms. Laurence Kwark (GSEF's Secretary-General)"`));
  });
  expect(() => loadDataset(dir)).toThrowError(/people\.yaml: laurence-kwark.*quote not found verbatim/);
});

it("refuses schema errors with their path, and writes nothing", async () => {
  const dir = brokenCopy((d) => {
    const file = join(d, "sessions.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(`start: "2019-08-21"`, `start: "21/08/2019"`));
  });
  const before = await snapshot();
  await expect(seed(db.prisma, dir)).rejects.toThrowError(/sessions\.yaml: \[\d+\] \(east-africa-training-uganda-2019\)\.start: must be an ISO 8601 date/);
  expect(await snapshot()).toEqual(before);
});

it("rolls back a seed that fails half-way", async () => {
  // A valid dataset whose last table write fails: a citation pointing at a source id that
  // passes validation only because we break the database under it.
  await db.prisma.$executeRawUnsafe(`CREATE TRIGGER fail_on_citation BEFORE INSERT ON Citation BEGIN SELECT RAISE(ABORT, 'boom'); END`);
  await db.prisma.citation.deleteMany({ where: { linkId: { not: null } } });
  const before = await snapshot();
  const mutated = brokenCopy((d) => {
    const file = join(d, "people.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/bio: /, "bio: (edited) "));
  });
  await expect(seed(db.prisma, mutated)).rejects.toThrow();
  expect(await snapshot()).toEqual(before);
  await db.prisma.$executeRawUnsafe(`DROP TRIGGER fail_on_citation`);
});
