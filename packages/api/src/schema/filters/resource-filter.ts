import type { Enums } from "@agora/db";
import type { Prisma } from "@agora/db";
import { ResourceKind } from "../resource.ts";
import { defineFilter, when, type CommonFilter } from "./define-filter.ts";
import { outgoing, taggedWith } from "./link-conditions.ts";
import { withSubThemes } from "./theme-closure.ts";

type ResourceKindName = Enums.ResourceKind;

export interface ResourceFilterShape extends CommonFilter<ResourceFilterShape> {
  kinds?: readonly ResourceKindName[] | null;
  languages?: readonly string[] | null;
  themes?: readonly string[] | null;
  about?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

const resource = (where: Prisma.ResourceWhereInput) => ({ resource: where });

export const ResourceFilter = defineFilter<ResourceFilterShape>(
  "RESOURCE",
  "ResourceFilter",
  "Narrows a list of resources.",
  (t) => ({
    kinds: t.field({ type: [ResourceKind], description: "Any of these kinds." }),
    languages: t.stringList({ description: "In any of these languages (BCP 47, e.g. `fr`)." }),
    themes: t.stringList({ description: "Tagged with any of these themes or their sub-themes (keys)." }),
    about: t.stringList({ description: "About, by or featuring any of these entities (keys of sessions, people, organisations...)." }),
    from: t.field({ type: "Date", description: "Dated on or after this date." }),
    to: t.field({ type: "Date", description: "Dated on or before this date." }),
  }),
  async (f, ctx) => [
    ...when(f.kinds, (kinds) => resource({ kind: { in: kinds } })),
    ...when(f.languages, (codes) => resource({ language: { in: codes } })),
    ...(f.themes ? [taggedWith(await withSubThemes(ctx, f.themes))] : []),
    ...when(f.about, (ids) => outgoing("RESOURCE_LINK", { id: { in: ids } })),
    ...(f.from ? [resource({ date: { gte: f.from } })] : []),
    ...(f.to ? [resource({ date: { lte: `${f.to}~` } })] : []),
  ],
);
