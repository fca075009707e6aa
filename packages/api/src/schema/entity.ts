import { builder } from "../builder.ts";
import { canEdit } from "@agora/db";
import { EntityKind, TYPE_OF_KIND, type EntityKindName } from "./entity-kind.ts";
import { entityPath } from "../entity-path.ts";

/**
 * Rows fetched through a field's `nested()` selection also carry what their own GraphQL type
 * selects (its detail row), but TypeScript only sees the columns the field names itself.
 */
export const loaded = <T>(rows: T): never => rows as never;

/** Soft-deleted entities are invisible everywhere. */
export const LIVE = { deletedAt: null } as const;

export const EntityRef = builder.prismaInterface("Entity", {
  name: "Entity",
  description:
    "What every entity shares: a stable key, a kind, a label, where its page is, and the sources that state it.",
  interfaces: [builder.nodeInterfaceRef()],
  // Select mode: a row carries only the columns its requested fields name (each exposed field
  // adds its own). `kind` picks the GraphQL type (resolveType). `key`, `kind` and `label` are
  // always selected and read by plain resolvers rather than exposed: the graph answers hand in
  // rows from the per-request loaders (graph/loaders.ts), which Pothos did not plan, and an
  // exposed field of such a row would load it again.
  select: { id: true, kind: true, label: true },
  fields: (t) => ({
    key: t.string({ description: "Stable, human-readable key (a slug), used in web addresses.", resolve: (e) => e.id }),
    kind: t.field({ type: EntityKind, description: "What kind of entity this is; it fixes its GraphQL type.", resolve: (e) => e.kind }),
    label: t.string({ description: "Display name: a person's name, a session's title, ...", resolve: (e) => e.label }),
    description: t.exposeString("description", { nullable: true, description: "A short description, when known." }),
    url: t.string({
      description: "Path of this entity's page in the web app, e.g. `/session/east-africa-training-2019`.",
      resolve: (e) => entityPath(e.kind, e.id),
    }),
    version: t.exposeInt("version", { description: "Bumped by every change: pass it as `expectedVersion` when editing, so a stale edit is refused." }),
    viewerCanEdit: t.boolean({
      description:
        "Whether the caller may edit or delete this entity: editors and admins anything, members what they created; false for anonymous callers (answers that depend on the caller are never cached).",
      select: { createdById: true },
      resolve: (e, _args, ctx) => canEdit(ctx.actor, e.createdById),
    }),
    connectionCount: t.exposeInt("degree", {
      description: "How many live links touch this entity, in either direction (its degree in the network).",
    }),
    aliases: t.relatedConnection("aliases", {
      cursor: "id",
      totalCount: true,
      description: "Other names, spellings, name orders and acronyms the sources use.",
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
    }),
    sources: t.relatedConnection("citations", {
      cursor: "id",
      totalCount: true,
      description: "Provenance: the source passages that state this entity.",
      query: { orderBy: { id: "asc" } },
    }),
    figures: t.relatedConnection("figures", {
      cursor: "id",
      totalCount: true,
      description: "Quantities the sources state about this entity (members, enterprises, jobs...).",
      query: { orderBy: [{ metric: "asc" }, { asOf: "asc" }, { id: "asc" }] },
    }),
  }),
  resolveType: (entity) => TYPE_OF_KIND[entity.kind as EntityKindName],
});
