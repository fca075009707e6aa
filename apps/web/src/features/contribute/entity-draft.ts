// An entity form's values as typed (strings, lines, picked keys), and the conversions to and from
// the API: the loaded entity becomes a draft; a draft becomes Create<Kind>Input, or the
// <Kind>Patch of only what differs from what was loaded ("only the fields given change").
import type { EntityKind } from "../../generated/gql/graphql.ts";
import type { FieldErrors } from "../../lib/user-errors.ts";
import { ENTITY_FORM_FIELDS, type FieldDef } from "./entity-fields.ts";

export interface AliasDraft {
  name: string;
  kind: string;
}

export interface SourceDraft {
  /** An Agora source by key, or a new one described here. */
  mode: "existing" | "new";
  source: string;
  title: string;
  url: string;
  publisher: string;
  passage: string;
}

export interface EntityDraft {
  /** Every field of the kind's table, as typed; a ref holds the picked entity's key. */
  fields: Record<string, string>;
  description: string;
  aliases: AliasDraft[];
  sources: SourceDraft[];
  /** The key (slug) of a new entity; empty lets the API make it from the name. */
  key: string;
  reason: string;
}

export const emptySource = (): SourceDraft => ({ mode: "existing", source: "", title: "", url: "", publisher: "", passage: "" });

export function emptyDraft(kind: EntityKind): EntityDraft {
  return {
    fields: Object.fromEntries(ENTITY_FORM_FIELDS[kind].map((field) => [field.name, ""])),
    description: "",
    aliases: [],
    sources: [emptySource()],
    key: "",
    reason: "",
  };
}

function fieldText(field: FieldDef, value: unknown): string {
  if (value == null) return "";
  if (field.type === "ref") return (value as { key?: string }).key ?? "";
  if (field.type === "lines") return (value as string[]).join("\n");
  return String(value);
}

/** A draft of an entity as loaded (the fields named in the kind's table, aliases, description). */
export function draftFromEntity(kind: EntityKind, entity: Record<string, unknown>, aliases: readonly AliasDraft[]): EntityDraft {
  return {
    fields: Object.fromEntries(ENTITY_FORM_FIELDS[kind].map((field) => [field.name, fieldText(field, entity[field.name])])),
    description: typeof entity["description"] === "string" ? entity["description"] : "",
    aliases: aliases.map((alias) => ({ name: alias.name, kind: alias.kind })),
    sources: [],
    key: "",
    reason: "",
  };
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The API value of one field's text; null for an empty field. */
function parse(field: FieldDef, text: string): unknown {
  const value = text.trim();
  if (value === "") return null;
  switch (field.type) {
    case "int":
      return Number.parseInt(value, 10);
    case "float":
      return Number.parseFloat(value);
    case "lines":
      return lines(text);
    default:
      return value;
  }
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function checkField(field: FieldDef, text: string): string | null {
  const value = text.trim();
  if (value === "") return field.required ? `Enter the ${field.label.toLowerCase()}.` : null;
  switch (field.type) {
    case "string":
    case "text":
      return field.maxLength && value.length > field.maxLength ? `Use at most ${field.maxLength} characters (now ${value.length}).` : null;
    case "int":
    case "float": {
      const number = Number(value);
      if (!Number.isFinite(number) || (field.type === "int" && !/^-?\d+$/.test(value))) return field.type === "int" ? "Enter a whole number." : "Enter a number, like 0.3476.";
      if (field.min !== undefined && number < field.min) return `Enter ${field.min} or more.`;
      if (field.max !== undefined && number > field.max) return `Enter ${field.max} or less.`;
      return null;
    }
    case "date":
      return PARTIAL_DATE.test(value) ? null : "Enter a date like 2019, 2019-08 or 2019-08-21.";
    case "url":
      return isWebAddress(value) ? null : "Enter a web address starting with http:// or https://.";
    case "lines":
      return field.maxLength && lines(text).length > field.maxLength ? `Give at most ${field.maxLength} lines.` : null;
    default:
      return null;
  }
}

function checkSources(sources: readonly SourceDraft[], required: boolean, errors: FieldErrors) {
  const filled = sources.filter((source) => !isBlankSource(source));
  if (required && filled.length === 0) errors["sources"] = ["Cite at least one source that states this."];
  sources.forEach((source, index) => {
    if (isBlankSource(source)) return;
    const at = `sources.${index}`;
    if (source.mode === "existing" && !source.source.trim()) errors[`${at}.source`] = ["Enter the source’s key, or describe a new source."];
    if (source.mode === "new") {
      if (!source.title.trim()) errors[`${at}.newSource.title`] = ["Enter the document’s title."];
      if (source.url.trim() && !isWebAddress(source.url.trim())) errors[`${at}.newSource.url`] = ["Enter a web address starting with http:// or https://."];
    }
    if (source.passage.length > 5000) errors[`${at}.passage`] = ["Quote at most 5000 characters."];
  });
}

export const isBlankSource = (source: SourceDraft) =>
  !source.source.trim() && !source.title.trim() && !source.url.trim() && !source.publisher.trim() && !source.passage.trim();

/** What the form can tell before asking the API; the API checks again (and more). */
export function validateDraft(kind: EntityKind, draft: EntityDraft, mode: "create" | "edit"): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ENTITY_FORM_FIELDS[kind]) {
    const message = checkField(field, draft.fields[field.name] ?? "");
    if (message) errors[field.name] = [message];
  }
  const start = draft.fields["startDate"]?.trim();
  const end = draft.fields["endDate"]?.trim();
  // Dates of different precision compare as periods: 2019-08 ends after 2019-08-21 starts.
  if (start && end && !errors["startDate"] && !errors["endDate"] && `${end}~` < start) errors["endDate"] = ["The last day cannot be before the first."];
  if (draft.description.length > 20_000) errors["description"] = ["Use at most 20000 characters."];
  if (mode === "create" && draft.key.trim() && !SLUG.test(draft.key.trim())) errors["key"] = ["Use lower-case letters, digits and hyphens, like east-africa-training-2019."];
  draft.aliases.forEach((alias, index) => {
    if (!alias.name.trim()) errors[`aliases.${index}.name`] = ["Enter the other name, or remove this row."];
    if (!alias.kind) errors[`aliases.${index}.kind`] = ["Choose how this name relates to the main one."];
  });
  checkSources(draft.sources, mode === "create", errors);
  return errors;
}

function citations(sources: readonly SourceDraft[]) {
  return sources
    .filter((source) => !isBlankSource(source))
    .map((source) => ({
      ...(source.mode === "existing"
        ? { source: source.source.trim() }
        : { newSource: { title: source.title.trim(), url: source.url.trim() || null, publisher: source.publisher.trim() || null } }),
      passage: source.passage.trim() || null,
    }));
}

const aliasList = (aliases: readonly AliasDraft[]) => aliases.map((alias) => ({ name: alias.name.trim(), kind: alias.kind }));

export function toCreateInput(kind: EntityKind, draft: EntityDraft): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of ENTITY_FORM_FIELDS[kind]) {
    const value = parse(field, draft.fields[field.name] ?? "");
    if (value !== null) input[field.name] = value;
  }
  if (draft.description.trim()) input["description"] = draft.description.trim();
  if (draft.key.trim()) input["key"] = draft.key.trim();
  if (draft.aliases.length) input["aliases"] = aliasList(draft.aliases);
  input["sources"] = citations(draft.sources);
  return input;
}

const sameAliases = (a: readonly AliasDraft[], b: readonly AliasDraft[]) => JSON.stringify(aliasList(a)) === JSON.stringify(aliasList(b));

/** The names of the fields (as the form labels them) that differ from what was loaded. */
export function changedFields(kind: EntityKind, base: EntityDraft, draft: EntityDraft): string[] {
  const changed = ENTITY_FORM_FIELDS[kind].filter((field) => (draft.fields[field.name] ?? "").trim() !== (base.fields[field.name] ?? "").trim()).map((field) => field.name);
  if (draft.description.trim() !== base.description.trim()) changed.push("description");
  if (!sameAliases(draft.aliases, base.aliases)) changed.push("aliases");
  return changed;
}

export function toPatch(kind: EntityKind, base: EntityDraft, draft: EntityDraft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const changed = new Set(changedFields(kind, base, draft));
  for (const field of ENTITY_FORM_FIELDS[kind]) {
    // null clears an optional field; the API refuses null for a required one and says so.
    if (changed.has(field.name)) patch[field.name] = parse(field, draft.fields[field.name] ?? "");
  }
  if (changed.has("description")) patch["description"] = draft.description.trim() || null;
  if (changed.has("aliases")) patch["aliases"] = aliasList(draft.aliases);
  const cited = citations(draft.sources);
  if (cited.length) patch["sources"] = cited;
  return patch;
}

/**
 * After "reload": the latest version of the entity, with the reader's own changes laid over it,
 * so saving again keeps both theirs and what someone else saved in between.
 */
export function rebase(kind: EntityKind, oldBase: EntityDraft, newBase: EntityDraft, draft: EntityDraft): EntityDraft {
  const changed = new Set(changedFields(kind, oldBase, draft));
  return {
    fields: Object.fromEntries(Object.entries(newBase.fields).map(([name, value]) => [name, changed.has(name) ? (draft.fields[name] ?? "") : value])),
    description: changed.has("description") ? draft.description : newBase.description,
    aliases: changed.has("aliases") ? draft.aliases : newBase.aliases,
    sources: draft.sources,
    key: draft.key,
    reason: draft.reason,
  };
}
