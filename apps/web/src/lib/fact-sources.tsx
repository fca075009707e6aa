// The passages behind one link (a participation, a position, a membership...), folded away
// under the link so that every fact on a page can be checked where it is stated.
import { graphql, useFragment, type FragmentType } from "../generated/gql/index.ts";
import { nodes } from "./nodes.ts";

export const FactSources_LinkFragment = graphql(`
  fragment FactSources_Link on Link {
    id
    sources(first: 3) {
      totalCount
      edges {
        node {
          passage
          source {
            key
            title
            url
          }
        }
      }
    }
  }
`);

export function FactSources({ link }: { link: FragmentType<typeof FactSources_LinkFragment> }) {
  const data = useFragment(FactSources_LinkFragment, link);
  const total = data.sources.totalCount;
  if (total === 0) return null;
  const citations = nodes(data.sources);
  return (
    <details className="fact-sources">
      <summary>
        {total === 1 ? "Source" : `${total} sources`}
      </summary>
      <ul>
        {citations.map((citation, index) => (
          <li key={`${citation.source.key}-${index}`}>
            {citation.passage ? <blockquote>{citation.passage}</blockquote> : null}
            <cite>
              {citation.source.url ? (
                <a href={citation.source.url} rel="noreferrer">
                  {citation.source.title}
                </a>
              ) : (
                citation.source.title
              )}
            </cite>
          </li>
        ))}
      </ul>
      {total > citations.length ? <p className="meta">and {total - citations.length} more</p> : null}
    </details>
  );
}
