// /path?from=laurence-kwark&to=kampala: how two entities are connected, in words and as a chain.
import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { EntityPicker } from "../../lib/entity-picker.tsx";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PathChain } from "./path-chain.tsx";

const PathFinderQuery = graphql(`
  query PathFinder($from: ID!, $to: ID!) {
    path(from: $from, to: $to, first: 3) {
      ...PathChain_Path
    }
  }
`);

export function PathFinderPage() {
  const [params, setParams] = useQueryState();
  const from = params.get("from") || null;
  const to = params.get("to") || null;
  useDocumentTitle("Path finder");
  const ready = Boolean(from && to && from !== to);
  const [{ data, fetching, error }] = useQuery({ query: PathFinderQuery, variables: { from: from ?? "", to: to ?? "" }, pause: !ready });

  return (
    <div className="page">
      <h1>Path finder</h1>
      <p className="lead">How is one entity connected to another? Pick two: the shortest chain of links between them appears, in words.</p>
      <form className="path-form" aria-label="Two entities" onSubmit={(event) => event.preventDefault()}>
        <EntityPicker label="From" value={from} onChange={(entity) => setParams({ from: entity?.key ?? null })} placeholder="e.g. Laurence Kwark" />
        <button type="button" className="secondary swap" onClick={() => setParams({ from: to, to: from })} disabled={!from && !to} aria-label="Swap the two entities">
          ⇄
        </button>
        <EntityPicker label="To" value={to} onChange={(entity) => setParams({ to: entity?.key ?? null })} placeholder="e.g. Kampala" />
      </form>
      {!ready ? <Empty>{from && from === to ? "Pick two different entities." : "Pick an entity in each box."}</Empty> : null}
      {ready && error ? <ErrorMessage error={error} /> : null}
      {ready && !data && fetching ? <Loading what="Finding the path" lines={4} /> : null}
      {ready && data ? (
        data.path.length === 0 ? (
          <Empty>No chain of six links or fewer joins them.</Empty>
        ) : (
          <section aria-labelledby="paths-heading">
            <h2 id="paths-heading">{data.path.length === 1 ? "The shortest path" : `${data.path.length} shortest paths`}</h2>
            {data.path.map((path, index) => (
              <PathChain key={index} path={path} index={index} />
            ))}
            <p>
              <Link href={`/graph?focus=${encodeURIComponent(from!)}&pathFrom=${encodeURIComponent(from!)}&pathTo=${encodeURIComponent(to!)}&depth=1`}>
                Show it on the network graph
              </Link>
            </p>
          </section>
        )
      ) : null}
    </div>
  );
}
