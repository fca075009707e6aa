// The YAML dataset read directly, without Agora's loader: an independent oracle for tests
// that check what the API derives from it (filters, counts, orders).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "./paths.ts";

const read = (name: string): any[] => parse(readFileSync(join(REPO_ROOT, "prisma/data", `${name}.yaml`), "utf8"));

export const raw = {
  sessions: read("sessions"),
  people: read("people"),
  organisations: read("organisations"),
  cities: read("cities"),
  countries: read("countries"),
  resources: read("resources"),
  themes: read("themes"),
};

/** A theme and all the themes beneath it. */
export function themeAndBelow(key: string): Set<string> {
  const found = new Set([key]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of raw.themes) {
      if (t.parent && found.has(t.parent) && !found.has(t.id)) {
        found.add(t.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The country key of a session (given directly or through its city). */
export function sessionCountry(s: any): string | undefined {
  return s.country ?? raw.cities.find((c) => c.id === s.city)?.country;
}

export const continentOf = (countryKey: string | undefined) => raw.countries.find((c) => c.id === countryKey)?.continent;

export const sorted = (keys: Iterable<string>) => [...keys].sort();
