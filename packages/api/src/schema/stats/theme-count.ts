import { builder } from "../../builder.ts";
import { Theme } from "../theme.ts";

export interface ThemeCountShape {
  theme: object;
  count: number;
  directCount: number;
}

export const ThemeCount = builder.objectRef<ThemeCountShape>("ThemeCount").implement({
  description: "The number of entities tagged with one theme.",
  fields: (t) => ({
    theme: t.field({ type: Theme, description: "The theme.", resolve: (c) => c.theme as never }),
    count: t.exposeInt("count", { description: "Entities tagged with the theme or any theme beneath it, each once." }),
    directCount: t.exposeInt("directCount", { description: "Entities tagged with exactly this theme." }),
  }),
});
