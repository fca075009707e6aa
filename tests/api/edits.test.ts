// Edits: who may do what, validation, provenance, optimistic concurrency, history and restore,
// links, merges, and that edits reach search and the graph at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";
import { nodes } from "../setup/nodes.ts";

let t: TestApp;
let tokens: Tokens;
beforeAll(async () => {
  t = await startTestApp();
  tokens = await tokensFor(t.db);
});
afterAll(() => t.close());

const SOURCE = [{ source: "gsef-knowledge-exchange", passage: "Knowledge Exchange" }];
const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input, reason: "test") { entity { key version label } revisionId userErrors { code path message } } }`;
const UPDATE_SESSION = `mutation($key: ID!, $v: Int!, $patch: SessionPatch!) { updateSession(key: $key, expectedVersion: $v, patch: $patch, reason: "fix") { entity { key version label ... on Session { startDate venue } } userErrors { code path message } } }`;
const DELETE = `mutation($key: ID!, $v: Int!) { deleteEntity(key: $key, expectedVersion: $v) { revisionId userErrors { code path message } } }`;

let n = 0;
const newSession = async (token: string, extra: Record<string, unknown> = {}) => {
  n += 1;
  const { createSession } = await t.data(CREATE_SESSION, { input: { title: `Peer learning on SSE finance ${n}`, sessionKind: "LEARNING_SESSION", city: "kampala", startDate: "2026-03-10", sources: SOURCE, ...extra } }, token);
  expect(createSession.userErrors).toEqual([]);
  return createSession.entity as { key: string; version: number; label: string };
};

describe("role matrix", () => {
  const roles = ["anonymous", "member", "otherMember", "editor", "admin"] as const;
  const token = (role: (typeof roles)[number]) => (role === "anonymous" ? undefined : tokens[role]);
  const codeOf = (result: any) => result.errors?.[0]?.extensions?.code ?? (result.data && Object.values(result.data)[0] ? "OK" : "NULL");

  it("create: members and up; anonymous refused", async () => {
    for (const role of roles) {
      const result = await t.gql(CREATE_SESSION, { input: { title: `Made by ${role}`, sessionKind: "WORKSHOP", sources: SOURCE } }, token(role));
      expect(codeOf(result), role).toBe(role === "anonymous" ? "UNAUTHENTICATED" : "OK");
    }
  });

  it("update and delete: the creator, editors and admins; not other members", async () => {
    for (const role of roles) {
      const own = await newSession(tokens.member);
      const update = await t.gql(UPDATE_SESSION, { key: own.key, v: own.version, patch: { venue: "City Hall" } }, token(role));
      const expected = { anonymous: "UNAUTHENTICATED", member: "OK", otherMember: "FORBIDDEN", editor: "OK", admin: "OK" }[role];
      expect(codeOf(update), `update by ${role}`).toBe(expected);
      const version = expected === "OK" ? own.version + 1 : own.version;
      const del = await t.gql(DELETE, { key: own.key, v: version }, token(role));
      expect(codeOf(del), `delete by ${role}`).toBe(expected);
    }
  });

  it("curated entities: editors and admins only", async () => {
    const { entity } = await t.data(`{ entity(key: "gsef-2013") { version } }`);
    for (const role of roles) {
      const result = await t.gql(UPDATE_SESSION, { key: "gsef-2013", v: entity.version, patch: { venue: "Seoul City Hall" } }, token(role));
      const expected = { anonymous: "UNAUTHENTICATED", member: "FORBIDDEN", otherMember: "FORBIDDEN", editor: "OK", admin: "OK" }[role];
      expect(codeOf(result), role).toBe(expected);
      if (expected === "OK") entity.version += 1;
    }
  });

  it("viewerCanEdit says, for each caller, what the API would let them change", async () => {
    const own = await newSession(tokens.member);
    for (const role of roles) {
      const { data } = await t.gql(`{ own: entity(key: "${own.key}") { viewerCanEdit } curated: entity(key: "gsef-2013") { viewerCanEdit } }`, {}, token(role));
      const mine = { anonymous: false, member: true, otherMember: false, editor: true, admin: true }[role];
      const curated = { anonymous: false, member: false, otherMember: false, editor: true, admin: true }[role];
      expect(data, role).toEqual({ own: { viewerCanEdit: mine }, curated: { viewerCanEdit: curated } });
    }
  });

  it("restore, merge and duplicate review: editors and admins only", async () => {
    for (const role of roles) {
      const restore = await t.gql(`mutation { restoreRevision(revisionId: "none", expectedVersion: 1) { userErrors { code } } }`, {}, token(role));
      const merge = await t.gql(`mutation { mergeEntities(keep: "a", keepVersion: 1, remove: "b", removeVersion: 1) { userErrors { code } } }`, {}, token(role));
      const dupes = await t.gql(`{ duplicateCandidates { names } }`, {}, token(role));
      const expected = { anonymous: "UNAUTHENTICATED", member: "FORBIDDEN", otherMember: "FORBIDDEN", editor: "OK", admin: "OK" }[role];
      for (const [name, result] of [["restore", restore], ["merge", merge], ["duplicates", dupes]] as const) expect(codeOf(result), `${name} by ${role}`).toBe(expected);
    }
  });
});

describe("validation and provenance", () => {
  it("lists every problem, field by field, and writes nothing", async () => {
    const before = await t.db.prisma.entity.count();
    const { createSession } = await t.data(CREATE_SESSION, {
      input: { title: "  ", sessionKind: "WORKSHOP", city: "seoul-metropolitan-government", startDate: "2019-02-30", endDate: "2018", participantCount: -3, sources: [] },
    }, tokens.member);
    const byPath = Object.fromEntries(createSession.userErrors.map((e: any) => [e.path.join("."), e.message]));
    expect(byPath.title).toMatch(/must not be empty/);
    expect(byPath.city).toMatch(/is a organisation, expected a city/);
    expect(byPath.startDate).toMatch(/2019-02-30/);
    expect(byPath.participantCount).toMatch(/from 0/);
    expect(createSession.entity).toBeNull();
    expect(await t.db.prisma.entity.count()).toBe(before);
    const noSources = await t.data(CREATE_SESSION, { input: { title: "Unsourced", sessionKind: "WORKSHOP", sources: [] } }, tokens.member);
    expect(noSources.createSession.userErrors).toEqual([{ code: "INVALID_INPUT", path: ["sources"], message: "cite at least one source that states this" }]);
    expect(await t.db.prisma.entity.count()).toBe(before);
  });

  it("refuses a key of another kind, and writes only what an update changes", async () => {
    const person = await t.db.prisma.entity.findUniqueOrThrow({ where: { id: "laurence-kwark" } });
    const wrongKind = await t.data(UPDATE_SESSION, { key: "laurence-kwark", v: person.version, patch: { venue: "City Hall" } }, tokens.editor);
    expect(wrongKind.updateSession.userErrors).toEqual([{ code: "INVALID_INPUT", path: ["key"], message: '"laurence-kwark" is a person, not a session' }]);
    expect((await t.db.prisma.entity.findUniqueOrThrow({ where: { id: "laurence-kwark" } })).version).toBe(person.version);

    const own = await newSession(tokens.member, { aliases: [{ name: "PLF", kind: "ACRONYM" }] });
    const before = await t.db.prisma.entity.findUniqueOrThrow({ where: { id: own.key }, include: { aliases: true } });
    const { updateSession } = await t.data(UPDATE_SESSION, { key: own.key, v: own.version, patch: { venue: "City Hall", startDate: "2026-04" } }, tokens.member);
    expect(updateSession.userErrors).toEqual([]);
    expect(updateSession.entity).toMatchObject({ version: own.version + 1, venue: "City Hall", startDate: "2026-04", label: own.label });
    const after = await t.db.prisma.entity.findUniqueOrThrow({ where: { id: own.key }, include: { aliases: true } });
    expect(after.aliases).toEqual(before.aliases); // not rewritten: same rows, same ids
    expect(after.searchText).toBe(before.searchText);
    expect(after.date).toBe("2026-04");
  });

  it("stores the citation of a new fact, with a new source if need be", async () => {
    const { createPerson } = await t.data(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { entity { key sources { edges { node { passage source { title url } } } } } userErrors { message } } }`, {
      input: { name: "Amina Diallo", sources: [{ newSource: { title: "Dakar SSE report 2025", url: "https://example.org/report" }, passage: "Amina Diallo, coordinator" }] },
    }, tokens.member);
    expect(createPerson.userErrors).toEqual([]);
    expect(nodes(createPerson.entity.sources)).toEqual([{ passage: "Amina Diallo, coordinator", source: { title: "Dakar SSE report 2025", url: "https://example.org/report" } }]);
  });
});

describe("concurrency and history", () => {
  it("refuses a stale edit instead of overwriting, and loses no update under concurrent edits", async () => {
    const s = await newSession(tokens.member);
    const first = await t.data(UPDATE_SESSION, { key: s.key, v: s.version, patch: { venue: "Hall A" } }, tokens.member);
    expect(first.updateSession.entity.version).toBe(s.version + 1);
    const stale = await t.data(UPDATE_SESSION, { key: s.key, v: s.version, patch: { venue: "Hall B" } }, tokens.member);
    expect(stale.updateSession.userErrors[0]).toMatchObject({ code: "STALE", path: ["expectedVersion"] });
    // Ten editors at once from the same version: exactly one wins, nine are told.
    const version = first.updateSession.entity.version;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.data(UPDATE_SESSION, { key: s.key, v: version, patch: { venue: `Room ${i}` } }, tokens.editor)),
    );
    const won = results.filter((r) => r.updateSession.userErrors.length === 0);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.updateSession.userErrors[0]?.code === "STALE")).toHaveLength(9);
    const { entity } = await t.data(`query($k: String!) { entity(key: $k) { version ... on Session { venue } } }`, { k: s.key });
    expect(entity).toEqual({ version: version + 1, venue: won[0].updateSession.entity.venue });
  });

  it("records who changed what and why, and restores an earlier state", async () => {
    const s = await newSession(tokens.member, { venue: "Old venue" });
    await t.data(UPDATE_SESSION, { key: s.key, v: 1, patch: { venue: "New venue", startDate: "2026-04" } }, tokens.member);
    const { entity } = await t.data(`query($k: String!) { entity(key: $k) { version history { totalCount edges { node { revisionId action reason authorName version changes { field before after } } } } } }`, { k: s.key });
    const [update, create] = nodes(entity.history);
    expect(create).toMatchObject({ action: "CREATE", reason: "test", authorName: "member", version: 1 });
    expect(update).toMatchObject({ action: "UPDATE", reason: "fix", authorName: "member", version: 2 });
    expect(update.changes).toEqual([
      { field: "detail.startDate", before: '"2026-03-10"', after: '"2026-04"' },
      { field: "detail.venue", before: '"Old venue"', after: '"New venue"' },
    ]);
    const restored = await t.data(`mutation($r: String!) { restoreRevision(revisionId: $r, expectedVersion: 2) { entity { version ... on Session { venue startDate } } userErrors { message } } }`, { r: create.revisionId }, tokens.editor);
    expect(restored.restoreRevision.entity).toEqual({ version: 3, venue: "Old venue", startDate: "2026-03-10" });
  });

  it("deletes softly, hides the entity everywhere, and restores it", async () => {
    const s = await newSession(tokens.member);
    await t.data(DELETE, { key: s.key, v: 1 }, tokens.member);
    expect((await t.data(`query($k: String!) { entity(key: $k) { key } }`, { k: s.key })).entity).toBeNull();
    const hits = await t.data(`query($q: String!) { search(query: $q, first: 100) { edges { node { key } } } }`, { q: s.label });
    expect(nodes(hits.search).map((x) => x.key)).not.toContain(s.key);
    const revision = await t.db.prisma.revision.findFirstOrThrow({ where: { entityId: s.key, action: "CREATE" } });
    const back = await t.data(`mutation($r: String!) { restoreRevision(revisionId: $r, expectedVersion: 2) { entity { key } userErrors { message } } }`, { r: revision.id }, tokens.editor);
    expect(back.restoreRevision.entity.key).toBe(s.key);
  });
});

describe("links, search and the graph", () => {
  it("links a person to a new session and sees it in search and in the graph at once", async () => {
    const s = await newSession(tokens.member);
    const link = await t.data(`mutation($input: CreateLinkInput!) { createLink(input: $input) { link { linkId version type roleName } userErrors { path message } } }`, {
      input: { type: "PARTICIPATION", from: "laurence-kwark", to: s.key, role: "speaker", sources: SOURCE },
    }, tokens.member);
    expect(link.createLink.userErrors).toEqual([]);
    const hits = await t.data(`query($q: String!) { search(query: $q, types: [SESSION]) { edges { node { key } } } }`, { q: s.label });
    expect(nodes(hits.search).map((x) => x.key)).toContain(s.key);
    const path = await t.data(`query($k: ID!) { path(from: "laurence-kwark", to: $k, maxLength: 1) { sentence } }`, { k: s.key });
    expect(path.path[0].sentence).toBe(`Laurence Kwark spoke at ${s.label}`);
    // Wrong ends and roles are named.
    const bad = await t.data(`mutation($input: CreateLinkInput!) { createLink(input: $input) { userErrors { path message } } }`, {
      input: { type: "PARTICIPATION", from: s.key, to: "laurence-kwark", role: "juggler", sources: SOURCE },
    }, tokens.member);
    const paths = bad.createLink.userErrors.map((e: any) => e.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["role", "from", "to"]));
    // Delete it again: stale versions refused, the current one accepted.
    const { linkId, version } = link.createLink.link;
    expect((await t.data(`mutation($id: String!) { deleteLink(id: $id, expectedVersion: 99) { userErrors { code } } }`, { id: linkId }, tokens.member)).deleteLink.userErrors[0].code).toBe("STALE");
    expect((await t.data(`mutation($id: String!, $v: Int!) { deleteLink(id: $id, expectedVersion: $v) { userErrors { code } } }`, { id: linkId, v: version }, tokens.member)).deleteLink.userErrors).toEqual([]);
  });
});

describe("merging duplicates", () => {
  it("finds a duplicate by name key and merges it, keeping links, aliases, sources and both histories", async () => {
    const { createPerson } = await t.data(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { entity { key version } userErrors { message } } }`, {
      input: { name: "Mr. KWARK Laurence", sources: SOURCE },
    }, tokens.member);
    const dup = createPerson.entity;
    const s = await newSession(tokens.member);
    await t.data(`mutation($input: CreateLinkInput!) { createLink(input: $input) { userErrors { message } } }`, { input: { type: "PARTICIPATION", from: dup.key, to: s.key, role: "moderator", sources: SOURCE } }, tokens.member);
    const { duplicateCandidates } = await t.data(`{ duplicateCandidates(kinds: [PERSON]) { first { key } second { key } names } }`, {}, tokens.editor);
    const pair = duplicateCandidates.find((c: any) => [c.first.key, c.second.key].includes(dup.key));
    expect(pair).toBeDefined();
    expect([pair.first.key, pair.second.key]).toContain("laurence-kwark");

    const keep = (await t.data(`{ entity(key: "laurence-kwark") { version connectionCount } }`)).entity;
    const dupVersion = (await t.data(`query($k: String!) { entity(key: $k) { version } }`, { k: dup.key })).entity.version;
    const merged = await t.data(`mutation($r: ID!, $kv: Int!, $rv: Int!) { mergeEntities(keep: "laurence-kwark", keepVersion: $kv, remove: $r, removeVersion: $rv) { entity { key connectionCount aliases { edges { node { name } } } history(first: 50) { edges { node { action entityKey } } } ... on Person { participations { edges { node { role session { key } } } } } } userErrors { message } } }`, {
      r: dup.key, kv: keep.version, rv: dupVersion,
    }, tokens.editor);
    const survivor = merged.mergeEntities.entity;
    expect(merged.mergeEntities.userErrors).toEqual([]);
    expect(nodes(survivor.participations).some((p: any) => p.session.key === s.key && p.role === "MODERATOR")).toBe(true);
    expect(survivor.connectionCount).toBe(keep.connectionCount + 1);
    expect(nodes(survivor.aliases).map((a) => a.name)).toContain("Mr. KWARK Laurence");
    const historyKeys = new Set(nodes(survivor.history).map((r) => r.entityKey));
    expect(historyKeys).toEqual(new Set(["laurence-kwark", dup.key]));
    expect((await t.data(`query($k: String!) { entity(key: $k) { key } }`, { k: dup.key })).entity).toBeNull();
    const row = await t.db.prisma.entity.findUniqueOrThrow({ where: { id: dup.key } });
    expect(row.mergedIntoId).toBe("laurence-kwark");
  });
});
