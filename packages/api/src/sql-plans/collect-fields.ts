// graphql-js' field collection for one object type, so a plan's JSON has the keys, order and
// merged sub-selections the standard executor would give: fields grouped by response key in
// first-seen order, fragments spread where their type condition holds, @skip/@include applied.
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

export interface Selection {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

/** Response key -> the field nodes asking for it, in the order the executor answers them. */
export function collectFields(s: Selection, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(s, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || applies(s, selection.typeCondition.name.value, type)) walk(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = s.fragments[name];
        if (fragment && applies(s, fragment.typeCondition.name.value, type)) walk(fragment.selectionSet);
      }
    }
  };
  for (const set of selectionSets) walk(set);
  return fields;
}

/** The merged sub-selections of the nodes asking for one response key. */
export const subSelections = (nodes: readonly FieldNode[]): SelectionSetNode[] => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

function included(s: Selection, node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, s.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, s.variables)?.if !== false;
}

function applies(s: Selection, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = s.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && s.schema.isSubType(conditionType, type);
}
