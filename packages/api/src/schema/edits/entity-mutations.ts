// create<Kind>, update<Kind>, deleteEntity, restoreRevision, mergeEntities. Members create and
// change what they created; editors change anything, restore and merge (see @agora/db edits).
import { createEntity, deleteEntity, ENTITY_FIELDS, mergeEntities, restoreRevision, updateEntity, type EntityChange, type EntityKindName } from "@agora/db";
import { builder } from "../../builder.ts";
import { resolveKey } from "../../graph/resolve-key.ts";
import { ENTITY_INPUTS } from "./entity-inputs.ts";
import { EntityPayload } from "./entity-payload.ts";
import { editActor, runEdit } from "./run-edit.ts";

const event = (c: EntityChange) => [{ key: c.key, kind: c.kind, action: c.action, version: c.version }];
const payload = (outcome: { result: EntityChange | null; userErrors: never[] | { code: string; path: string[]; message: string }[] }, keepKey = true) => ({
  key: outcome.result && keepKey ? outcome.result.key : null,
  revisionId: outcome.result?.revisionId ?? null,
  userErrors: outcome.userErrors,
});

/** Splits a create/patch input into the entity's own fields and the rest. */
function split(kind: EntityKindName, input: Record<string, unknown>) {
  const { description, aliases, key, sources, ...fields } = input;
  return {
    fields: Object.fromEntries(Object.entries(fields).filter(([name]) => name in ENTITY_FIELDS[kind])),
    unknown: Object.keys(fields).filter((name) => !(name in ENTITY_FIELDS[kind])),
    description: description as string | null | undefined,
    aliases: aliases as { name: string; kind: string }[] | null | undefined,
    key: key as string | undefined,
    sources: sources as never,
  };
}

for (const kind of Object.keys(ENTITY_INPUTS) as EntityKindName[]) {
  const { create, patch, typeName } = ENTITY_INPUTS[kind];
  builder.mutationField(`create${typeName}`, (t) =>
    t.field({
      type: EntityPayload,
      authScopes: { member: true },
      description: `Adds a ${typeName.toLowerCase()}, citing its sources. Any member may.`,
      args: {
        input: t.arg({ type: create as never, required: true, description: "The new entity." }),
        reason: t.arg.string({ description: "Why, for the history." }),
      },
      resolve: async (_root, args, ctx) => {
        const input = split(kind, args.input as Record<string, unknown>);
        return payload(await runEdit(ctx, () => createEntity(ctx.db, editActor(ctx), kind, { ...input, reason: args.reason }), event));
      },
    }),
  );
  builder.mutationField(`update${typeName}`, (t) =>
    t.field({
      type: EntityPayload,
      authScopes: { member: true },
      description: `Changes a ${typeName.toLowerCase()}. Refused (STALE) when it changed since \`expectedVersion\`. Members may change only what they created.`,
      args: {
        key: t.arg.id({ required: true, description: "The entity: key or global ID." }),
        expectedVersion: t.arg.int({ required: true, description: "The `version` you loaded: the edit is refused if someone changed it since." }),
        patch: t.arg({ type: patch as never, required: true, description: "The changes." }),
        reason: t.arg.string({ description: "Why, for the history." }),
      },
      resolve: async (_root, args, ctx) => {
        const input = split(kind, args.patch as Record<string, unknown>);
        const key = resolveKey(String(args.key));
        return payload(await runEdit(ctx, () => updateEntity(ctx.db, editActor(ctx), key, args.expectedVersion, { ...input, reason: args.reason }, kind), event));
      },
    }),
  );
}

builder.mutationField("deleteEntity", (t) =>
  t.field({
    type: EntityPayload,
    authScopes: { member: true },
    description: "Deletes an entity (softly: its history stays and restoreRevision brings it back); its links disappear with it.",
    args: {
      key: t.arg.id({ required: true, description: "The entity: key or global ID." }),
      expectedVersion: t.arg.int({ required: true, description: "The `version` you loaded." }),
      reason: t.arg.string({ description: "Why, for the history." }),
    },
    resolve: async (_root, args, ctx) =>
      payload(await runEdit(ctx, () => deleteEntity(ctx.db, editActor(ctx), resolveKey(String(args.key)), args.expectedVersion, args.reason), event), false),
  }),
);

builder.mutationField("restoreRevision", (t) =>
  t.field({
    type: EntityPayload,
    authScopes: { editor: true },
    description: "Puts an entity back as it was after one of its revisions (un-deleting it if need be). Editors only.",
    args: {
      revisionId: t.arg.string({ required: true, description: "The revision to go back to (see `history`)." }),
      expectedVersion: t.arg.int({ required: true, description: "The entity's current `version`, as you loaded it." }),
      reason: t.arg.string({ description: "Why, for the history." }),
    },
    resolve: async (_root, args, ctx) => payload(await runEdit(ctx, () => restoreRevision(ctx.db, editActor(ctx), args.revisionId, args.expectedVersion, args.reason), event)),
  }),
);

builder.mutationField("mergeEntities", (t) =>
  t.field({
    type: EntityPayload,
    authScopes: { editor: true },
    description:
      "Merges a duplicate into the entity that stays: links, aliases, sources and figures move over, the duplicate's names become aliases, and the duplicate is deleted with a pointer to the survivor. Both histories remain. Editors only.",
    args: {
      keep: t.arg.id({ required: true, description: "The entity that stays." }),
      keepVersion: t.arg.int({ required: true, description: "Its `version`, as you loaded it." }),
      remove: t.arg.id({ required: true, description: "The duplicate." }),
      removeVersion: t.arg.int({ required: true, description: "Its `version`, as you loaded it." }),
      reason: t.arg.string({ description: "Why, for the history." }),
    },
    resolve: async (_root, args, ctx) => {
      const outcome = await runEdit(
        ctx,
        () =>
          mergeEntities(ctx.db, editActor(ctx), {
            keep: resolveKey(String(args.keep)),
            remove: resolveKey(String(args.remove)),
            keepVersion: args.keepVersion,
            removeVersion: args.removeVersion,
            reason: args.reason,
          }),
        (r) => [...event(r.kept), ...event(r.removed)],
      );
      return { key: outcome.result?.kept.key ?? null, revisionId: outcome.result?.kept.revisionId ?? null, userErrors: outcome.userErrors };
    },
  }),
);
