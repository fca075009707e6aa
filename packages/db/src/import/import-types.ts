// The shapes a bulk import passes around: the files it is given, the rows read from them (the
// same whatever the format, so one importer serves CSV and JSON), and the report it returns.
import type { CitationInput } from "../edits/citations.ts";
import type { Issue } from "../edits/edit-error.ts";
import type { EntityKindName } from "../edits/entity-fields.ts";
import type { AliasInput } from "../edits/validate-entity.ts";

export type ImportFormat = "CSV" | "JSON";

export interface ImportFile {
  /** Shown in every problem; for CSV it also tells the kind (`sessions.csv`, `links.csv`). */
  name: string;
  /** UTF-8 text, with or without a byte-order mark. */
  content: string;
  /** Default: from the name's extension. */
  format?: ImportFormat;
  /** What a CSV file holds when its name does not say; the default kind of JSON entities. */
  kind?: EntityKindName | "LINK" | null;
}

/** A place in the input: file, 1-based data row (header excluded; 0 is the header or the file as a whole). */
export interface RowPlace {
  file: string;
  row: number;
  /** The column (CSV header as written, or JSON property path) an issue path points at. */
  columnOf(path: readonly string[]): string;
  /** Where a column comes in the file, so that a row's problems are listed left to right. */
  columnRank(column: string): number;
  /** Problems found while reading the row, before any database lookup. */
  issues: Issue[];
}

export interface EntityRow extends RowPlace {
  type: "entity";
  kind: EntityKindName;
  key?: string;
  /** Field values by GraphQL name (see ENTITY_FIELDS); null clears an optional field. */
  fields: Record<string, unknown>;
  description?: string | null;
  aliases?: AliasInput[];
  sources: CitationInput[];
}

export interface LinkRow extends RowPlace {
  type: "link";
  linkType: string;
  from: string;
  to: string;
  role: string;
  /** capacity, startDate, endDate, asOf, note: only those given; null clears. */
  fields: Record<string, string | null>;
  sources: CitationInput[];
}

export type ImportRow = EntityRow | LinkRow;

export interface ImportProblem {
  file: string;
  /** 1-based data row, the header not counted; 0 for the header or the file as a whole. */
  row: number;
  /** The column or property at fault; "" for the row as a whole. */
  column: string;
  message: string;
}

export type ImportAction = "CREATED" | "UPDATED" | "UNCHANGED";

export interface ImportRowOutcome {
  file: string;
  row: number;
  action: ImportAction;
  /** For entity rows: the entity's kind and key. */
  kind?: EntityKindName;
  key?: string;
  /** For link rows: the link's id and the keys of its ends. */
  linkId?: string;
  from?: string;
  to?: string;
  /** The entity's or link's version after the import. */
  version: number;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport extends ImportCounts {
  links: ImportCounts;
  problems: ImportProblem[];
  /** What happened (or, in a dry run or when there are problems, would have happened) to each valid row. */
  rows: ImportRowOutcome[];
  dryRun: boolean;
  /** True only when the import was committed: no problems and not a dry run. */
  written: boolean;
}

/** The input could not be read at all (unparseable CSV or JSON, unknown kind of file): no report. */
export class ImportFormatError extends Error {
  override name = "ImportFormatError";
}
