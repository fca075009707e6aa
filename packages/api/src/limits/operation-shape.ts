// Depth, aliases and directives of one operation, read from the document alone. Fragments are
// expanded where they are spread, so hiding fields in fragments changes nothing; each fragment
// is measured once and reused, so a document that spreads fragments into fragments cannot
// make this walk exponential.
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
}

// Introspection answers `ofType` from memory, one object per wrapping of a type (List, NonNull):
// it cannot fan out, and GraphiQL's introspection query nests it seven times. Not counting it
// keeps that query well inside the depth limit without exempting introspection as a whole.
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

export function measureOperation(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): OperationShape {
  const memo = new Map<string, OperationShape>();

  function walk(selectionSet: SelectionSetNode, introspection: boolean, spreading: ReadonlySet<string>): OperationShape {
    const shape: OperationShape = { depth: 0, aliases: 0, directives: 0 };
    for (const selection of selectionSet.selections) {
      shape.directives += selection.directives?.length ?? 0;
      let inner: OperationShape | undefined;
      let levels = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) shape.aliases++;
        const name = selection.name.value;
        levels = introspection && name === "ofType" ? 0 : 1;
        if (selection.selectionSet) inner = walk(selection.selectionSet, introspection || INTROSPECTION_ROOTS.has(name), spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = walk(selection.selectionSet, introspection, spreading);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle or an unknown fragment: graphql's own rules report it.
        if (!fragment || spreading.has(name)) continue;
        const key = `${name}:${introspection}`;
        inner = memo.get(key);
        if (!inner) {
          const own = walk(fragment.selectionSet, introspection, new Set([...spreading, name]));
          inner = { ...own, directives: own.directives + (fragment.directives?.length ?? 0) };
          memo.set(key, inner);
        }
      }
      shape.depth = Math.max(shape.depth, levels + (inner?.depth ?? 0));
      shape.aliases += inner?.aliases ?? 0;
      shape.directives += inner?.directives ?? 0;
    }
    return shape;
  }

  const shape = walk(operation.selectionSet, false, new Set());
  return { ...shape, directives: shape.directives + (operation.directives?.length ?? 0) };
}
