// Estimates what an operation can cost once its variables are known, and finds page sizes out
// of range. It runs after variable coercion and before execution, so a page size passed as a
// variable counts exactly like a literal one, and a rejected operation issues no SQL.
//
// cost = the most objects the response can hold. A field that returns an object costs 1 for
// every parent object it is selected on; a list of objects costs one per item, where a
// connection's `edges` (or `nodes`) hold `first`/`last` items (the default page size when
// neither is given) and any other list is assumed to hold `assumedListSize`. Scalars are free.
// So `sessions(first: 10) { edges { node { participants(first: 5) { edges { node { person
// { name } } } } } } }` costs 1 + 10 + 10 + 10 + 50 + 50 + 50 = 181.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { QueryLimits } from "./query-limits.ts";

export interface PageSizeViolation {
  /** Schema coordinate of the field, e.g. `Session.participants`. */
  field: string;
  argument: "first" | "last";
  value: number;
}

export interface CostReport {
  cost: number;
  pageSizeViolations: PageSizeViolation[];
}

type CostLimits = Pick<QueryLimits, "maxPageSize" | "defaultPageSize" | "assumedListSize">;

const PAGE_ARGUMENTS = ["first", "last"] as const;

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: CostLimits,
): CostReport {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const pageSizeViolations: PageSizeViolation[] = [];
  // Costs are linear in the number of parent objects, so the cost per parent of a selection set
  // on one type is computed once, however often it is reached (fragments spread many times,
  // abstract types expanded into each of their object types).
  const memo = new WeakMap<SelectionSetNode, Map<string, number>>();

  function pageSizeOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    if (!field.args.some((a) => a.name === "first" || a.name === "last")) return undefined;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, variables);
    } catch {
      // Execution reports the invalid argument itself.
      return limits.defaultPageSize;
    }
    let size: number | undefined;
    for (const argument of PAGE_ARGUMENTS) {
      const value = values[argument];
      if (typeof value !== "number") continue;
      if (value < 0 || value > limits.maxPageSize) pageSizeViolations.push({ field: `${type.name}.${field.name}`, argument, value });
      size = Math.max(size ?? 0, Math.min(Math.max(value, 0), limits.maxPageSize));
    }
    return size ?? limits.defaultPageSize;
  }

  /**
   * Cost per parent object of `selectionSet` on `type`; `pageSize` is set inside a connection.
   * An object of an abstract type is one of its object types: the costliest one counts.
   */
  function walk(selectionSet: SelectionSetNode, type: GraphQLCompositeType, pageSize: number | undefined, introspection: boolean): number {
    const objectTypes = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    let cost = 0;
    for (const objectType of objectTypes) cost = Math.max(cost, walkObject(selectionSet, objectType, pageSize, introspection));
    return cost;
  }

  function walkObject(selectionSet: SelectionSetNode, type: GraphQLObjectType, pageSize: number | undefined, introspection: boolean): number {
    const key = `${type.name}:${pageSize}:${introspection}`;
    let costs = memo.get(selectionSet);
    const known = costs?.get(key);
    if (known !== undefined) return known;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        // Validation has run (no unknown fragments, no cycles) before this is called.
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        const condition = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (fragment && applies(condition, type)) cost += walkObject(fragment.selectionSet, type, pageSize, introspection);
        continue;
      }
      const field = type.getFields()[selection.name.value];
      if (!field) continue; // __typename, or a field validation already rejected
      const childPageSize = pageSizeOf(type, field, selection);
      const returned = getNamedType(field.type);
      if (!isCompositeType(returned) || !selection.selectionSet) continue;
      const inIntrospection = introspection || selection.name.value === "__schema" || selection.name.value === "__type";
      // See operation-shape.ts: an introspection `ofType` is one in-memory object, not a fan-out.
      const own = inIntrospection && selection.name.value === "ofType" ? 0 : 1;
      const items = isListType(getNullableType(field.type)) ? (pageSize ?? limits.assumedListSize) : 1;
      cost += items * (own + walk(selection.selectionSet, returned, childPageSize, inIntrospection));
    }
    if (!costs) memo.set(selectionSet, (costs = new Map()));
    costs.set(key, cost);
    return cost;
  }

  function applies(condition: GraphQLNamedType | null | undefined, type: GraphQLObjectType): boolean {
    return condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));
  }

  const root = schema.getRootType(operation.operation);
  const cost = root ? walk(operation.selectionSet, root, undefined, false) : 0;
  return { cost, pageSizeViolations };
}
