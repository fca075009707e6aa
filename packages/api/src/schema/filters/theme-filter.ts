import { defineFilter, type CommonFilter } from "./define-filter.ts";
import { withSubThemes } from "./theme-closure.ts";

export interface ThemeFilterShape extends CommonFilter<ThemeFilterShape> {
  under?: readonly string[] | null;
  topLevel?: boolean | null;
}

export const ThemeFilter = defineFilter<ThemeFilterShape>(
  "THEME",
  "ThemeFilter",
  "Narrows a list of themes.",
  (t) => ({
    under: t.stringList({ description: "These themes (keys) and everything beneath them." }),
    topLevel: t.boolean({ description: "true: only themes without a broader theme; false: only narrower themes." }),
  }),
  async (f, ctx) => [
    ...(f.under ? [{ id: { in: await withSubThemes(ctx, f.under) } }] : []),
    ...(f.topLevel == null ? [] : [{ theme: { parentId: f.topLevel ? null : { not: null } } }]),
  ],
);
