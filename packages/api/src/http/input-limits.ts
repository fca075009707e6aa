// Limits on the size of input values, literal or in variables, checked before any coercion,
// resolver or SQL. Without them a filter nested 50,000 levels deep overflows the stack while
// variables are coerced (a 500), one nested 200 deep exceeds Prisma's recursion limit, and a
// list of 50,000 theme keys or 5,000 `or` branches exceeds the database's parameter limit after
// seconds of work. Real inputs are small: the web app's deepest is 5 levels, its longest list a
// few keys, and importData's file travels as one string.
import { Kind, type ASTNode, type ValueNode, type ValidationRule } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";

export interface InputLimits {
  /** Objects and lists nested in each other, counting the outermost. */
  maxDepth: number;
  /** Items in any one list. */
  maxListLength: number;
  /** Values in all the inputs of one request, every object, list and scalar counted. */
  maxValues: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 12, maxListLength: 100, maxValues: 2_000 };

const refusal = (message: string, limits: Record<string, number>, nodes?: ASTNode) =>
  createGraphQLError(message, { nodes, extensions: { code: "INPUT_LIMIT_EXCEEDED", ...limits, http: { spec: true, status: 400 } } });

export function inputLimits(limits: InputLimits = DEFAULT_INPUT_LIMITS): Plugin {
  return {
    onParams({ params }) {
      const problem = measureJson(params.variables, limits);
      if (problem) throw refusal(`The variables ${problem}.`, { limit: limitOf(problem, limits) });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(literalRule(limits));
    },
  };
}

function limitOf(problem: string, limits: InputLimits) {
  return problem.includes("deep") ? limits.maxDepth : problem.includes("items") ? limits.maxListLength : limits.maxValues;
}

/** Iterative, so that the check itself cannot overflow the stack it protects. */
function measureJson(root: unknown, limits: InputLimits): string | null {
  if (root === null || typeof root !== "object") return null;
  const stack: [unknown, number][] = [[root, 0]];
  let values = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++values > limits.maxValues) return `hold more than ${limits.maxValues} values, the limit`;
    if (value === null || typeof value !== "object") continue;
    // The variables object itself is depth 0: each variable's value starts at depth 1.
    if (depth > limits.maxDepth) return `are nested more than ${limits.maxDepth} levels deep, the limit`;
    if (Array.isArray(value)) {
      if (value.length > limits.maxListLength) return `hold a list of ${value.length} items; the limit is ${limits.maxListLength}`;
      for (const item of value) stack.push([item, depth + 1]);
    } else {
      for (const item of Object.values(value)) stack.push([item, depth + 1]);
    }
  }
  return null;
}

function literalRule(limits: InputLimits): ValidationRule {
  return (context) => {
    let values = 0;
    let reported = false;
    const report = (message: string, limit: number, node: ASTNode) => {
      if (reported) return;
      reported = true;
      context.reportError(refusal(message, { limit }, node));
    };
    const walk = (node: ValueNode, depth: number) => {
      if (reported) return;
      if (++values > limits.maxValues) return report(`The operation's arguments hold more than ${limits.maxValues} values, the limit.`, limits.maxValues, node);
      if (node.kind === Kind.LIST) {
        if (depth > limits.maxDepth) return report(`An argument is nested more than ${limits.maxDepth} levels deep, the limit.`, limits.maxDepth, node);
        if (node.values.length > limits.maxListLength) return report(`An argument holds a list of ${node.values.length} items; the limit is ${limits.maxListLength}.`, limits.maxListLength, node);
        for (const item of node.values) walk(item, depth + 1);
      } else if (node.kind === Kind.OBJECT) {
        if (depth > limits.maxDepth) return report(`An argument is nested more than ${limits.maxDepth} levels deep, the limit.`, limits.maxDepth, node);
        for (const field of node.fields) walk(field.value, depth + 1);
      }
    };
    return {
      Argument(argument) {
        walk(argument.value, 1);
        return false;
      },
    };
  };
}
