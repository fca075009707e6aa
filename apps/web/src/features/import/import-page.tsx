// `/contribute/import`: a CSV or JSON file, read in the browser and sent as text. It is checked
// first (a dry run that writes nothing and lists every problem); only a file that checked clean
// can then be imported, all of it or nothing.
import { useState, type ChangeEvent } from "react";
import { Link } from "wouter";
import { useMutation } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { EntityKind, ImportFormat } from "../../generated/gql/graphql.ts";
import { Field } from "../../lib/form-field.tsx";
import { Loading } from "../../lib/query-state.tsx";
import { SignInRequired } from "../../lib/sign-in-required.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useViewer } from "../../lib/viewer.tsx";
import { ENTITY_KINDS, KIND_LABEL } from "../../lib/vocabulary.ts";
import { ImportReport } from "./import-report.tsx";

const ImportDataMutation = graphql(`
  mutation ImportData($format: ImportFormat!, $kind: EntityKind, $fileName: String, $content: String!, $dryRun: Boolean) {
    importData(format: $format, kind: $kind, fileName: $fileName, content: $content, dryRun: $dryRun) {
      dryRun
      written
      problems {
        file
      }
      ...ImportReport_Report
    }
  }
`);

/** The API's limit (MAX_IMPORT_BYTES): bigger files go through `pnpm agora import`. */
const MAX_BYTES = 5 * 1024 * 1024;

const TEMPLATES = [
  { file: "sessions.csv", what: "sessions" },
  { file: "people.csv", what: "people" },
  { file: "organisations.csv", what: "organisations" },
  { file: "links.csv", what: "links between them" },
  { file: "import.json", what: "entities of every kind and links, in JSON" },
];

interface Chosen {
  name: string;
  content: string;
  bytes: number;
}

const formatOf = (name: string): ImportFormat | null => (/\.json$/i.test(name) ? "JSON" : /\.csv$/i.test(name) ? "CSV" : null);

export function ImportPage() {
  useDocumentTitle("Import a file");
  const { signedIn, loading } = useViewer();
  return (
    <div className="page">
      <p className="eyebrow">
        <Link href="/contribute">Contribute</Link>
      </p>
      <h1>Import a file</h1>
      <p className="lead">
        Add or update many entities and links at once from a CSV or JSON file. Every row is checked first; if any row has a problem,
        nothing is written. Importing the same file again changes nothing.
      </p>
      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">Templates</h2>
        <p>Start from a template: each column is a field of the add forms, and every row cites its source and passage.</p>
        <ul>
          {TEMPLATES.map((template) => (
            <li key={template.file}>
              <a href={`/templates/import/${template.file}`} download>
                {template.file}
              </a>{" "}
              — {template.what}
            </li>
          ))}
        </ul>
        <p className="meta">
          CSV files are named after what they hold (<code>sessions.csv</code>, <code>people.csv</code>…); lists in a cell are separated by{" "}
          <code>;</code>, an alias is <code>name|KIND</code>; other entities are named by key or by name.
        </p>
      </section>
      {loading ? <Loading what="Checking your sign-in" lines={4} /> : signedIn ? <ImportForm /> : <SignInRequired to="import a file" />}
    </div>
  );
}

function ImportForm() {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [format, setFormat] = useState<ImportFormat | "">("");
  const [kind, setKind] = useState<EntityKind | "">("");
  const [{ data, fetching, error }, importData] = useMutation(ImportDataMutation);
  const [dryRunning, setDryRunning] = useState(true);
  const [checked, setChecked] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChecked(null);
    setFileError(null);
    setChosen(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; an upload takes at most 5 MB. Split it, or ask an operator to run pnpm agora import.`);
      return;
    }
    setReading(true);
    try {
      setChosen({ name: file.name, content: await file.text(), bytes: file.size });
      setFormat(formatOf(file.name) ?? "");
    } catch {
      setFileError("The file could not be read.");
    } finally {
      setReading(false);
    }
  };

  const run = async (dryRun: boolean) => {
    if (!chosen || !format) return;
    setDryRunning(dryRun);
    const result = await importData({ format, kind: kind || null, fileName: chosen.name, content: chosen.content, dryRun });
    if (dryRun && result.data?.importData) setChecked(result.data.importData.problems.length === 0 ? chosen.content : null);
    if (!dryRun && result.data?.importData.written) setChecked(null);
  };

  const report = data?.importData;
  const lastWasDryRun = dryRunning;
  const canImport = !!chosen && checked === chosen.content && !fetching;
  const refusal = error?.graphQLErrors[0]?.message ?? (error?.networkError ? "The server could not be reached; try again." : null);

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Your file</h2>
      <form className="form" onSubmit={(event) => event.preventDefault()} noValidate>
        <Field id="import-file" label="CSV or JSON file" hint="At most 5 MB, UTF-8." errors={fileError ? [fileError] : undefined}>
          {(props) => <input {...props} type="file" accept=".csv,.json,text/csv,application/json" onChange={choose} />}
        </Field>
        <p className="meta file-status" aria-live="polite">
          {reading ? "Reading the file…" : chosen ? `${chosen.name}, ${chosen.bytes < 1024 ? `${chosen.bytes} bytes` : `${(chosen.bytes / 1024).toFixed(1)} KB`}` : "No file chosen yet."}
        </p>
        <div className="field-row">
          <Field id="import-format" label="Format" errors={chosen && !format ? ["Choose the file’s format."] : undefined}>
            {(props) => (
              <select {...props} value={format} onChange={(event) => setFormat(event.target.value as ImportFormat | "")}>
                <option value="">Choose…</option>
                <option value="CSV">CSV</option>
                <option value="JSON">JSON</option>
              </select>
            )}
          </Field>
          <Field id="import-kind" label="What it holds" hint="For a CSV file not named after its kind (sessions.csv…); the default kind of JSON entities.">
            {(props) => (
              <select {...props} value={kind} onChange={(event) => setKind(event.target.value as EntityKind | "")}>
                <option value="">As the file name says</option>
                {ENTITY_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {KIND_LABEL[option].many}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="button-row">
          <button type="button" disabled={!chosen || !format || fetching} onClick={() => run(true)}>
            {fetching && lastWasDryRun ? "Checking…" : "Check the file"}
          </button>
          <button type="button" className="secondary" disabled={!canImport} aria-describedby="import-why" onClick={() => run(false)}>
            {fetching && !lastWasDryRun ? "Importing…" : "Import"}
          </button>
        </div>
        <p id="import-why" className="hint">
          {!chosen ? "Choose a file, then check it." : canImport ? "The file checked clean: import it." : "Check the file first; only a file without problems can be imported."}
        </p>
      </form>
      {refusal ? (
        <p className="status status-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div aria-live="polite">{report && !fetching ? <ImportReport report={report} /> : fetching ? <Loading what={lastWasDryRun ? "Checking the file" : "Importing"} lines={5} /> : null}</div>
    </section>
  );
}
