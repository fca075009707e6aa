// The response cache: a query's answer is stored under its operation text and variables, and a
// repeated request is answered from the store without executing anything.
//
// Our own plugin rather than useResponseCache, whose entity tracking cost more than it gave us:
// it adds `__typename` and `id` to every selection set, then copies every object of every
// answer to strip them again and to note which objects the answer holds, so that an edit of one
// object drops only the answers holding it. Agora drops the whole cache on every write (see
// schema/edits/run-edit.ts and the DataVersion watcher), so the walk bought nothing, and it took
// a fifth of the CPU of a large graph answer (and left the copies in slow dictionary mode).
import { createHash } from "node:crypto";
import { getOperationAST, print, type DocumentNode, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ResponseCache } from "./response-cache.ts";

export interface CachedResponsesOptions {
  cache: ResponseCache;
  ttlMs: number;
  /** Whether this request may be answered from, and stored in, the shared cache. */
  enabled: (request: Request) => boolean;
}

const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);
const texts = new WeakMap<DocumentNode, string>();
// The JSON of each answer held in memory, written on its first hit and reused by every later
// one: yoga calls a result's own `stringify` when it has one. (Answers from Redis are parsed
// afresh on every hit, so they are serialised again.)
const answers = new WeakMap<ExecutionResult, string>();

export function cachedResponses({ cache, ttlMs, enabled }: CachedResponsesOptions): Plugin<{ request?: Request }> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const request = args.contextValue.request;
      if (!request || !enabled(request)) return;
      const operation = getOperationAST(args.document, args.operationName);
      // Introspection answers are big, cheap to compute and rarely repeated.
      if (operation?.operation !== "query" || operation.selectionSet.selections.some((s) => s.kind === "Field" && INTROSPECTION_FIELDS.has(s.name.value))) return;
      const key = cacheKey(args.document, args.operationName, args.variableValues);
      const startedAt = cache.generation;
      const cached = await cache.store.get(key);
      if (cached) {
        setResultAndStopExecution(withStoredText(cached));
        return;
      }
      return {
        onExecuteDone({ result }) {
          // Answers with errors are not kept: the next request should try again.
          if (!("data" in result) || result.errors?.length || !result.data) return;
          // A write emptied the cache while this ran: the answer may hold what it replaced.
          if (cache.generation !== startedAt) return;
          void cache.store.set(key, result, [], ttlMs);
        },
      };
    },
  };
}

function withStoredText(cached: ExecutionResult): ExecutionResult {
  const stringify = () => {
    let text = answers.get(cached);
    if (text === undefined) answers.set(cached, (text = JSON.stringify(cached)));
    return text;
  };
  return { ...cached, stringify } as ExecutionResult;
}

function cacheKey(document: DocumentNode, operationName: string | null | undefined, variables: unknown): string {
  let text = texts.get(document);
  if (text === undefined) texts.set(document, (text = print(document)));
  return createHash("sha256")
    .update(text)
    .update("|")
    .update(operationName ?? "")
    .update("|")
    .update(JSON.stringify(variables ?? {}))
    .digest("hex");
}
