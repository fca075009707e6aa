// The small value types of `stats`: each pairs a dimension with a count.
import { builder } from "../../builder.ts";
import { EntityKind, type EntityKindName } from "../entity-kind.ts";
import { Continent } from "../country.ts";

export const KindCount = builder.objectRef<{ kind: EntityKindName; count: number }>("KindCount").implement({
  description: "The number of live entities of one kind.",
  fields: (t) => ({
    kind: t.field({ type: EntityKind, description: "The kind.", resolve: (c) => c.kind }),
    count: t.exposeInt("count", { description: "How many live entities are of this kind." }),
  }),
});

type ContinentName = "AFRICA" | "ASIA" | "EUROPE" | "NORTH_AMERICA" | "SOUTH_AMERICA" | "OCEANIA";

export const ContinentCount = builder.objectRef<{ continent: ContinentName; count: number }>("ContinentCount").implement({
  description: "The number of entities on one continent.",
  fields: (t) => ({
    continent: t.field({ type: Continent, description: "The continent.", resolve: (c) => c.continent }),
    count: t.exposeInt("count", { description: "How many entities are on it." }),
  }),
});

export const YearCount = builder.objectRef<{ year: number; count: number }>("YearCount").implement({
  description: "The number of sessions (by start date) or resources (by date) in one year.",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "The year." }),
    count: t.exposeInt("count", { description: "How many entities are dated in it." }),
  }),
});

export const ContinentYearCount = builder.objectRef<{ continent: string | null; year: number | null; count: number }>("ContinentYearCount").implement({
  description: "The number of sessions on one continent in one year.",
  fields: (t) => ({
    continent: t.field({ type: Continent, nullable: true, description: "The continent; null for sessions with no known place.", resolve: (c) => c.continent as never }),
    year: t.int({ nullable: true, description: "The start year; null for undated sessions.", resolve: (c) => c.year }),
    count: t.exposeInt("count", { description: "Sessions, each counted once." }),
  }),
});
