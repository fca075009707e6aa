import { GraphQLError, type ASTNode } from "graphql";

export type LimitCode =
  | "DEPTH_LIMIT_EXCEEDED"
  | "ALIAS_LIMIT_EXCEEDED"
  | "DIRECTIVE_LIMIT_EXCEEDED"
  | "TOKEN_LIMIT_EXCEEDED"
  | "COST_LIMIT_EXCEEDED"
  | "PAGE_SIZE_LIMIT_EXCEEDED";

/**
 * A rejected request, before any resolver ran. `http.spec` makes yoga answer 400 to clients
 * that accept application/graphql-response+json and 200 to application/json-only clients,
 * as the GraphQL-over-HTTP spec asks for request errors.
 */
export function limitError(code: LimitCode, message: string, details: Record<string, unknown> = {}, nodes?: ASTNode | readonly ASTNode[]) {
  return new GraphQLError(message, {
    nodes,
    extensions: { code, ...details, http: { spec: true, status: 400 } },
  });
}
