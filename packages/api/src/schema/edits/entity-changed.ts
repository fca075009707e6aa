// Live updates: `subscription { entityChanged(kinds: [SESSION]) { key action version entity { label } } }`
// over Server-Sent Events. Every API process sharing a Redis hears every edit.
import { builder } from "../../builder.ts";
import { loadEntity } from "../../graph/loaders.ts";
import type { EntityChangeEvent } from "../../live/pubsub.ts";
import { EntityRef } from "../entity.ts";
import { EntityKind } from "../entity-kind.ts";

const ChangeAction = builder.enumType("ChangeAction", {
  description: "What happened to an entity.",
  values: {
    CREATE: { description: "It was created." },
    UPDATE: { description: "It, or one of its links, changed." },
    DELETE: { description: "It was deleted." },
    RESTORE: { description: "It was restored from a revision." },
    MERGE: { description: "A duplicate was merged into it, or it into another." },
  } as const,
});

const EntityChange = builder.objectRef<EntityChangeEvent>("EntityChange").implement({
  description: "A change to an entity, as it happens.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The entity's key." }),
    kind: t.field({ type: EntityKind, description: "Its kind.", resolve: (e) => e.kind as never }),
    action: t.field({ type: ChangeAction, description: "What happened.", resolve: (e) => e.action }),
    version: t.exposeInt("version", { description: "Its version after the change." }),
    at: t.field({ type: "DateTime", description: "When.", resolve: (e) => new Date(e.at) }),
    entity: t.field({ type: EntityRef, nullable: true, description: "The entity now (null once deleted).", resolve: (e, _a, ctx) => loadEntity(ctx, e.key) as never }),
  }),
});

builder.subscriptionField("entityChanged", (t) =>
  t.field({
    type: EntityChange,
    description: "Every creation and change of an entity (or of its links), optionally of some kinds only.",
    args: { kinds: t.arg({ type: [EntityKind], required: false, description: "Only changes to entities of these kinds." }) },
    subscribe: (_root, args, ctx) => {
      const events = ctx.pubsub.subscribe();
      if (!args.kinds?.length) return events;
      const kinds = new Set<string>(args.kinds);
      return (async function* () {
        for await (const event of events) if (kinds.has(event.kind)) yield event;
      })();
    },
    resolve: (event) => event,
  }),
);
