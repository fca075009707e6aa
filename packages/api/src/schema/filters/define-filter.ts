// Every entity filter has the same skeleton: the type's own conditions, plus `search`, `keys`
// and the combinators `and`, `or`, `not`. Conditions inside one filter object must all hold.
//
// The combinators are compiled here rather than handed to Prisma as they come: Prisma drops an
// empty condition ({} or { AND: [] }) from an OR instead of reading it as "true", reads NOT {}
// as "true", and an OR: [] nested in an AND as "true" too. So a filter object with no
// conditions is `true` here, an empty `or` is `false`, and only non-trivial conditions reach
// Prisma. Conditions on the same detail row (a session's kind, city, dates) are merged into one
// relation filter, because Prisma joins the table once per relation filter (see join-budget.ts).
import type { Prisma } from "@agora/db";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { textMatch } from "../entity-list.ts";
import { checkJoinBudget, isToOneRelation } from "./join-budget.ts";

export type Where = Prisma.EntityWhereInput;

export interface CommonFilter<F> {
  search?: string | null;
  keys?: readonly string[] | null;
  and?: readonly F[] | null;
  or?: readonly F[] | null;
  not?: F | null;
}

type FieldsOf = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

export function defineFilter<F extends CommonFilter<F>>(
  kind: Prisma.EntityWhereInput["kind"] & string,
  name: string,
  description: string,
  ownFields: (t: FieldsOf) => Record<string, unknown>,
  /** The type's own conditions for one filter object, all of which must hold. */
  conditions: (filter: F, ctx: Context) => Promise<Where[]> | Where[],
) {
  const ref = builder.inputRef<F>(name);
  ref.implement({
    description: `${description} Conditions given together must all hold; combine filters with \`and\`, \`or\` and \`not\`.`,
    // The shape F is declared by each filter; Pothos cannot check fields built from a callback.
    fields: (t) =>
      ({
      ...(ownFields(t) as {}),
      search: t.string({ description: "Words that must all appear (accent- and case-insensitively) in its names, aliases or description." }),
      keys: t.stringList({ description: "Only these entities, by key." }),
      and: t.field({ type: [ref], description: "Every one of these filters must hold." }),
      or: t.field({ type: [ref], description: "At least one of these filters must hold." }),
      not: t.field({ type: ref, description: "This filter must not hold." }),
      }) as never,
  });

  /** Live entities of the filter's kind for which the filter holds. */
  async function where(filter: F | null | undefined, ctx: Context): Promise<Where> {
    const condition = filter ? await holds(filter, ctx) : true;
    const compiled: Where = { kind, deletedAt: null, ...(condition === true ? {} : condition === false ? NOTHING : condition) };
    checkJoinBudget(compiled);
    return compiled;
  }

  async function holds(filter: F, ctx: Context): Promise<Condition> {
    const own = mergeRelationFilters([...(await conditions(filter, ctx)), textMatch(filter.search)]);
    const all: Condition[] = own.map((w) => (w === NOTHING ? false : w));
    if (filter.keys) all.push(filter.keys.length ? { id: { in: [...filter.keys] } } : false);
    if (filter.and) all.push(...(await Promise.all(filter.and.map((f) => holds(f, ctx)))));
    if (filter.or) all.push(anyOf(await Promise.all(filter.or.map((f) => holds(f, ctx)))));
    if (filter.not) all.push(negation(await holds(filter.not, ctx)));
    return allOf(all);
  }
  return { ref, where };
}

/** A compiled condition: a Prisma condition, or a constant. */
type Condition = Where | boolean;

/** Matches no entity (Prisma renders it as `1=0`). */
export const NOTHING: Where = Object.freeze({ id: { in: [] } }) as Where;

const isEmpty = (c: Condition) => c !== true && c !== false && Object.keys(c).length === 0;

function allOf(parts: Condition[]): Condition {
  if (parts.includes(false)) return false;
  const real = parts.filter((p): p is Where => p !== true && !isEmpty(p));
  return real.length === 0 ? true : real.length === 1 ? real[0]! : { AND: real };
}

function anyOf(parts: Condition[]): Condition {
  if (parts.some((p) => p === true || isEmpty(p))) return true;
  const real = parts.filter((p): p is Where => p !== false);
  return real.length === 0 ? false : real.length === 1 ? real[0]! : { OR: real };
}

const negation = (c: Condition): Condition => (c === true || isEmpty(c) ? false : c === false ? true : { NOT: c });

/**
 * `[{ session: A }, { session: B }, C]` → `[{ session: { AND: [A, B] } }, C]`: one join of the
 * session row instead of one per condition. Only for to-one relations (one row to match).
 */
function mergeRelationFilters(conditions: Where[]): Where[] {
  const merged = new Map<string, Where[]>();
  const rest: Where[] = [];
  for (const c of conditions) {
    const keys = Object.keys(c);
    const relation = keys.length === 1 && isToOneRelation("Entity", keys[0]!) && c !== NOTHING ? keys[0]! : null;
    if (relation === null) rest.push(c);
    else merged.set(relation, [...(merged.get(relation) ?? []), (c as Record<string, Where>)[relation]!]);
  }
  return [...rest, ...[...merged].map(([relation, wheres]) => ({ [relation]: wheres.length === 1 ? wheres[0] : { AND: wheres } }) as Where)];
}

/** Adds `condition(values)` when a list filter field was given (an empty list matches nothing). */
export function when<T>(values: readonly T[] | null | undefined, condition: (values: T[]) => Where): Where[] {
  return values == null ? [] : values.length === 0 ? [NOTHING] : [condition([...values])];
}
