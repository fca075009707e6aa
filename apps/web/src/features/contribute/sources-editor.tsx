// Provenance for what a contributor adds: each fact cites a source — one Agora already holds, by
// its key, or a new one described here — and the passage of it that states the fact, verbatim.
import { Field } from "../../lib/form-field.tsx";
import type { FieldErrors } from "../../lib/user-errors.ts";
import { emptySource, type SourceDraft } from "./entity-draft.ts";
import { fieldId } from "./field-control.tsx";
import { SourceFinder } from "./source-finder.tsx";

export interface KnownSource {
  key: string;
  title: string;
}

export function SourcesEditor({
  sources,
  errors,
  onChange,
  known,
  required,
  legend = "Sources",
  intro,
}: {
  sources: readonly SourceDraft[];
  errors: FieldErrors;
  onChange: (sources: SourceDraft[]) => void;
  /** Sources worth offering by key (those already cited on this page). */
  known: readonly KnownSource[];
  required: boolean;
  legend?: string;
  intro: string;
}) {
  const update = (index: number, patch: Partial<SourceDraft>) => onChange(sources.map((source, i) => (i === index ? { ...source, ...patch } : source)));
  const listId = "known-sources";
  const offered = [...new Map(known.map((source) => [source.key, source])).values()];
  return (
    <fieldset className="form-section" id={fieldId("sources")}>
      <legend>
        {legend}
        {required ? <span className="required"> (at least one)</span> : null}
      </legend>
      <p className="hint">{intro}</p>
      {(errors["sources"] ?? []).map((message, index) => (
        <p key={index} className="field-errors">
          {message}
        </p>
      ))}
      <datalist id={listId}>
        {offered.map((source) => (
          <option key={source.key} value={source.key}>
            {source.title}
          </option>
        ))}
      </datalist>
      <ol className="row-list">
        {sources.map((source, index) => {
          const at = `sources.${index}`;
          return (
            <li key={index} className="source-item">
              <fieldset className="plain" id={fieldId(at)}>
                <legend>Source {index + 1}</legend>
                {(errors[at] ?? []).map((message, i) => (
                  <p key={i} className="field-errors">
                    {message}
                  </p>
                ))}
                <div className="choice-row" role="radiogroup" aria-label={`Source ${index + 1}: which source`}>
                  <label className="inline">
                    <input type="radio" name={`${at}-mode`} checked={source.mode === "existing"} onChange={() => update(index, { mode: "existing" })} />
                    A source in Agora
                  </label>
                  <label className="inline">
                    <input type="radio" name={`${at}-mode`} checked={source.mode === "new"} onChange={() => update(index, { mode: "new" })} />
                    A new source
                  </label>
                </div>
                {source.mode === "existing" ? (
                  <>
                    <Field
                      id={fieldId(`${at}.source`)}
                      label="Source key"
                      hint={offered.length ? `The key of a source Agora holds, e.g. ${offered[0]!.key} (${offered[0]!.title}).` : "The key of a source Agora holds, e.g. gsef-knowledge-exchange."}
                      errors={errors[`${at}.source`]}
                    >
                      {(props) => <input {...props} type="text" list={listId} autoComplete="off" value={source.source} onChange={(event) => update(index, { source: event.target.value })} />}
                    </Field>
                    <SourceFinder label={`Source ${index + 1}`} onPick={(key) => update(index, { source: key })} />
                  </>
                ) : (
                  <>
                    <Field id={fieldId(`${at}.newSource.title`)} label="Title of the document" errors={errors[`${at}.newSource.title`]} required>
                      {(props) => <input {...props} type="text" value={source.title} onChange={(event) => update(index, { title: event.target.value })} />}
                    </Field>
                    <Field id={fieldId(`${at}.newSource.url`)} label="Web address" errors={errors[`${at}.newSource.url`]}>
                      {(props) => <input {...props} type="url" placeholder="https://" value={source.url} onChange={(event) => update(index, { url: event.target.value })} />}
                    </Field>
                    <Field id={fieldId(`${at}.newSource.publisher`)} label="Publisher" errors={errors[`${at}.newSource.publisher`]}>
                      {(props) => <input {...props} type="text" value={source.publisher} onChange={(event) => update(index, { publisher: event.target.value })} />}
                    </Field>
                  </>
                )}
                <Field
                  id={fieldId(`${at}.passage`)}
                  label="Passage"
                  hint="The source’s words that state this, copied exactly."
                  errors={errors[`${at}.passage`]}
                >
                  {(props) => <textarea {...props} rows={3} value={source.passage} onChange={(event) => update(index, { passage: event.target.value })} />}
                </Field>
                {sources.length > 1 || !required ? (
                  <button type="button" className="secondary small" onClick={() => onChange(sources.filter((_, i) => i !== index))}>
                    Remove source {index + 1}
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...sources, emptySource()])}>
        Cite another source
      </button>
    </fieldset>
  );
}
