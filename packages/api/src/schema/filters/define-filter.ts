// Every entity filter has the same skeleton: the type's own conditions, plus `search`, `keys`
// and the combinators `and`, `or`, `not`. Conditions inside one filter object must all hold.
import type { Prisma } from "@agora/db";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { textMatch } from "../entity-list.ts";

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
    return { kind, deletedAt: null, ...(filter ? await holds(filter, ctx) : {}) };
  }

  async function holds(filter: F, ctx: Context): Promise<Where> {
    const all: Where[] = [...(await conditions(filter, ctx)), textMatch(filter.search)];
    if (filter.keys) all.push({ id: { in: [...filter.keys] } });
    if (filter.and) all.push(...(await Promise.all(filter.and.map((f) => holds(f, ctx)))));
    if (filter.or) all.push({ OR: await Promise.all(filter.or.map((f) => holds(f, ctx))) });
    if (filter.not) all.push({ NOT: await holds(filter.not, ctx) });
    return { AND: all.filter((w) => Object.keys(w).length > 0) };
  }
  return { ref, where };
}

/** Adds `condition(values)` when a list filter field was given (an empty list matches nothing). */
export function when<T>(values: readonly T[] | null | undefined, condition: (values: T[]) => Where): Where[] {
  return values == null ? [] : [condition([...values])];
}
