// Values as people type them in spreadsheets, turned into what the validator expects: numbers
// from text, enum values in any case ("workshop", "Learning session"), lists split into items.
// Anything that cannot be understood is passed on unchanged, so the validator names the problem.
import { ALIAS_KINDS, type FieldSpec } from "../edits/entity-fields.ts";
import type { AliasInput } from "../edits/validate-entity.ts";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The enum value `raw` means, ignoring case and spaces/hyphens for underscores; else `raw`. */
export function matchEnum(raw: string, values: readonly string[]): string {
  const wanted = raw.trim().replace(/[\s-]+/g, "_").toUpperCase();
  return values.find((v) => v.toUpperCase() === wanted) ?? raw.trim();
}

/** A list cell: one item per line if it has line breaks, else items separated by `;`. */
export function splitList(cell: string): string[] {
  const items = /\r|\n/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(";");
  return items.map((s) => s.trim()).filter(Boolean);
}

export function coerceValue(spec: FieldSpec, raw: unknown): unknown {
  if (raw === null || raw === undefined) return raw;
  switch (spec.type) {
    case "int":
    case "float":
      return typeof raw === "string" && NUMBER.test(raw.trim()) ? Number(raw.trim()) : raw;
    case "enum":
      return typeof raw === "string" ? matchEnum(raw, spec.values) : raw;
    case "lines":
      return typeof raw === "string" ? splitList(raw) : raw;
    case "date":
      // A year typed as a number (JSON `2019`, or a spreadsheet's number cell) is that year.
      return typeof raw === "number" && Number.isInteger(raw) ? String(raw) : typeof raw === "string" ? raw.trim() : raw;
    default:
      return typeof raw === "string" ? raw.trim() : raw;
  }
}

/** `Name|KIND`, the kind optional (a spelling variant when left out). */
export function parseAlias(item: string): AliasInput {
  const bar = item.lastIndexOf("|");
  if (bar < 0) return { name: item.trim(), kind: "SPELLING_VARIANT" };
  return { name: item.slice(0, bar).trim(), kind: matchEnum(item.slice(bar + 1), ALIAS_KINDS) };
}
