import type { FragmentType } from "../../generated/gql/index.ts";
import { EntityLink, EntityLink_EntityFragment } from "../../lib/entity-link.tsx";

// The words after a link in a list: ` — moderator, Mayor of Seoul, 2014 – 2018`.
export function LinkMeta({ text }: { text: string }) {
  return text ? <span className="meta"> — {text}</span> : null;
}

/** A linked entity followed by what the link says of it. */
export function LinkedEntity({ entity, meta }: { entity: FragmentType<typeof EntityLink_EntityFragment>; meta: string }) {
  return (
    <>
      <EntityLink entity={entity} />
      <LinkMeta text={meta} />
    </>
  );
}
