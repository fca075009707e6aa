// Prisma turns each condition on a to-one relation (a session's row, a city's country) into a
// join of its own, and SQLite joins at most 64 tables in one SELECT: a filter with enough `or`
// branches failed there with "at most 64 tables in a join" (a masked internal error), while
// PostgreSQL answered it slowly. Counted here from the compiled condition and the Prisma
// datamodel, and refused with a code before any SQL on either database. Conditions on to-many
// relations (`some`, `none`, `every`) are subqueries, each a SELECT with its own joins.
import { getDatamodel } from "@agora/db";
import { GraphQLError } from "graphql";

/** Tables one SELECT of a filtered list may join: far above real filters, below SQLite's 64. */
export const MAX_FILTER_TABLES = 40;

type Field = { kind: string; type: string; isList: boolean };

const FIELDS = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([model, { fields }]) => [
    model,
    new Map((fields as readonly Field[]).map((f) => [(f as Field & { name: string }).name, f])),
  ]),
);

export function isToOneRelation(model: string, field: string): boolean {
  const f = FIELDS.get(model)?.get(field);
  return f?.kind === "object" && !f.isList;
}

/** The most tables any one SELECT of this condition on `model` joins, counting the model's own. */
export function tablesJoined(where: unknown, model = "Entity"): number {
  const { joins, deepest } = measure(where, model);
  return Math.max(1 + joins, deepest);
}

/** Throws INPUT_LIMIT_EXCEEDED when the compiled filter would join too many tables. */
export function checkJoinBudget(where: unknown, model = "Entity"): void {
  const tables = tablesJoined(where, model);
  if (tables <= MAX_FILTER_TABLES) return;
  throw new GraphQLError(
    `This filter is too complex: its conditions on related records (places, dates, kinds of a session...) need ${tables} tables in one query; ` +
      `the limit is ${MAX_FILTER_TABLES}. Use fewer \`or\` branches, or list several values in one field (e.g. \`cities: [a, b]\`) instead of one branch each.`,
    { extensions: { code: "INPUT_LIMIT_EXCEEDED", limit: MAX_FILTER_TABLES } },
  );
}

/** `joins`: to-one relation joins in this SELECT; `deepest`: tables of the largest subquery. */
function measure(where: unknown, model: string): { joins: number; deepest: number } {
  let joins = 0;
  let deepest = 0;
  if (where === null || typeof where !== "object") return { joins, deepest };
  const fields = FIELDS.get(model);
  for (const [key, value] of Object.entries(where)) {
    if (key === "AND" || key === "OR" || key === "NOT") {
      for (const part of [value].flat()) {
        const m = measure(part, model);
        joins += m.joins;
        deepest = Math.max(deepest, m.deepest);
      }
      continue;
    }
    const field = fields?.get(key);
    if (field?.kind !== "object" || value === null || typeof value !== "object") continue;
    const v = value as Record<string, unknown>;
    if (field.isList) {
      for (const op of ["some", "none", "every"] as const) {
        if (v[op] !== undefined) deepest = Math.max(deepest, tablesJoined(v[op], field.type));
      }
    } else {
      joins += 1;
      for (const inner of "is" in v || "isNot" in v ? [v.is, v.isNot] : [v]) {
        const m = measure(inner, field.type);
        joins += m.joins;
        deepest = Math.max(deepest, m.deepest);
      }
    }
  }
  return { joins, deepest };
}
