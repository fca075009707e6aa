// Which kind of row a file holds and in which format, from what the person said (--kind, the
// upload form) or else from the file's name: `sessions.csv`, `2025-people.csv`, `people-bulk.csv`,
// `links.csv`.
import type { EntityKindName } from "../edits/entity-fields.ts";
import { ImportFormatError, type ImportFile, type ImportFormat } from "./import-types.ts";

export type RowKind = EntityKindName | "LINK";

const NAMES: Record<string, RowKind> = {
  person: "PERSON",
  persons: "PERSON",
  people: "PERSON",
  country: "COUNTRY",
  countries: "COUNTRY",
  city: "CITY",
  cities: "CITY",
  organisation: "ORGANISATION",
  organisations: "ORGANISATION",
  organization: "ORGANISATION",
  organizations: "ORGANISATION",
  session: "SESSION",
  sessions: "SESSION",
  resource: "RESOURCE",
  resources: "RESOURCE",
  theme: "THEME",
  themes: "THEME",
  link: "LINK",
  links: "LINK",
};

/** The file names a CSV may have, for messages. */
export const CSV_FILE_NAMES = "people.csv, countries.csv, cities.csv, organisations.csv, sessions.csv, resources.csv, themes.csv or links.csv";

/** A kind as a person may write it: `SESSION`, `session`, `sessions`, `links`; null when none. */
export function parseRowKind(value: string): RowKind | null {
  const word = value.trim().toLowerCase();
  return NAMES[word] ?? (Object.values(NAMES).includes(word.toUpperCase() as RowKind) ? (word.toUpperCase() as RowKind) : null);
}

export function kindFromFileName(name: string): RowKind | null {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "").toLowerCase();
  const words = base.split(/[-_. ]/);
  return NAMES[base] ?? NAMES[words.at(-1)!] ?? NAMES[words[0]!] ?? null;
}

export function formatOf(file: ImportFile): ImportFormat {
  if (file.format) return file.format;
  const extension = /\.([^.\\/]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension === "csv") return "CSV";
  if (extension === "json") return "JSON";
  throw new ImportFormatError(`${file.name}: cannot tell the format: name it .csv or .json`);
}

export function csvKind(file: ImportFile): RowKind {
  const kind = file.kind ?? kindFromFileName(file.name);
  if (!kind) throw new ImportFormatError(`${file.name}: cannot tell what the file holds: name it ${CSV_FILE_NAMES}, or give the kind`);
  return kind;
}
