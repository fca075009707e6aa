import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { humanize } from "../../lib/humanize.ts";

export const SearchResult_EntityFragment = graphql(`
  fragment SearchResult_Entity on Entity {
    id
    kind
    url
    label
    description
  }
`);

export function SearchResult({ entity }: { entity: FragmentType<typeof SearchResult_EntityFragment> }) {
  const data = useFragment(SearchResult_EntityFragment, entity);
  return (
    <>
      <Link href={data.url}>{data.label}</Link> <span className="tag">{humanize(data.kind)}</span>
      {data.description ? <p className="meta">{data.description}</p> : null}
    </>
  );
}
