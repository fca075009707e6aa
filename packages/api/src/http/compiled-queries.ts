// Graph queries run through graphql-jit: each distinct operation is compiled once into plain
// JavaScript that resolves exactly its fields, instead of graphql-js walking the document for
// every object of every response. A 2-hop neighbourhood answers with ~500 nodes and ~1,800 edges,
// and the walk was about a fifth of its CPU time (issue 7's Q4, measured in-process).
//
// Only operations whose every root field is a graph query, though: Pothos' Prisma plugin finds
// the rows a parent field loaded for its children by the identity of graphql-js' response path
// objects, which graphql-jit builds afresh, so a nested Prisma list under jit is loaded again
// (correct, but three times the statements). Graph answers come from the in-memory graph; only
// fields deeper than an entity's key, kind and label go to the database there, and they are
// loaded per request as before. Mutations and subscriptions always keep the standard executor.
import { useGraphQlJit } from "@envelop/graphql-jit";
import { getOperationAST, Kind, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Root fields answered from the in-memory graph (schema/graph/graph-queries.ts). */
export const GRAPH_ROOT_FIELDS: ReadonlySet<string> = new Set(["neighbourhood", "graph", "path", "relatedCases", "networkStats", "timeline", "__typename"]);

/** Whether the operation is a query asking for graph root fields only (fragments at the root: no). */
export function isGraphOnlyQuery(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  return operation?.operation === "query" && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && GRAPH_ROOT_FIELDS.has(s.name.value));
}

export function compiledQueries(): Plugin {
  return useGraphQlJit({}, { enableIf: ({ document, operationName }) => isGraphOnlyQuery(document, operationName) }) as Plugin;
}
