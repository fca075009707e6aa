// What an import did, or in a dry run would do: counts for entities and links, every problem
// with its file, row and column (so it can be found in a spreadsheet), and each valid row's fate.
import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { entityPath } from "../../lib/entity-path.ts";
import { humanize, plural } from "../../lib/humanize.ts";

export const ImportReport_ReportFragment = graphql(`
  fragment ImportReport_Report on ImportReport {
    dryRun
    written
    created
    updated
    unchanged
    links {
      created
      updated
      unchanged
    }
    problems {
      file
      row
      column
      message
    }
    rows {
      file
      row
      action
      kind
      entityKey
      linkId
    }
  }
`);

const rowName = (row: number) => (row === 0 ? "header / whole file" : String(row));

export function ImportReport({ report: masked }: { report: FragmentType<typeof ImportReport_ReportFragment> }) {
  const report = useFragment(ImportReport_ReportFragment, masked);
  const problems = report.problems;
  const title = report.written ? "Imported" : problems.length ? `${plural(problems.length, "problem")}: nothing was written` : "Ready to import";
  // A file with problems is not counted through: its zeros would read as "nothing to do".
  const counted = problems.length === 0 || report.created + report.updated + report.unchanged + report.links.created + report.links.updated + report.links.unchanged > 0;
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h2 id="import-report-heading">{title}</h2>
      {counted ? (
      <table className="counts-table">
        <caption>{report.written ? "What the import did" : "What the import would do"}</caption>
        <thead>
          <tr>
            <th scope="col">Rows</th>
            <th scope="col">Added</th>
            <th scope="col">Changed</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Entities</th>
            <td>{report.created}</td>
            <td>{report.updated}</td>
            <td>{report.unchanged}</td>
          </tr>
          <tr>
            <th scope="row">Links</th>
            <td>{report.links.created}</td>
            <td>{report.links.updated}</td>
            <td>{report.links.unchanged}</td>
          </tr>
        </tbody>
      </table>
      ) : null}
      {problems.length ? (
        <div className="table-scroll">
          <table className="problems">
            <caption>Problems, in file and row order. Fix them in the file, choose it again and check again.</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, index) => (
                <tr key={index}>
                  <td>{problem.file}</td>
                  <td>{rowName(problem.row)}</td>
                  <td>{problem.column ? <code>{problem.column}</code> : <span className="meta">whole row</span>}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.rows.length ? (
        <details className="import-rows">
          <summary>{plural(report.rows.length, "valid row")}, one by one</summary>
          <ol>
            {report.rows.map((row) => (
              <li key={`${row.file}-${row.row}`}>
                {row.file}, row {row.row}: {humanize(row.action).toLowerCase()}{" "}
                {row.kind && row.entityKey ? (
                  report.written ? (
                    <Link href={entityPath(row.kind, row.entityKey)}>{row.entityKey}</Link>
                  ) : (
                    <code>{row.entityKey}</code>
                  )
                ) : row.linkId ? (
                  <span className="meta">link</span>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
