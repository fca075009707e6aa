// Other names of an entity: spellings, name orders, acronyms and translations the sources use.
// Searches find an entity by any of them.
import { Field } from "../../lib/form-field.tsx";
import { humanize } from "../../lib/humanize.ts";
import { enumValues } from "../../lib/schema-enums.ts";
import type { FieldErrors } from "../../lib/user-errors.ts";
import type { AliasDraft } from "./entity-draft.ts";
import { fieldId } from "./field-control.tsx";

export function AliasesEditor({ aliases, errors, onChange }: { aliases: readonly AliasDraft[]; errors: FieldErrors; onChange: (aliases: AliasDraft[]) => void }) {
  const kinds = enumValues("AliasKind");
  const update = (index: number, patch: Partial<AliasDraft>) => onChange(aliases.map((alias, i) => (i === index ? { ...alias, ...patch } : alias)));
  return (
    <fieldset className="form-section" id={fieldId("aliases")}>
      <legend>Other names</legend>
      <p className="hint">Other spellings, name orders, acronyms or translations the sources use. Search finds the entity by each.</p>
      {(errors["aliases"] ?? []).map((message, index) => (
        <p key={index} className="field-errors">
          {message}
        </p>
      ))}
      {aliases.length === 0 ? <p className="meta">No other names.</p> : null}
      <ol className="row-list">
        {aliases.map((alias, index) => (
          <li key={index} className="row-item">
            <Field id={fieldId(`aliases.${index}.name`)} label={`Other name ${index + 1}`} errors={errors[`aliases.${index}.name`]}>
              {(props) => <input {...props} type="text" value={alias.name} onChange={(event) => update(index, { name: event.target.value })} />}
            </Field>
            <Field id={fieldId(`aliases.${index}.kind`)} label="Kind of name" errors={errors[`aliases.${index}.kind`]}>
              {(props) => (
                <select {...props} value={alias.kind} onChange={(event) => update(index, { kind: event.target.value })}>
                  <option value="">Choose…</option>
                  {kinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {humanize(kind)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="secondary small" onClick={() => onChange(aliases.filter((_, i) => i !== index))}>
              Remove<span className="visually-hidden"> other name {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...aliases, { name: "", kind: "SPELLING_VARIANT" }])}>
        Add another name
      </button>
    </fieldset>
  );
}
