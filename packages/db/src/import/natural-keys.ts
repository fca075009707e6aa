// How an import finds the entity a row or a reference means: by key, else by name key (label,
// alias or an organisation's acronym, ignoring accents, case, honorifics and name order: see
// text/name-key.ts) among the kinds allowed. Read once from the database inside the import's transaction, then kept up to
// date as rows are written, so later rows find what earlier rows created.
import type { EntityKindName } from "../edits/entity-fields.ts";
import { nameKey, nameKeys } from "../text/name-key.ts";

type Tx = any;

export type Resolution = { key: string } | { message: string };

export class NaturalKeys {
  private readonly kindOfKey = new Map<string, EntityKindName>();
  private readonly keysByName = new Map<string, Set<string>>();
  /** Keys and names of rows that had problems, with where they are, to explain references to them. */
  private readonly failedRows = new Map<string, string>();

  static async load(tx: Tx): Promise<NaturalKeys> {
    const index = new NaturalKeys();
    const entities: { id: string; kind: EntityKindName; label: string; aliases: { name: string }[] }[] = await tx.entity.findMany({
      where: { deletedAt: null },
      select: { id: true, kind: true, label: true, aliases: { select: { name: true } } },
    });
    for (const e of entities) index.add(e.kind, e.id, [e.label, ...e.aliases.map((a) => a.name)]);
    const acronyms: { id: string; acronym: string }[] = await tx.organisation.findMany({ where: { acronym: { not: null } }, select: { id: true, acronym: true } });
    for (const o of acronyms) if (index.kindOf(o.id)) index.add("ORGANISATION", o.id, [o.acronym]);
    return index;
  }

  add(kind: EntityKindName, key: string, names: readonly string[]): void {
    this.kindOfKey.set(key, kind);
    for (const name of names) {
      for (const k of nameKeys(name)) {
        const keys = this.keysByName.get(`${kind}|${k}`) ?? new Set<string>();
        keys.add(key);
        this.keysByName.set(`${kind}|${k}`, keys);
      }
    }
  }

  kindOf(key: string): EntityKindName | undefined {
    return this.kindOfKey.get(key);
  }

  /** Live entities of these kinds with a name that has the same name key, by key. */
  named(kinds: readonly EntityKindName[], name: string): string[] {
    const keys = nameKeys(name);
    return [...new Set(kinds.flatMap((kind) => keys.flatMap((k) => [...(this.keysByName.get(`${kind}|${k}`) ?? [])])))].sort();
  }

  markFailed(kind: EntityKindName, key: string | undefined, name: string | undefined, where: string): void {
    if (key) this.failedRows.set(`key|${key}`, where);
    if (name && nameKey(name)) this.failedRows.set(`${kind}|${nameKey(name)}`, where);
  }

  /**
   * The key a reference means. A key of the wrong kind is returned as it is, so the edit's own
   * validation says what kind it is and what was expected.
   */
  resolve(value: string, kinds: readonly EntityKindName[]): Resolution {
    const kind = this.kindOf(value);
    if (kind && kinds.includes(kind)) return { key: value };
    const named = this.named(kinds, value);
    if (named.length === 1) return { key: named[0]! };
    if (named.length > 1) return { message: `"${value}" could be any of ${named.join(", ")}: give the key of the one you mean` };
    if (kind) return { key: value };
    const failed = this.failedRows.get(`key|${value}`) ?? kinds.map((k) => this.failedRows.get(`${k}|${nameKey(value)}`)).find(Boolean);
    if (failed) return { message: `"${value}" is ${failed}, which has problems` };
    return { message: `no ${noun(kinds)} has the key or name "${value}"` };
  }
}

export function noun(kinds: readonly EntityKindName[]): string {
  return kinds.length > 3 ? "entity" : kinds.map((k) => k.toLowerCase()).join(" or ");
}
