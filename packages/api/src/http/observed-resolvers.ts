// When a non-null field fails, the executor answers with `null` up to the nearest nullable parent
// and stops waiting for fields still running elsewhere in the operation; and when a field throws
// synchronously, the loop over its siblings (or over a list's items) stops early, leaving the
// promises of those already started without a handler. If one of them then fails, that is an
// unhandled rejection, which ends a Node process. One anonymous request did it (a root field with
// a bad cursor beside `graph { nodes { history(before: "%%%") } }`; tests/reliability/fuzz.test.ts
// found it). So every resolver here
//   - fails asynchronously, never by throwing: the executor then collects every sibling's
//     promise (Promise.all) before it settles the parent, and observes them all;
//   - once its operation has been answered, fails with a promise that never settles: nobody
//     waits for it any more, and it is collected with the rest of the request.
// Errors reach clients exactly as before; only their timing changes.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";

const answered = new WeakSet<object>();
const wrapped = new WeakSet<GraphQLSchema>();
const forgotten = () => new Promise<never>(() => {});

export function observeLateRejections(schema: GraphQLSchema): Plugin {
  if (!wrapped.has(schema)) {
    wrapped.add(schema);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        // The default resolver reads a property: nothing async to lose.
        if (field.resolve) field.resolve = guarded(field.resolve);
      }
    }
  }
  return {
    onExecute({ args }) {
      return {
        onExecuteDone() {
          if (args.contextValue && typeof args.contextValue === "object") answered.add(args.contextValue);
        },
      };
    },
  };
}

function guarded(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    let result: unknown;
    try {
      result = resolve(source, args, context, info);
    } catch (error) {
      return Promise.reject(error);
    }
    if (result === null || typeof result !== "object" || typeof (result as PromiseLike<unknown>).then !== "function") return result;
    return (result as Promise<unknown>).then(undefined, (error: unknown) => {
      if (context && typeof context === "object" && answered.has(context)) return forgotten();
      throw error;
    });
  };
}
