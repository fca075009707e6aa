// A query that runs longer than `timeoutMs` (OPERATION_TIMEOUT_MS) is answered with 503
// OPERATION_TIMEOUT instead of holding its client. The work already started is not cancelled
// (graphql-js cannot abort resolvers); its result is dropped. Mutations are left to finish:
// answering "timed out" for a write that then commits would be a lie, and each one is a single
// transaction bounded by the database's own lock timeouts. Subscriptions are long by design.
import { getOperationAST, GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";

export function operationTimeout(timeoutMs: number): Plugin {
  if (!(timeoutMs > 0)) return {};
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      setExecuteFn((executionArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => resolve({ errors: [timeoutError(timeoutMs)] }), timeoutMs);
        });
        const run = Promise.resolve(executeFn(executionArgs)) as Promise<ExecutionResult>;
        return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
      });
    },
  };
}

function timeoutError(timeoutMs: number) {
  return new GraphQLError(`The operation took longer than ${timeoutMs} ms, the limit; ask for less (smaller pages, fewer fields) or try again later.`, {
    extensions: { code: "OPERATION_TIMEOUT", limit: timeoutMs, http: { status: 503 } },
  });
}
