import type { Reason, RelatedCase as Case } from "@agora/graph";
import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntities, loadEntity } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";

const ReasonKind = builder.enumType("ReasonKind", {
  description: "Why two entities are alike.",
  values: {
    SHARED_THEME: { description: "They deal with the same themes." },
    SAME_SERIES: { description: "They belong to the same series." },
    SAME_COUNTRY: { description: "They are in the same country." },
    SAME_CONTINENT: { description: "They are on the same continent." },
    SHARED_PERSON: { description: "The same people took part in or work for both." },
    SHARED_ORGANISATION: { description: "The same organisations organised, hosted or belong to both." },
    SHARED_SESSION: { description: "They took part in the same sessions." },
    SIMILAR_TEXT: { description: "Their names and descriptions use the same uncommon words." },
  } as const,
});

interface ReasonShape {
  snapshot: GraphSnapshot;
  reason: Reason;
}

const SHARED = new Set(["SHARED_THEME", "SHARED_PERSON", "SHARED_ORGANISATION", "SHARED_SESSION"]);

const listOf = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** The reason in words, naming what is shared: "shares the themes Capacity building and Training". */
export function reasonText({ snapshot, reason }: ReasonShape): string {
  const { graph } = snapshot;
  const shown = reason.via.slice(0, 3);
  const more = reason.via.length - shown.length;
  const names = SHARED.has(reason.kind) ? shown.map((id) => graph.label(graph.require(id))) : shown;
  const tail = more > 0 ? ` (and ${more} more)` : "";
  switch (reason.kind) {
    case "SHARED_THEME":
      return `shares the theme${reason.via.length > 1 ? "s" : ""} ${listOf(names)}${tail}`;
    case "SHARED_PERSON":
      return `${listOf(names)}${tail} took part in both`;
    case "SHARED_ORGANISATION":
      return `${listOf(names)}${tail} ${reason.via.length > 1 ? "are" : "is"} involved in both`;
    case "SHARED_SESSION":
      return `both took part in ${listOf(names)}${tail}`;
    case "SAME_SERIES":
      return `same series: ${names[0]}`;
    case "SAME_COUNTRY":
      return `same country: ${graph.indexOf(names[0]!) >= 0 ? graph.label(graph.indexOf(names[0]!)) : names[0]}`;
    case "SAME_CONTINENT":
      return `same continent: ${names[0]!.charAt(0)}${names[0]!.slice(1).toLowerCase().replace(/_/g, " ")}`;
    case "SIMILAR_TEXT":
      return `similar words: ${names.join(", ")}`;
  }
}

const RelatedReason = builder.objectRef<ReasonShape>("RelatedReason").implement({
  description: "One reason two entities are alike, with what they share, so a member can check it.",
  fields: (t) => ({
    kind: t.field({ type: ReasonKind, description: "What kind of reason.", resolve: (r) => r.reason.kind }),
    text: t.string({ description: "The reason in words, e.g. \"shares the themes Capacity building and Training\".", resolve: reasonText }),
    weight: t.float({ description: "This reason's share of the score (the weights add up to the raw score).", resolve: (r) => r.reason.weight }),
    values: t.stringList({
      description: "What is shared: entity keys for SHARED_* reasons, the series, country key or continent for SAME_*, words for SIMILAR_TEXT.",
      resolve: (r) => r.reason.via,
    }),
    entities: t.field({
      type: [EntityRef],
      description: "The shared entities (SHARED_* reasons and SAME_COUNTRY); empty otherwise.",
      resolve: (r, _a, ctx, info) =>
        (SHARED.has(r.reason.kind) || r.reason.kind === "SAME_COUNTRY" ? loadEntities(ctx, r.reason.via, info) : Promise.resolve([])) as never,
    }),
  }),
});

export interface RelatedCaseShape {
  snapshot: GraphSnapshot;
  related: Case;
}

export const RelatedCase = builder.objectRef<RelatedCaseShape>("RelatedCase").implement({
  description: "An entity like the one asked about, with how alike and why.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: "The similar entity (of the same kind).", resolve: (c, _a, ctx, info) => loadEntity(ctx, c.related.id, info) as never }),
    score: t.float({ description: "Similarity from 0 (nothing shared) towards 1; only the order is meaningful across queries.", resolve: (c) => c.related.score }),
    reasons: t.field({
      type: [RelatedReason],
      description: "Why, heaviest reason first.",
      resolve: (c) => c.related.reasons.map((reason) => ({ snapshot: c.snapshot, reason })),
    }),
  }),
});
