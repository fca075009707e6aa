// A heat map that is a real table: headers for screen readers, the count in every cell, the
// shade only repeating it. Each non-empty cell links to those sessions on the timeline.
import { Link } from "wouter";
import type { Continent } from "../../generated/gql/graphql.ts";
import { CONTINENT_LABEL, CONTINENTS } from "../../lib/vocabulary.ts";

export interface CoverageCellData {
  continent?: Continent | null;
  year?: number | null;
  sessions: number;
  theme?: { key: string; name: string } | null;
}

export interface ThemeColumn {
  key: string;
  name: string;
}

/** Five shades of blue; text turns white from the third, keeping 4.5:1 contrast throughout. */
const SHADES = ["#ffffff", "#dbeafe", "#93c5fd", "#2563eb", "#1e3a8a"];

export function shade(count: number, max: number): { background: string; color: string } {
  if (count === 0) return { background: SHADES[0]!, color: "#5a6470" };
  const step = Math.min(4, Math.max(1, Math.ceil((count / Math.max(max, 1)) * 4)));
  return { background: SHADES[step]!, color: step >= 3 ? "#ffffff" : "#1d2327" };
}

/** Sums the cells of the chosen years into continent × theme counts ("" for no place / no theme). */
export function coverageGrid(cells: readonly CoverageCellData[], from: number | null, to: number | null): Map<string, number> {
  const grid = new Map<string, number>();
  for (const cell of cells) {
    if (from != null && (cell.year == null || cell.year < from)) continue;
    if (to != null && (cell.year == null || cell.year > to)) continue;
    const key = `${cell.continent ?? ""}|${cell.theme?.key ?? ""}`;
    grid.set(key, (grid.get(key) ?? 0) + cell.sessions);
  }
  return grid;
}

export function CoverageTable({ cells, themes, from, to }: { cells: readonly CoverageCellData[]; themes: readonly ThemeColumn[]; from: number | null; to: number | null }) {
  const grid = coverageGrid(cells, from, to);
  const hasUnplaced = [...grid.keys()].some((key) => key.startsWith("|"));
  const hasUntagged = [...grid.keys()].some((key) => key.endsWith("|"));
  // Continents across (few), themes down (many): the table fits a phone's width.
  const rows: { key: string; label: string }[] = [...CONTINENTS.map((continent) => ({ key: continent, label: CONTINENT_LABEL[continent] })), ...(hasUnplaced ? [{ key: "", label: "No known place" }] : [])];
  const columns: ThemeColumn[] = [...[...themes].sort((a, b) => a.name.localeCompare(b.name)), ...(hasUntagged ? [{ key: "", name: "No theme" }] : [])];
  const max = Math.max(0, ...grid.values());
  const period = from != null || to != null ? `${from ?? "the start"} to ${to ?? "today"}` : "all years";
  const empty = rows.length * columns.length - [...grid.values()].filter((count) => count > 0).length;

  const timelineLink = (continent: string, theme: string) => {
    const parts = [continent && `continents=${continent}`, theme && `themes=${encodeURIComponent(theme)}`, from != null && `from=${from}`, to != null && `to=${to}`].filter(Boolean);
    return `/timeline?${parts.join("&")}`;
  };

  return (
    <>
      <p className="meta" aria-live="polite">
        {empty} of {rows.length * columns.length} continent × theme cells have no session ({period}).
      </p>
      <ul className="legend" aria-label="Shades">
        <li>
          <span className="swatch swatch-empty" aria-hidden="true" /> none
        </li>
        {[1, 2, 3, 4].map((step) => (
          <li key={step}>
            <span className="swatch" style={{ background: SHADES[step] }} aria-hidden="true" /> {step === 4 ? `up to ${max}` : step === 1 ? "fewest" : ""}
          </li>
        ))}
      </ul>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="coverage-caption">
        <table className="coverage">
          <caption id="coverage-caption">Sessions by top-level theme (rows) and continent (columns), {period}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {rows.map((continent) => (
                <th key={continent.key} scope="col">
                  {continent.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((theme) => (
              <tr key={theme.key}>
                <th scope="row">{theme.name}</th>
                {rows.map((continent) => {
                  const count = grid.get(`${continent.key}|${theme.key}`) ?? 0;
                  const style = shade(count, max);
                  return (
                    <td key={continent.key} style={style} className={count === 0 ? "empty" : undefined}>
                      {count > 0 && continent.key && theme.key ? (
                        <Link href={timelineLink(continent.key, theme.key)} style={{ color: style.color }}>
                          {count}
                        </Link>
                      ) : (
                        count
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
