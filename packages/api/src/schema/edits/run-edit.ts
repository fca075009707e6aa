// Every mutation goes through here: the edit runs, problems the person can correct come back as
// userErrors (all of them, field by field), a refusal on ownership is a FORBIDDEN error, and a
// successful change is announced to subscribers and clears cached answers.
import { GraphQLError } from "graphql";
import { EditError, type EditActor } from "@agora/db";
import type { Context } from "../../context.ts";
import type { UserErrorShape } from "./user-error.ts";
import type { EntityChangeEvent } from "../../live/pubsub.ts";

export function editActor(ctx: Context): EditActor {
  // Scope-auth has already refused anonymous callers; this is the type-level guarantee.
  if (!ctx.actor) throw new GraphQLError("sign in first: this needs an account", { extensions: { code: "UNAUTHENTICATED" } });
  return { userId: ctx.actor.userId, role: ctx.actor.role };
}

export async function runEdit<T>(
  ctx: Context,
  edit: () => Promise<T>,
  changes: (result: T) => Omit<EntityChangeEvent, "at">[] | Promise<Omit<EntityChangeEvent, "at">[]>,
): Promise<{ result: T | null; userErrors: UserErrorShape[] }> {
  try {
    const result = await edit();
    const at = new Date().toISOString();
    for (const change of await changes(result)) ctx.pubsub.publish({ ...change, at });
    // Lists, counts, paths and stats all may hold what changed: drop every cached answer.
    await ctx.responseCache.invalidateAll();
    return { result, userErrors: [] };
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    if (error.code === "FORBIDDEN") throw new GraphQLError(error.message, { extensions: { code: "FORBIDDEN" } });
    return { result: null, userErrors: error.issues.map((issue) => ({ code: error.code, path: issue.path, message: issue.message })) };
  }
}
