// createLink, updateLink, deleteLink: typed, dated links between entities, with provenance.
import { createLink, deleteLink, updateLink, type LinkChange } from "@agora/db";
import { builder } from "../../builder.ts";
import { resolveKey } from "../../graph/resolve-key.ts";
import { LinkRef, LinkType } from "../link.ts";
import { CitationInput } from "./entity-inputs.ts";
import { UserError, type UserErrorShape } from "./user-error.ts";
import { editActor, runEdit } from "./run-edit.ts";
import type { Context } from "../../context.ts";

interface LinkPayloadShape {
  id: string | null;
  revisionId: string | null;
  userErrors: UserErrorShape[];
}

const LinkPayload = builder.objectRef<LinkPayloadShape>("LinkPayload").implement({
  description: "The outcome of a link edit: the link as it now is, or what was wrong with the input.",
  fields: (t) => ({
    // Loaded with the query Pothos plans for the requested fields, as EntityPayload.entity.
    link: t.prismaField({
      type: LinkRef,
      nullable: true,
      description: "The link after the edit (null when it failed, or after a delete).",
      resolve: (query, p, _a, ctx) => (p.id ? ctx.db.prisma.link.findFirst({ ...query, where: { id: p.id, deletedAt: null } }) : null),
    }),
    revisionId: t.string({ nullable: true, description: "The id of the revision that records the edit.", resolve: (p) => p.revisionId }),
    userErrors: t.field({ type: [UserError], description: "Everything wrong with the input; empty on success.", resolve: (p) => p.userErrors }),
  }),
});

const linkFields = (t: any) => ({
  capacity: t.string({ description: "The title held in this link, as the source words it." }),
  startDate: t.field({ type: "Date", description: "When it began." }),
  endDate: t.field({ type: "Date", description: "When it ended." }),
  asOf: t.field({ type: "Date", description: "When the source says it held, if it gives no period." }),
  note: t.string({ description: "A remark qualifying the link." }),
});

const CreateLinkInput = builder.inputType("CreateLinkInput", {
  description: "A new link, with the sources that state it. Each type joins fixed kinds (see LinkType): e.g. PARTICIPATION goes from a person to a session.",
  fields: (t) => ({
    type: t.field({ type: LinkType, required: true, description: "What kind of link." }),
    from: t.string({ required: true, description: "Key of the entity it starts from." }),
    to: t.string({ required: true, description: "Key of the entity it points to." }),
    role: t.string({ required: true, description: "The role in words, one of the type's roles (e.g. `speaker`, `co-organiser`, `member`)." }),
    ...linkFields(t),
    sources: t.field({ type: [CitationInput], required: true, description: "The sources that state it: at least one." }),
  }),
});

const LinkPatch = builder.inputType("LinkPatch", {
  description: "Changes to a link: only the fields given change; null clears an optional one.",
  fields: (t) => ({
    role: t.string({ description: "The role in words." }),
    ...linkFields(t),
    sources: t.field({ type: [CitationInput], description: "Sources for the changed facts." }),
  }),
});

/** A link change is a change to both entities it joins: subscribers to either hear of it. */
const eventFor = (ctx: Context) => async (c: LinkChange) => {
  const ends = await ctx.db.prisma.entity.findMany({ where: { id: { in: [c.source, c.target] } }, select: { id: true, kind: true, version: true } });
  return ends.map((e) => ({ key: e.id, kind: e.kind, action: "UPDATE" as const, version: e.version }));
};
const payload = (outcome: { result: LinkChange | null; userErrors: UserErrorShape[] }, keep = true) => ({
  id: outcome.result && keep ? outcome.result.id : null,
  revisionId: outcome.result?.revisionId ?? null,
  userErrors: outcome.userErrors,
});

builder.mutationField("createLink", (t) =>
  t.field({
    type: LinkPayload,
    authScopes: { member: true },
    description: "Links two entities, citing the source that states it. Any member may.",
    args: { input: t.arg({ type: CreateLinkInput, required: true, description: "The new link." }), reason: t.arg.string({ description: "Why, for the history." }) },
    resolve: async (_root, { input, reason }, ctx) =>
      payload(
        await runEdit(
          ctx,
          () => createLink(ctx.db, editActor(ctx), { ...input, from: resolveKey(input.from), to: resolveKey(input.to), reason } as never),
          eventFor(ctx),
        ),
      ),
  }),
);

builder.mutationField("updateLink", (t) =>
  t.field({
    type: LinkPayload,
    authScopes: { member: true },
    description: "Changes a link. Refused (STALE) when it changed since `expectedVersion`. Members may change only links they created.",
    args: {
      id: t.arg.string({ required: true, description: "The link's `linkId`." }),
      expectedVersion: t.arg.int({ required: true, description: "The link's `version` as you loaded it." }),
      patch: t.arg({ type: LinkPatch, required: true, description: "The changes." }),
      reason: t.arg.string({ description: "Why, for the history." }),
    },
    resolve: async (_root, args, ctx) => payload(await runEdit(ctx, () => updateLink(ctx.db, editActor(ctx), args.id, args.expectedVersion, { ...args.patch, reason: args.reason } as never), eventFor(ctx))),
  }),
);

builder.mutationField("deleteLink", (t) =>
  t.field({
    type: LinkPayload,
    authScopes: { member: true },
    description: "Deletes a link (softly: its history stays). Members may delete only links they created.",
    args: {
      id: t.arg.string({ required: true, description: "The link's `linkId`." }),
      expectedVersion: t.arg.int({ required: true, description: "The link's `version` as you loaded it." }),
      reason: t.arg.string({ description: "Why, for the history." }),
    },
    resolve: async (_root, args, ctx) => payload(await runEdit(ctx, () => deleteLink(ctx.db, editActor(ctx), args.id, args.expectedVersion, args.reason), eventFor(ctx)), false),
  }),
);
