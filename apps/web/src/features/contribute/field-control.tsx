// One field of an entity form, drawn by its type in the field table: text, long text, number,
// date, web address, one-per-line list, a choice of the schema's enum values, or an entity.
import { Field } from "../../lib/form-field.tsx";
import { EntityPicker } from "../../lib/entity-picker.tsx";
import { humanize } from "../../lib/humanize.ts";
import { enumValues } from "../../lib/schema-enums.ts";
import type { FieldDef } from "./entity-fields.ts";

export const fieldId = (path: string) => `field-${path.replace(/\./g, "-")}`;

export function FieldControl({ field, value, errors, onChange }: { field: FieldDef; value: string; errors?: readonly string[]; onChange: (value: string) => void }) {
  const id = fieldId(field.name);
  if (field.type === "ref") {
    return (
      <EntityPicker
        id={id}
        label={field.label}
        hint={field.hint}
        errors={errors}
        required={field.required}
        kinds={field.refKinds}
        value={value || null}
        onChange={(entity) => onChange(entity?.key ?? "")}
      />
    );
  }
  return (
    <Field id={id} label={field.label} hint={field.hint} errors={errors} required={field.required}>
      {(props) => {
        const change = (event: { target: { value: string } }) => onChange(event.target.value);
        switch (field.type) {
          case "text":
            return <textarea {...props} rows={5} value={value} onChange={change} />;
          case "lines":
            return <textarea {...props} rows={4} value={value} onChange={change} />;
          case "enum":
            return (
              <select {...props} value={value} onChange={change}>
                <option value="">{field.required ? "Choose…" : "Not known"}</option>
                {enumValues(field.enumName!).map((option) => (
                  <option key={option} value={option}>
                    {humanize(option)}
                  </option>
                ))}
              </select>
            );
          case "int":
          case "float":
            // Text with a numeric keyboard: type="number" would swallow what cannot be parsed
            // instead of letting the form say what is wrong with it.
            return <input {...props} type="text" inputMode={field.type === "int" ? "numeric" : "decimal"} value={value} onChange={change} />;
          case "date":
            return <input {...props} type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={value} onChange={change} />;
          case "url":
            return <input {...props} type="url" placeholder="https://" value={value} onChange={change} />;
          default:
            return <input {...props} type="text" maxLength={field.maxLength ? field.maxLength + 100 : undefined} value={value} onChange={change} />;
        }
      }}
    </Field>
  );
}
