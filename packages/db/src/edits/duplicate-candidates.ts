// Candidates for merging: live entities of one kind whose names (label or alias) share a name key
// (see text/name-key.ts), for editors to review. Each pair says which names met.
import type { Db } from "../create-db.ts";
import { nameKeys } from "../text/name-key.ts";

export interface DuplicateCandidate {
  kind: string;
  keys: [string, string];
  /** The two names that meet, one of each entity. */
  names: [string, string];
  nameKey: string;
}

export async function duplicateCandidates(db: Db, { kinds, first = 50 }: { kinds?: readonly string[] | null; first?: number } = {}): Promise<DuplicateCandidate[]> {
  const entities = await db.prisma.entity.findMany({
    where: { deletedAt: null, ...(kinds?.length ? { kind: { in: kinds as never } } : {}) },
    select: { id: true, kind: true, label: true, aliases: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const byKey = new Map<string, { id: string; kind: string; name: string }[]>();
  for (const e of entities) {
    for (const name of [e.label, ...e.aliases.map((a) => a.name)]) {
      for (const k of nameKeys(name)) {
        const key = `${e.kind}|${k}`;
        const list = byKey.get(key) ?? [];
        if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, kind: e.kind, name });
        byKey.set(key, list);
      }
    }
  }
  const pairs = new Map<string, DuplicateCandidate>();
  for (const [key, list] of byKey) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const pair = `${list[a]!.id}|${list[b]!.id}`;
        if (!pairs.has(pair)) {
          pairs.set(pair, { kind: list[a]!.kind, keys: [list[a]!.id, list[b]!.id], names: [list[a]!.name, list[b]!.name], nameKey: key.split("|")[1]! });
        }
      }
    }
  }
  return [...pairs.values()].slice(0, first);
}
