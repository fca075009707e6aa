// Pure helpers: no I/O. A count for a theme includes everything tagged with its sub-themes,
// each entity once, as the theme filters do.

/** The theme and its ancestors, nearest first; stops on a cycle in bad data. */
export function ancestry(themeId: string, parents: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  for (let id: string | null | undefined = themeId; id && !chain.includes(id); id = parents.get(id)) chain.push(id);
  return chain;
}

/** Entities per theme, each entity counted under every theme above its tags too. */
export function rollUpTags(
  tags: readonly { entityId: string; themeId: string }[],
  parents: ReadonlyMap<string, string | null>,
): Map<string, Set<string>> {
  const byTheme = new Map<string, Set<string>>();
  for (const { entityId, themeId } of tags) {
    for (const id of ancestry(themeId, parents)) {
      let set = byTheme.get(id);
      if (!set) byTheme.set(id, (set = new Set()));
      set.add(entityId);
    }
  }
  return byTheme;
}

export interface CoverageRow {
  sessionId: string;
  continent: string | null;
  year: string | null;
  themeId: string | null;
}

export interface CoverageCell {
  continent: string | null;
  themeId: string | null;
  year: number | null;
  sessions: number;
}

/** Sessions per continent × top-level theme × year; each session once per cell. */
export function coverageCells(rows: readonly CoverageRow[], parents: ReadonlyMap<string, string | null>): CoverageCell[] {
  const cells = new Map<string, { cell: Omit<CoverageCell, "sessions">; sessions: Set<string> }>();
  for (const row of rows) {
    const top = row.themeId ? ancestry(row.themeId, parents).at(-1)! : null;
    const year = row.year && /^\d{4}$/.test(row.year) ? Number(row.year) : null;
    const key = JSON.stringify([row.continent, top, year]);
    let entry = cells.get(key);
    if (!entry) cells.set(key, (entry = { cell: { continent: row.continent, themeId: top, year }, sessions: new Set() }));
    entry.sessions.add(row.sessionId);
  }
  return [...cells.values()]
    .map(({ cell, sessions }) => ({ ...cell, sessions: sessions.size }))
    .sort((a, b) => cmp(a.continent, b.continent) || cmp(a.themeId, b.themeId) || cmp(a.year, b.year));
}

const cmp = <T extends string | number>(a: T | null, b: T | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
