// One yoga plugin for every limit: tokens while parsing, depth/aliases/directives while
// validating, and page sizes and cost once the variables are coerced, just before execution.
// Each rejection is a GraphQL error with a stable `extensions.code` and no `data`.
import { getOperationAST, getVariableValues, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { limitError } from "./limit-error.ts";
import { estimateCost, type PageSizeViolation } from "./operation-cost.ts";
import { operationShapeRule } from "./operation-shape-rule.ts";
import type { QueryLimits } from "./query-limits.ts";

// graphql 16 spells it "more that"; a later version may fix the typo.
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:at|an) \d+ tokens/;

export function useQueryLimits(limits: QueryLimits): Plugin {
  const shapeRule = operationShapeRule(limits);
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
            throw limitError("TOKEN_LIMIT_EXCEEDED", `The document has more than ${limits.maxTokens} tokens, the limit; parsing stopped there.`, { limit: limits.maxTokens });
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(shapeRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const { coerced } = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
      // Bad variables: execution rejects them with its own message, before any resolver runs.
      if (!coerced) return;
      const report = estimateCost(args.schema, args.document, operation, coerced, limits);
      if (report.pageSizeViolations.length) {
        setResultAndStopExecution({ errors: unique(report.pageSizeViolations).map((v) => pageSizeError(v, limits.maxPageSize)) });
      } else if (report.cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitError(
              "COST_LIMIT_EXCEEDED",
              `The operation could return up to ${report.cost} objects; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) on nested connections.`,
              { cost: report.cost, limit: limits.maxCost },
            ),
          ],
        });
      }
    },
  };
}

function pageSizeError({ field, argument, value }: PageSizeViolation, max: number) {
  const problem = value < 0 ? "must not be negative" : `is more than the largest page, ${max}`;
  return limitError("PAGE_SIZE_LIMIT_EXCEEDED", `${argument}: ${value} on ${field} ${problem}.`, { field, argument, value, limit: max });
}

function unique(violations: PageSizeViolation[]) {
  const seen = new Map(violations.map((v) => [`${v.field}/${v.argument}/${v.value}`, v]));
  return [...seen.values()];
}
