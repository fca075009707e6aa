// A labelled form control with its hint and errors tied to it (aria-describedby, aria-invalid),
// so a screen reader hears why a field was refused when it lands on it. The errors' space is
// only taken when there are errors: a message appears where the reader is looking anyway.
import { useId, type ReactNode } from "react";

export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
}

export function FieldErrorList({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}

export function Field({
  label,
  hint,
  errors,
  required = false,
  id: givenId,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
  id?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-errors` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={errors?.length ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrorList id={`${id}-errors`} errors={errors} />
      {children({ id, ...(describedBy ? { "aria-describedby": describedBy } : {}), ...(errorId ? { "aria-invalid": true } : {}), required })}
    </div>
  );
}

/**
 * The form's errors at the top, each linking to its field, announced when they appear; `focus`
 * moves there after a refused submit so that keyboard users start from the list.
 */
export function ErrorSummary({ items, title = "Please correct the following" }: { items: readonly { href?: string; message: string }[]; title?: string }) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h2>{title}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item.href ? <a href={item.href}>{item.message}</a> : item.message}</li>
        ))}
      </ul>
    </div>
  );
}

export function focusErrorSummary(): void {
  // After React has drawn it.
  requestAnimationFrame(() => document.getElementById("error-summary")?.focus());
}
