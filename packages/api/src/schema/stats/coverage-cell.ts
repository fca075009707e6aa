import { builder } from "../../builder.ts";
import { Continent } from "../country.ts";
import { Theme } from "../theme.ts";

export interface CoverageCellShape {
  continent: string | null;
  theme: object | null;
  year: number | null;
  sessions: number;
}

export const CoverageCell = builder.objectRef<CoverageCellShape>("CoverageCell").implement({
  description: "One cell of the coverage grid: sessions on a continent, under a top-level theme, in a year.",
  fields: (t) => ({
    continent: t.field({ type: Continent, nullable: true, description: "Null for sessions with no known place.", resolve: (c) => c.continent as never }),
    theme: t.field({ type: Theme, nullable: true, description: "A top-level theme; null for untagged sessions.", resolve: (c) => c.theme as never }),
    year: t.int({ nullable: true, description: "Start year; null for undated sessions.", resolve: (c) => c.year }),
    sessions: t.exposeInt("sessions", { description: "Sessions in the cell, each counted once." }),
  }),
});
