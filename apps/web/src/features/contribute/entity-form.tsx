// The form to add or change an entity of any kind, drawn from the field table: the kind's own
// fields, a description, other names, sources and a reason for the history. Every error — found
// here or by the API — shows beside its field and in a summary at the top that links to it.
import type { FormEvent, ReactNode } from "react";
import type { EntityKind } from "../../generated/gql/graphql.ts";
import { ErrorSummary, Field } from "../../lib/form-field.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import type { FieldErrors } from "../../lib/user-errors.ts";
import { AliasesEditor } from "./aliases-editor.tsx";
import type { EntityDraft } from "./entity-draft.ts";
import { ENTITY_FORM_FIELDS } from "./entity-fields.ts";
import { FieldControl, fieldId } from "./field-control.tsx";
import { SourcesEditor, type KnownSource } from "./sources-editor.tsx";

const COMMON_LABELS: Record<string, string> = { description: "Description", key: "Key", aliases: "Other names", sources: "Sources", reason: "Reason" };

/** "Title", "Source 1, passage", "Other name 2": where an error is, in the form's words. */
export function labelOf(kind: EntityKind, path: string): string {
  const [head, index, ...rest] = path.split(".");
  if (!head) return "";
  const field = ENTITY_FORM_FIELDS[kind].find((candidate) => candidate.name === head);
  if (field) return field.label;
  if (head === "sources" && index !== undefined) return `Source ${Number(index) + 1}${rest.length ? `, ${rest[rest.length - 1] === "source" ? "key" : rest[rest.length - 1]}` : ""}`;
  if (head === "aliases" && index !== undefined) return `Other name ${Number(index) + 1}${rest[0] === "kind" ? ", kind" : ""}`;
  return COMMON_LABELS[head] ?? head;
}

/** Paths the form can show an error beside; the rest go to the summary only. */
export function isFormPath(kind: EntityKind, path: string): boolean {
  const head = path.split(".")[0]!;
  return head in COMMON_LABELS || ENTITY_FORM_FIELDS[kind].some((field) => field.name === head);
}

export function EntityForm({
  kind,
  mode,
  draft,
  errors,
  onChange,
  onSubmit,
  submitting,
  submitLabel,
  knownSources = [],
  before,
}: {
  kind: EntityKind;
  mode: "create" | "edit";
  draft: EntityDraft;
  errors: FieldErrors;
  onChange: (draft: EntityDraft) => void;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  knownSources?: readonly KnownSource[];
  /** Notices above the form (changed by someone else, not allowed...). */
  before?: ReactNode;
}) {
  const fields = ENTITY_FORM_FIELDS[kind];
  const [labelField, ...otherFields] = fields;
  // The table's `section`s: the first group (without one) goes under "About".
  const groups: { legend: string | null; fields: typeof fields }[] = [{ legend: null, fields: [] }];
  for (const field of otherFields) {
    if (field.section) groups.push({ legend: field.section, fields: [] });
    groups[groups.length - 1]!.fields.push(field);
  }
  const setField = (name: string) => (value: string) => onChange({ ...draft, fields: { ...draft.fields, [name]: value } });
  const summary = Object.entries(errors).flatMap(([path, messages]) =>
    messages.map((message) => (path ? { href: `#${fieldId(path)}`, message: `${labelOf(kind, path)}: ${message}` } : { message })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const one = KIND_LABEL[kind].one.toLowerCase();

  return (
    <>
      {before}
      <ErrorSummary items={summary} title={summary.length === 1 ? "Please correct this" : `Please correct these ${summary.length} things`} />
      <form className="form entity-form" onSubmit={submit} noValidate aria-busy={submitting}>
        <fieldset className="form-section">
          <legend>About the {one}</legend>
          {labelField ? <FieldControl field={labelField} value={draft.fields[labelField.name] ?? ""} errors={errors[labelField.name]} onChange={setField(labelField.name)} /> : null}
          <Field id={fieldId("description")} label="Description" hint="One or two sentences, in your words." errors={errors["description"]}>
            {(props) => <textarea {...props} rows={3} value={draft.description} onChange={(event) => onChange({ ...draft, description: event.target.value })} />}
          </Field>
          {groups[0]!.fields.map((field) => (
            <FieldControl key={field.name} field={field} value={draft.fields[field.name] ?? ""} errors={errors[field.name]} onChange={setField(field.name)} />
          ))}
          {mode === "create" ? (
            <Field id={fieldId("key")} label="Key" hint="The last part of its web address. Leave empty to make it from the name." errors={errors["key"]}>
              {(props) => <input {...props} type="text" autoCapitalize="off" spellCheck={false} value={draft.key} onChange={(event) => onChange({ ...draft, key: event.target.value })} />}
            </Field>
          ) : null}
        </fieldset>
        {groups.slice(1).map((group) => (
          <fieldset key={group.legend} className="form-section">
            <legend>{group.legend}</legend>
            {group.fields.map((field) => (
              <FieldControl key={field.name} field={field} value={draft.fields[field.name] ?? ""} errors={errors[field.name]} onChange={setField(field.name)} />
            ))}
          </fieldset>
        ))}
        <AliasesEditor aliases={draft.aliases} errors={errors} onChange={(aliases) => onChange({ ...draft, aliases })} />
        <SourcesEditor
          sources={draft.sources}
          errors={errors}
          known={knownSources}
          required={mode === "create"}
          onChange={(sources) => onChange({ ...draft, sources })}
          intro={
            mode === "create"
              ? "Where does this come from? Cite the document and quote the passage that states it."
              : "Cite the source of what you change. The sources already cited stay."
          }
        />
        <Field id={fieldId("reason")} label="Reason" hint="Why, for the history (optional)." errors={errors["reason"]}>
          {(props) => <input {...props} type="text" value={draft.reason} onChange={(event) => onChange({ ...draft, reason: event.target.value })} />}
        </Field>
        <div className="button-row form-actions">
          <button type="submit" disabled={submitting}>
            {submitting ? "Saving…" : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
