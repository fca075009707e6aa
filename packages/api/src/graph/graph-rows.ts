// Graph answers name entities, and most clients ask no more of them than the graph itself holds:
// `relatedCases { entity { key kind label } }`, `path { nodes { key label } }`. Those entities
// are made from the graph, with no statement; an entity asked for anything else (a description,
// its sources) is loaded from the database as before (loaders.ts).
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Context } from "../context.ts";
import { snapshotFor } from "./graph-index.ts";

/** Entity fields answered from what the graph holds: its key (the row id), kind and label. */
const GRAPH_FIELDS: ReadonlySet<string> = new Set(["id", "key", "kind", "label", "url", "__typename"]);

/** An entity row with only the columns those fields read (see the Entity interface's `select`). */
export interface GraphRow {
  id: string;
  kind: string;
  label: string;
}

const verdicts = new WeakMap<object, boolean>();

/** Whether the field's selection asks only for GRAPH_FIELDS, through fragments too (a directive: no). */
export function asksGraphFieldsOnly(info: GraphQLResolveInfo): boolean {
  // Documents are parsed once and cached, so a field's nodes are the same objects on every request.
  const key = info.fieldNodes[0]!;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = info.fieldNodes.every((node) => node.selectionSet !== undefined && onlyGraphFields(node.selectionSet, info.fragments, new Set()));
    if (info.fieldNodes.length === 1) verdicts.set(key, verdict);
  }
  return verdict;
}

function onlyGraphFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.directives?.length) return false;
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.selectionSet === undefined && GRAPH_FIELDS.has(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return onlyGraphFields(selection.selectionSet, fragments, seen);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments[selection.name.value];
        if (!fragment) return false;
        if (seen.has(fragment.name.value)) return true; // already checked (fragments may repeat)
        seen.add(fragment.name.value);
        return onlyGraphFields(fragment.selectionSet, fragments, seen);
      }
    }
  });
}

/**
 * The entities as the graph holds them (missing ones null), when the field asks for nothing
 * more and the graph holds every write seen so far; otherwise null, and the caller loads them.
 */
export async function graphRows(ctx: Context, ids: readonly string[], info: GraphQLResolveInfo): Promise<(GraphRow | null)[] | null> {
  if (!asksGraphFieldsOnly(info)) return null;
  const snapshot = await snapshotFor(ctx);
  if (!ctx.graph.isNewest(snapshot)) return null;
  const { graph } = snapshot;
  return ids.map((id) => {
    const i = graph.indexOf(id);
    return i < 0 ? null : { id, kind: graph.kind(i), label: graph.label(i) };
  });
}
