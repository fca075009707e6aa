// Conditions on an entity's live links, shared by the filters. Each link type has a fixed
// direction (see LinkType): `outgoing` when the filtered entity is the link's source.
import type { Prisma } from "@agora/db";
import type { Where } from "./define-filter.ts";

type LinkType = Prisma.LinkWhereInput["type"] & string;

export const outgoing = (type: LinkType, target: Prisma.EntityWhereInput): Where => ({
  outLinks: { some: { type, deletedAt: null, target: { deletedAt: null, ...target } } },
});

export const incoming = (type: LinkType, source: Prisma.EntityWhereInput): Where => ({
  inLinks: { some: { type, deletedAt: null, source: { deletedAt: null, ...source } } },
});

/** Tagged with any of these themes (already widened to their sub-themes). */
export const taggedWith = (themeIds: string[]): Where => outgoing("THEME_TAG", { id: { in: themeIds } });
