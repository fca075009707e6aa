// Loads the curated dataset into a database, in one transaction: a failure leaves the database
// as it was. Running it again writes the same rows (ids come from natural keys), so the seed is
// idempotent; records the dataset no longer contains are left alone, since members may link to them.
import type { AgoraPrisma } from "../create-db.ts";
import { loadDataset } from "./load-dataset.ts";
import { datasetRows, type DatasetRows } from "./dataset-rows.ts";

export interface SeedResult {
  entities: number;
  links: number;
  citations: number;
  mode: "fresh" | "update";
}

/** Parents before children, so foreign keys hold at every insert. */
function parentsFirst<T extends Record<string, unknown>>(rows: T[], parentKey: string): T[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (r: T) => {
    const id = r.id as string;
    if (placed.has(id)) return;
    placed.add(id);
    const parent = r[parentKey] as string | null;
    const p = parent ? byId.get(parent) : undefined;
    if (p) place(p);
    out.push(r);
  };
  rows.forEach(place);
  return out;
}

type Tx = Omit<AgoraPrisma, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export async function seed(prisma: AgoraPrisma, dataDir?: string): Promise<SeedResult> {
  const rows = datasetRows(loadDataset(dataDir));
  const fresh = (await prisma.entity.count()) === 0;
  await prisma.$transaction(async (tx) => (fresh ? insertAll(tx, rows) : upsertAll(tx, rows)), {
    timeout: 120_000,
    maxWait: 30_000,
  });
  return { entities: rows.entities.length, links: rows.links.length, citations: rows.citations.length, mode: fresh ? "fresh" : "update" };
}

function sourceRow(s: DatasetRows["sources"][number]) {
  return {
    id: s.id,
    title: s.title,
    file: s.file ?? null,
    url: s.url ?? null,
    publisher: s.publisher ?? null,
    language: s.language ?? null,
  };
}

async function insertAll(tx: Tx, rows: DatasetRows) {
  const d = rows.details;
  await tx.source.createMany({ data: rows.sources.map(sourceRow) });
  await tx.entity.createMany({ data: rows.entities });
  await tx.country.createMany({ data: d.country as never });
  await tx.city.createMany({ data: d.city as never });
  await tx.theme.createMany({ data: parentsFirst(d.theme, "parentId") as never });
  await tx.organisation.createMany({ data: d.organisation as never });
  await tx.person.createMany({ data: d.person as never });
  await tx.session.createMany({ data: parentsFirst(d.session, "parentId") as never });
  await tx.resource.createMany({ data: d.resource as never });
  await tx.link.createMany({ data: rows.links });
  await tx.alias.createMany({ data: rows.aliases as never });
  await tx.figure.createMany({ data: rows.figures });
  await tx.citation.createMany({ data: rows.citations });
}

async function upsertAll(tx: Tx, rows: DatasetRows) {
  const d = rows.details;
  const each = async <R extends { id: unknown }>(list: R[], write: (where: { id: string }, row: R) => Promise<unknown>) => {
    for (const row of list) await write({ id: row.id as string }, row);
  };
  await each(rows.sources.map(sourceRow), (where, row) => tx.source.upsert({ where, create: row, update: row }));
  await each(rows.entities, (where, row) => tx.entity.upsert({ where, create: row, update: row }));
  await each(d.country as { id: string }[], (where, row) => tx.country.upsert({ where, create: row as never, update: row as never }));
  await each(d.city as { id: string }[], (where, row) => tx.city.upsert({ where, create: row as never, update: row as never }));
  await each(parentsFirst(d.theme, "parentId") as { id: string }[], (where, row) => tx.theme.upsert({ where, create: row as never, update: row as never }));
  await each(d.organisation as { id: string }[], (where, row) => tx.organisation.upsert({ where, create: row as never, update: row as never }));
  await each(d.person as { id: string }[], (where, row) => tx.person.upsert({ where, create: row as never, update: row as never }));
  await each(parentsFirst(d.session, "parentId") as { id: string }[], (where, row) => tx.session.upsert({ where, create: row as never, update: row as never }));
  await each(d.resource as { id: string }[], (where, row) => tx.resource.upsert({ where, create: row as never, update: row as never }));
  await each(rows.links, (where, row) => tx.link.upsert({ where, create: row, update: row }));
  await each(rows.aliases, (where, row) => tx.alias.upsert({ where, create: row as never, update: row as never }));
  await each(rows.figures, (where, row) => tx.figure.upsert({ where, create: row, update: row }));
  await each(rows.citations, (where, row) => tx.citation.upsert({ where, create: row, update: row }));
}
