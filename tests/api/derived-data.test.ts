// Data the database keeps for itself with triggers, whoever writes: each entity's degree
// (live links touching it), its date (a session's start date, a resource's date, for the
// dated lists' index) and the data version that tells caches they are stale.
import { afterAll, beforeAll, expect, it } from "vitest";
import { dataVersion } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb();
});
afterAll(() => db.close());

const degreeOf = async (id: string) => (await db.prisma.entity.findUniqueOrThrow({ where: { id } })).degree;
const liveLinksOf = (id: string) =>
  db.prisma.link.count({ where: { deletedAt: null, OR: [{ sourceId: id }, { targetId: id }] } });

it("starts with every degree equal to the live links of the entity", async () => {
  for (const id of ["gsef", "laurence-kwark", "kampala", "capacity-building", "east-africa-training-uganda-2019"]) {
    expect(await degreeOf(id), id).toBe(await liveLinksOf(id));
  }
  const all = await db.prisma.entity.findMany({ select: { id: true, degree: true } });
  const total = all.reduce((sum, e) => sum + e.degree, 0);
  // Each link adds one to both of its ends.
  expect(total).toBe(2 * (await db.prisma.link.count({ where: { deletedAt: null } })));
});

it("follows inserts, soft deletes, restores, re-targeting and deletes of links", async () => {
  const [person, session, other] = ["laurence-kwark", "national-training-senegal-2019", "gsef-2013"];
  const before = { person: await degreeOf(person), session: await degreeOf(session), other: await degreeOf(other) };
  const version0 = await dataVersion(db);

  await db.prisma.link.create({ data: { id: "test-link", type: "PARTICIPATION", sourceId: person, targetId: session, role: "speaker" } });
  expect(await degreeOf(person)).toBe(before.person + 1);
  expect(await degreeOf(session)).toBe(before.session + 1);
  const version1 = await dataVersion(db);
  expect(version1).toBeGreaterThan(version0);

  await db.prisma.link.update({ where: { id: "test-link" }, data: { deletedAt: new Date() } });
  expect(await degreeOf(person)).toBe(before.person);
  expect(await degreeOf(session)).toBe(before.session);

  await db.prisma.link.update({ where: { id: "test-link" }, data: { deletedAt: null, targetId: other } });
  expect(await degreeOf(session)).toBe(before.session);
  expect(await degreeOf(other)).toBe(before.other + 1);

  // Editing a live link's role changes no degree.
  await db.prisma.link.update({ where: { id: "test-link" }, data: { role: "moderator" } });
  expect(await degreeOf(person)).toBe(before.person + 1);

  await db.prisma.link.delete({ where: { id: "test-link" } });
  expect(await degreeOf(person)).toBe(before.person);
  expect(await degreeOf(other)).toBe(before.other);
  expect(await dataVersion(db)).toBeGreaterThan(version1);
});

it("bumps the data version on writes to entity details too", async () => {
  const before = await dataVersion(db);
  await db.prisma.session.update({ where: { id: "gsef-2013" }, data: { venue: "Seoul City Hall" } });
  expect(await dataVersion(db)).toBeGreaterThan(before);
});

it("keeps Entity.date equal to each session's start date and each resource's date", async () => {
  const mismatches = async () => {
    const entities = await db.prisma.entity.findMany({
      where: { kind: { in: ["SESSION", "RESOURCE"] } },
      select: { id: true, date: true, session: { select: { startDate: true } }, resource: { select: { date: true } } },
    });
    return entities.filter((e) => e.date !== (e.session?.startDate ?? e.resource?.date ?? null)).map((e) => e.id);
  };
  expect(await mismatches()).toEqual([]);
  expect(await db.prisma.entity.count({ where: { kind: "SESSION", date: { not: null } } })).toBeGreaterThan(0);

  await db.prisma.session.update({ where: { id: "gsef-2013" }, data: { startDate: "2013-11-07" } });
  expect((await db.prisma.entity.findUniqueOrThrow({ where: { id: "gsef-2013" } })).date).toBe("2013-11-07");
  await db.prisma.session.update({ where: { id: "gsef-2013" }, data: { startDate: null } });
  expect((await db.prisma.entity.findUniqueOrThrow({ where: { id: "gsef-2013" } })).date).toBeNull();

  await db.prisma.entity.create({ data: { id: "test-resource", kind: "RESOURCE", label: "Test", sortKey: "test", searchText: "test" } });
  await db.prisma.resource.create({ data: { id: "test-resource", title: "Test", kind: "REPORT", date: "2020-05" } });
  expect((await db.prisma.entity.findUniqueOrThrow({ where: { id: "test-resource" } })).date).toBe("2020-05");
  await db.prisma.resource.update({ where: { id: "test-resource" }, data: { date: "2021" } });
  expect((await db.prisma.entity.findUniqueOrThrow({ where: { id: "test-resource" } })).date).toBe("2021");
  expect(await mismatches()).toEqual([]);
});
