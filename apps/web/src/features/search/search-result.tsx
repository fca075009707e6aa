import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { HighlightedText } from "../../lib/highlighted-text.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";

export const SearchResult_EdgeFragment = graphql(`
  fragment SearchResult_Edge on QuerySearchConnectionEdge {
    highlight {
      text
      matched
    }
    snippet {
      text
      matched
    }
    node {
      id
      kind
      url
      label
      description
    }
  }
`);

/** One match: its name with the matched words marked, its kind, and where else the query matched. */
export function SearchResult({ edge }: { edge: FragmentType<typeof SearchResult_EdgeFragment> }) {
  const data = useFragment(SearchResult_EdgeFragment, edge);
  const { node } = data;
  return (
    <>
      <Link href={node.url} className="result-title">
        {data.highlight.length > 0 ? <HighlightedText parts={data.highlight} /> : node.label}
      </Link>{" "}
      <span className="tag">{KIND_LABEL[node.kind].one}</span>
      {data.snippet ? (
        <p className="meta snippet">
          <HighlightedText parts={data.snippet} />
        </p>
      ) : node.description ? (
        <p className="meta">{node.description}</p>
      ) : null}
    </>
  );
}
