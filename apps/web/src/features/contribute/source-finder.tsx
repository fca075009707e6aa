// Finding a source's key: the API lists sources only through what cites them, so the reader
// picks an entity the source speaks of and chooses among the sources cited there.
import { useId, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { EntityPicker } from "../../lib/entity-picker.tsx";
import { Loading } from "../../lib/query-state.tsx";

const SourceFinderQuery = graphql(`
  query SourceFinder($key: String!) {
    entity(key: $key) {
      id
      label
      sources(first: 50) {
        edges {
          node {
            source {
              key
              title
              publisher
            }
          }
        }
      }
    }
  }
`);

export function SourceFinder({ label, onPick }: { label: string; onPick: (key: string) => void }) {
  const [open, setOpen] = useState(false);
  const [entityKey, setEntityKey] = useState<string | null>(null);
  const id = useId();
  const [{ data, fetching }] = useQuery({ query: SourceFinderQuery, variables: { key: entityKey ?? "" }, pause: !entityKey });
  const unique = new Map<string, { key: string; title: string; publisher?: string | null }>();
  for (const edge of data?.entity?.sources.edges ?? []) unique.set(edge.node.source.key, edge.node.source);

  return (
    <div className="source-finder">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        Find a source through an entity it speaks of
      </button>
      <div id={`${id}-panel`} hidden={!open}>
        {open ? (
          <>
            <EntityPicker label={`${label}: an entity the source speaks of`} value={entityKey} onChange={(entity) => setEntityKey(entity?.key ?? null)} />
            {entityKey && fetching && !data ? <Loading what="Loading its sources" lines={2} /> : null}
            {entityKey && data?.entity ? (
              unique.size ? (
                <ul className="plain-list">
                  {[...unique.values()].map((source) => (
                    <li key={source.key}>
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => {
                          onPick(source.key);
                          setOpen(false);
                        }}
                      >
                        Use<span className="visually-hidden"> this source:</span>
                      </button>{" "}
                      {source.title}
                      {source.publisher ? ` (${source.publisher})` : null} <code>{source.key}</code>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="meta">{data.entity.label} cites no source.</p>
              )
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
