import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../builder.ts";
import { EntityRef } from "../entity.ts";

const RevisionAction = builder.enumType("RevisionAction", {
  description: "What a revision did.",
  values: {
    CREATE: { description: "Created the entity or link." },
    UPDATE: { description: "Changed it." },
    DELETE: { description: "Deleted it (softly)." },
    RESTORE: { description: "Put it back as an earlier revision left it." },
    MERGE: { description: "Merged a duplicate into it, or it into another." },
  } as const,
});

interface FieldChangeShape {
  field: string;
  before: string | null;
  after: string | null;
}

const FieldChange = builder.objectRef<FieldChangeShape>("FieldChange").implement({
  description: "One field a revision changed, before and after (as JSON text).",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The field, e.g. `label`, `detail.startDate`, `aliases`." }),
    before: t.exposeString("before", { nullable: true, description: "Its value before, as JSON; null if it had none." }),
    after: t.exposeString("after", { nullable: true, description: "Its value after, as JSON; null if it has none." }),
  }),
});

/** The fields that differ between two JSON states, nested objects by dotted path. */
export function diffStates(before: unknown, after: unknown, prefix = ""): FieldChangeShape[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    return [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((k) => k !== "version")
      .sort()
      .flatMap((k) => diffStates(b[k], a[k], prefix ? `${prefix}.${k}` : k));
  }
  const text = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  return text(before) === text(after) ? [] : [{ field: prefix, before: text(before), after: text(after) }];
}

export const Revision = builder.prismaObject("Revision", {
  description: "One change to an entity or one of its links: who made it, when, why, and what changed.",
  fields: (t) => ({
    revisionId: t.exposeString("id", { description: "Its id, for restoreRevision." }),
    action: t.expose("action", { type: RevisionAction, description: "What it did." }),
    reason: t.exposeString("reason", { nullable: true, description: "Why, in the author's words." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
    version: t.exposeInt("version", { description: "The entity's (or link's) version after the change." }),
    entityKey: t.exposeString("entityId", { description: "Key of the entity changed (for a link, the entity it starts from)." }),
    linkId: t.exposeString("linkId", { nullable: true, description: "The link changed, for link revisions." }),
    authorName: t.string({
      nullable: true,
      description: "The author's name; null for the curated dataset and operator tools.",
      select: { user: { select: { name: true } } },
      resolve: (r) => r.user?.name ?? null,
    }),
    changes: t.field({
      type: [FieldChange],
      description: "The fields that changed.",
      resolve: (r) => diffStates(r.before ? JSON.parse(r.before) : null, r.after ? JSON.parse(r.after) : null),
    }),
    before: t.exposeString("before", { nullable: true, description: "The whole state before, as JSON." }),
    after: t.exposeString("after", { nullable: true, description: "The whole state after, as JSON." }),
  }),
});

builder.interfaceField(EntityRef, "history", (t) =>
  t.connection(
    {
    type: Revision,
    description: "Its revisions, newest first, including those of duplicates merged into it and of its links.",
    resolve: async (entity, args, ctx) => {
      const id = (entity as { id: string }).id;
      const merged = await ctx.db.prisma.entity.findMany({ where: { mergedIntoId: id }, select: { id: true } });
      const where = { entityId: { in: [id, ...merged.map((m) => m.id)] } };
      const totalCount = await ctx.db.prisma.revision.count({ where });
      const connection = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, ({ offset, limit }) =>
        ctx.db.prisma.revision.findMany({
          where,
          include: { user: { select: { name: true } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: offset,
          take: limit,
        }),
      );
      return { ...connection, totalCount } as never;
    },
    },
    {
      fields: (c) => ({
        totalCount: c.int({ description: "Revisions in the whole history.", resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }),
      }),
    },
  ),
);

