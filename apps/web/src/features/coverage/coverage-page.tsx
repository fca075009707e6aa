// /coverage?from=2017&to=2019: sessions per continent and top-level theme, to see where
// knowledge exchange is thin. Every continent and every top-level theme has a row or column,
// so the empty cells — the gaps — show.
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { nodes } from "../../lib/nodes.ts";
import { readInt, useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CoverageTable } from "./coverage-table.tsx";

const CoverageQuery = graphql(`
  query Coverage {
    stats {
      coverage {
        continent
        year
        sessions
        theme {
          id
          key
          name
        }
      }
      byYear {
        year
        count
      }
    }
    themes(filter: { topLevel: true }, first: 100) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);

export function CoveragePage() {
  const [params, setParams] = useQueryState();
  useDocumentTitle("Coverage");
  const from = readInt(params, "from");
  const to = readInt(params, "to");
  const [{ data, error }] = useQuery({ query: CoverageQuery });
  const years = data?.stats.byYear.map((entry) => entry.year) ?? [];

  return (
    <div className="page-wide">
      <h1>Coverage</h1>
      <p className="lead">
        Sessions by continent and theme. Darker cells hold more sessions; empty cells are where no knowledge exchange on that theme is
        recorded.
      </p>
      <form className="inline-form" aria-label="Years" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="coverage-from">From</label>
        <select id="coverage-from" value={from ?? ""} onChange={(event) => setParams({ from: event.target.value || null })}>
          <option value="">First year</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        <label htmlFor="coverage-to">to</label>
        <select id="coverage-to" value={to ?? ""} onChange={(event) => setParams({ to: event.target.value || null })}>
          <option value="">Last year</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <CoverageTable cells={data.stats.coverage} themes={nodes(data.themes)} from={from} to={to} />
      ) : (
        <Loading what="Loading coverage" height="28rem" />
      )}
    </div>
  );
}
