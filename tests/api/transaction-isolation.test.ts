// Requests that run while another request's transaction is open (an import, a merge) must
// neither see its uncommitted rows nor be swept into it: on SQLite the Prisma adapter shares one
// connection, so this held only once Agora kept transactions to themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { copyOfBaseDb, ENGINE, type TestDb } from "../setup/test-db.ts";

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb();
});
afterAll(() => db.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a transaction in progress", () => {
  it("is invisible to other readers, and a write outside it survives its rollback", async () => {
    const p = db.prisma;
    const city = await p.entity.findFirstOrThrow({ where: { kind: "CITY" }, orderBy: { id: "asc" } });
    const person = await p.entity.findFirstOrThrow({ where: { kind: "PERSON" }, orderBy: { id: "asc" } });
    let inside = "";
    const failing = p
      .$transaction(async (tx) => {
        await tx.entity.update({ where: { id: city.id }, data: { label: "Uncommitted name" } });
        inside = (await tx.entity.findUniqueOrThrow({ where: { id: city.id } })).label;
        await pause(300);
        throw new Error("the import found a bad row");
      })
      .catch((error: Error) => error.message);

    await pause(50);
    const seenOutside = (await p.entity.findUniqueOrThrow({ where: { id: city.id } })).label;
    await p.entity.update({ where: { id: person.id }, data: { description: "Written by another request" } });

    expect(await failing).toBe("the import found a bad row");
    expect(inside).toBe("Uncommitted name");
    expect(seenOutside).toBe(city.label);
    expect((await p.entity.findUniqueOrThrow({ where: { id: city.id } })).label).toBe(city.label);
    expect((await p.entity.findUniqueOrThrow({ where: { id: person.id } })).description).toBe("Written by another request");
  });

  it("loses no increment when transactions and single writes interleave with failing transactions", async () => {
    const p = db.prisma;
    const target = await p.entity.findFirstOrThrow({ where: { kind: "THEME" }, orderBy: { id: "asc" } });
    const start = target.version;
    const work = Array.from({ length: 24 }, (_, i) => {
      if (i % 3 === 0) return p.entity.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
      return p
        .$transaction(async (tx) => {
          await tx.entity.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
          await pause(5);
          if (i % 3 === 2) throw new Error("rolled back on purpose");
        })
        .catch(() => undefined);
    });
    await Promise.all(work);
    // 8 single writes and 8 committed transactions; the 8 rolled back take nothing else with them.
    expect((await p.entity.findUniqueOrThrow({ where: { id: target.id } })).version).toBe(start + 16);
  });
});

describe.runIf(ENGINE === "sqlite")("another process holding SQLite's write lock", () => {
  it("makes a write wait without stopping the event loop, then lets it through", async () => {
    const other = new Database(db.target.url.replace(/^file:/, ""));
    const person = await db.prisma.entity.findFirstOrThrow({ where: { kind: "PERSON" }, orderBy: { id: "desc" } });
    other.prepare("BEGIN IMMEDIATE").run();
    try {
      // Prisma's promises are lazy: then() sends the write now.
      const write = db.prisma.entity.update({ where: { id: person.id }, data: { description: "Waited for the lock" } }).then((row) => row);
      await pause(5);
      // Timers and reads keep going while the write waits (a synchronous busy handler would block them).
      const started = performance.now();
      await pause(20);
      const timerLate = performance.now() - started - 20;
      const read = await db.prisma.entity.count();
      await pause(300);
      other.prepare("COMMIT").run();
      await write;
      expect(timerLate).toBeLessThan(200);
      expect(read).toBeGreaterThan(0);
      expect((await db.prisma.entity.findUniqueOrThrow({ where: { id: person.id } })).description).toBe("Waited for the lock");
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
    }
  });
});
