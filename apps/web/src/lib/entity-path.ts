import type { EntityKind } from "../generated/gql/graphql.ts";

/**
 * The page of an entity known only by kind and key (graph nodes carry no `url`): the same
 * address `Entity.url` gives, `/session/<key>`, `/person/<key>`...
 */
export function entityPath(kind: EntityKind, key: string): string {
  return `/${kind.toLowerCase()}/${encodeURIComponent(key)}`;
}
