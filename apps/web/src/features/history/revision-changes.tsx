// The fields one revision changed, before and after. Texts show the words that changed (struck
// out, underlined: not by colour alone); lists and other values show whole.
import { humanize } from "../../lib/humanize.ts";
import { diffWords } from "./word-diff.ts";

export interface FieldChangeData {
  field: string;
  before?: string | null;
  after?: string | null;
}

// Revisions store database columns (detail.cityId, detail.url...): their names for readers.
const COLUMN_NAMES: Record<string, string> = { label: "Name or title", url: "Link", parentId: "Part of / broader", cityId: "City", countryId: "Country", kind: "Type", source: "From", target: "To" };

/** `detail.startDate` → "Start date"; `detail.cityId` → "City". */
export function fieldName(field: string): string {
  const last = field.replace(/^detail\./, "");
  return COLUMN_NAMES[last] ?? humanize(last.replace(/\./g, " ").replace(/([a-z])([A-Z])/g, "$1_$2"));
}

const parse = (json: string | null | undefined): unknown => {
  if (json == null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    return value.map((item) => (item && typeof item === "object" && "name" in item ? `${(item as { name: string }).name}${"kind" in item ? ` (${humanize(String((item as { kind: string }).kind))})` : ""}` : show(item))).join("; ");
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const NONE = <span className="meta">(none)</span>;

function Diff({ before, after }: { before: string; after: string }) {
  if (!before || !after) {
    return (
      <>
        <td>{before ? <del>{before}</del> : NONE}</td>
        <td>{after ? <ins>{after}</ins> : NONE}</td>
      </>
    );
  }
  const parts = diffWords(before, after);
  return (
    <>
      <td>{parts.filter((p) => p.change !== "added").map((p, i) => (p.change === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}</td>
      <td>{parts.filter((p) => p.change !== "removed").map((p, i) => (p.change === "added" ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}</td>
    </>
  );
}

// The entity's (or link's) identity never changes after it is made, `label` repeats the name or
// title it is made of, and "not deleted" is what every new entity is: rows that tell nothing.
const SILENT = new Set(["key", "kind", "id", "type"]);

/** The changes worth a row: without identity fields, nothing-to-nothing rows, or repeats. */
export function visibleChanges(changes: readonly FieldChangeData[]): FieldChangeData[] {
  const shown = changes.filter((change) => {
    if (SILENT.has(change.field)) return false;
    if (change.field === "deleted" && change.before == null) return false;
    return show(parse(change.before)) !== "" || show(parse(change.after)) !== "";
  });
  return shown.filter(
    (change) => change.field !== "label" || !shown.some((other) => other !== change && other.before === change.before && other.after === change.after),
  );
}

export function RevisionChanges({ changes: all, caption }: { changes: readonly FieldChangeData[]; caption: string }) {
  const changes = visibleChanges(all);
  if (changes.length === 0) return <p className="meta">No field changed.</p>;
  return (
    <div className="table-scroll">
      <table className="diff">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const before = show(parse(change.before));
            const after = show(parse(change.after));
            return (
              <tr key={change.field}>
                <th scope="row">{fieldName(change.field)}</th>
                {typeof parse(change.before) === "string" && typeof parse(change.after) === "string" ? (
                  <Diff before={before} after={after} />
                ) : (
                  <>
                    <td>{before ? <del>{before}</del> : NONE}</td>
                    <td>{after ? <ins>{after}</ins> : NONE}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
