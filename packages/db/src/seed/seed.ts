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

/** The tables in foreign-key order, each with its rows. */
function tables(tx: Tx, rows: DatasetRows) {
  const d = rows.details;
  // Prisma's per-model delegates share no callable type; every row here matches its model.
  type Delegate = {
    createMany(args: { data: object[] }): Promise<unknown>;
    upsert(args: { where: { id: string }; create: object; update: object }): Promise<unknown>;
  };
  const table = (delegate: unknown, list: object[]) => ({ delegate: delegate as Delegate, rows: list as { id: string }[] });
  return [
    table(tx.source, rows.sources.map(sourceRow)),
    table(tx.entity, rows.entities),
    table(tx.country, d.country),
    table(tx.city, d.city),
    table(tx.theme, parentsFirst(d.theme, "parentId")),
    table(tx.organisation, d.organisation),
    table(tx.person, d.person),
    table(tx.session, parentsFirst(d.session, "parentId")),
    table(tx.resource, d.resource),
    table(tx.link, rows.links),
    table(tx.alias, rows.aliases),
    table(tx.figure, rows.figures),
    table(tx.citation, rows.citations),
  ];
}

async function insertAll(tx: Tx, rows: DatasetRows) {
  for (const { delegate, rows: list } of tables(tx, rows)) await delegate.createMany({ data: list });
}

async function upsertAll(tx: Tx, rows: DatasetRows) {
  for (const { delegate, rows: list } of tables(tx, rows)) {
    for (const row of list) await delegate.upsert({ where: { id: row.id }, create: row, update: row });
  }
}
