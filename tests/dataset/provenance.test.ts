// Traceability: every stored passage is in its source, word for word; no CMS debris anywhere.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { normaliseWhitespace } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { REPO_ROOT } from "../setup/paths.ts";

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb("sqlite");
});
afterAll(() => db.close());

it("stores only passages that occur verbatim in their source document", async () => {
  const sources = await db.prisma.source.findMany();
  const text = new Map(
    sources.filter((s) => s.file).map((s) => [s.id, normaliseWhitespace(readFileSync(join(REPO_ROOT, "prisma/data/sources", s.file!), "utf8"))]),
  );
  const citations = await db.prisma.citation.findMany({ where: { passage: { not: null } } });
  expect(citations.length).toBeGreaterThan(300);
  const missing = citations.filter((c) => !text.get(c.sourceId)?.includes(normaliseWhitespace(c.passage!)));
  expect(missing.map((c) => c.passage)).toEqual([]);
});

it("cites every link", async () => {
  const uncited = await db.prisma.link.count({ where: { citations: { none: {} } } });
  expect(uncited).toBe(0);
});

it("keeps no CMS markup in any text", async () => {
  const markup = /\[\[\{|"fid"|field_file_|view_mode|<\/?[a-z]+[ >]/i;
  const sessions = await db.prisma.session.findMany();
  const entities = await db.prisma.entity.findMany();
  const texts = [
    ...entities.flatMap((e) => [e.label, e.description]),
    ...sessions.flatMap((s) => [s.summary, s.objectives, s.keyQuestions, s.outcomes, s.venue, s.subtitle]),
  ].filter((x): x is string => !!x);
  expect(texts.filter((x) => markup.test(x))).toEqual([]);
  expect(texts.filter((x) => /Media & Resources/.test(x))).toEqual([]);
});
