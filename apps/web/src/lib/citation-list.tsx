import { graphql, useFragment, type FragmentType } from "../generated/gql/index.ts";

export const CitationList_CitationFragment = graphql(`
  fragment CitationList_Citation on Citation {
    passage
    source {
      key
      title
      url
    }
  }
`);

export function CitationList({ citations }: { citations: ReadonlyArray<FragmentType<typeof CitationList_CitationFragment>> }) {
  const data = useFragment(CitationList_CitationFragment, citations);
  if (data.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul className="citations">
        {data.map((citation, index) => (
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
    </section>
  );
}
