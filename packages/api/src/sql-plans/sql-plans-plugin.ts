// Runs the read operations plan-operation.ts can plan as one SQL statement, and everything else
// through graphql-js. Validation, query limits, the response cache and the
// timeout all still apply: only the execute step is replaced.
import { GraphQLError, type DocumentNode, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { planOperation, type SqlPlan } from "./plan-operation.ts";
import { jsonTextResult } from "./json-text-result.ts";

/** Plans kept per parsed document (yoga reuses the parsed document of a repeated query text). */
const PLANS_PER_DOCUMENT = 64;

export function sqlPlans(): Plugin {
  const plans = new WeakMap<DocumentNode, Map<string, SqlPlan | null>>();
  return {
    onExecute({ args, setExecuteFn }) {
      const db = (args.contextValue as unknown as Context).db;
      if (!db.readJsonText) return;
      let known = plans.get(args.document);
      if (!known) plans.set(args.document, (known = new Map()));
      const key = `${args.operationName ?? ""}\n${JSON.stringify(args.variableValues ?? {})}`;
      let plan = known.get(key);
      if (plan === undefined) {
        plan = planOperation(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | null, db.kind);
        if (known.size >= PLANS_PER_DOCUMENT) known.clear();
        known.set(key, plan);
      }
      if (!plan) return;
      const { sql, values } = plan;
      setExecuteFn(async (): Promise<ExecutionResult> => {
        try {
          return jsonTextResult(await db.readJsonText!(sql, values));
        } catch (error) {
          // As a failing resolver would: the client sees "Unexpected error." (maskedErrors).
          return { data: null, errors: [new GraphQLError((error as Error).message, { originalError: error as Error })] };
        }
      });
    },
  };
}
