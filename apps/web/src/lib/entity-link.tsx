import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../generated/gql/index.ts";

export const EntityLink_EntityFragment = graphql(`
  fragment EntityLink_Entity on Entity {
    id
    url
    label
  }
`);

export function EntityLink({ entity }: { entity: FragmentType<typeof EntityLink_EntityFragment> }) {
  const data = useFragment(EntityLink_EntityFragment, entity);
  return <Link href={data.url}>{data.label}</Link>;
}
