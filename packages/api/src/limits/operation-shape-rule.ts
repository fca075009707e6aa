// Validation rule: rejects an operation nested too deep or carrying too many aliases or
// directives, naming the operation, the limit and what was found.
import { Kind, type FragmentDefinitionNode, type ValidationRule } from "graphql";
import { limitError } from "./limit-error.ts";
import { measureOperation } from "./operation-shape.ts";
import type { QueryLimits } from "./query-limits.ts";

export function operationShapeRule(limits: Pick<QueryLimits, "maxDepth" | "maxAliases" | "maxDirectives">): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const shape = measureOperation(operation, fragments);
        const name = operation.name ? `Operation "${operation.name.value}"` : "The operation";
        if (shape.depth > limits.maxDepth) {
          context.reportError(
            limitError("DEPTH_LIMIT_EXCEEDED", `${name} is nested ${shape.depth} fields deep; the limit is ${limits.maxDepth}.`, { depth: shape.depth, limit: limits.maxDepth }, operation),
          );
        }
        if (shape.aliases > limits.maxAliases) {
          context.reportError(
            limitError("ALIAS_LIMIT_EXCEEDED", `${name} uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}.`, { aliases: shape.aliases, limit: limits.maxAliases }, operation),
          );
        }
        if (shape.directives > limits.maxDirectives) {
          context.reportError(
            limitError("DIRECTIVE_LIMIT_EXCEEDED", `${name} uses ${shape.directives} directives; the limit is ${limits.maxDirectives}.`, { directives: shape.directives, limit: limits.maxDirectives }, operation),
          );
        }
        return false;
      },
    };
  };
}
