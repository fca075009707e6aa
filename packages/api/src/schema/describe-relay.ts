// Pothos generates the Relay machinery (connection and edge types, page info, paging
// arguments, global ids) without descriptions. Their meaning is the same everywhere, so it is
// written once here rather than at each of the fifty connection fields.
import { isInterfaceType, isObjectType, type GraphQLField, type GraphQLSchema } from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.ts";

const ARGS: Record<string, string> = {
  first: `Return the first n items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  last: `Return the last n items (at most ${MAX_PAGE_SIZE}).`,
  after: "Return items after this cursor (an `endCursor` or edge `cursor` from a previous page).",
  before: "Return items before this cursor (a `startCursor` or edge `cursor` from a previous page).",
  id: "A globally unique ID, as the `id` field of any Node gives it.",
  ids: "Globally unique IDs, as the `id` field of any Node gives them.",
};

const ROOT_FIELDS: Record<string, string> = {
  node: "The object with this global ID, or null if there is none (Relay).",
  nodes: "The objects with these global IDs, in the same order; null where there is none (Relay).",
};

const FIELDS: Record<string, string> = {
  edges: "The items of this page, each with its cursor.",
  pageInfo: "Where this page sits in the whole list, and the cursors to move from it.",
  totalCount: "The number of items in the whole list, across all pages.",
  node: "The item.",
  cursor: "An opaque cursor for this item: pass it as `after` or `before` to page from here.",
  hasNextPage: "Whether more items follow this page.",
  hasPreviousPage: "Whether items come before this page.",
  startCursor: "The cursor of the first item of this page.",
  endCursor: "The cursor of the last item of this page.",
};

const fill = (thing: { description?: string | null }, text: string | undefined) => {
  if (!thing.description && text) thing.description = text;
};

export function describeRelayMachinery(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const connection = /^(.+)Connection$/.exec(type.name);
    const edge = /^(.+)ConnectionEdge$/.exec(type.name);
    if (edge) fill(type, "One item of a page, with its cursor.");
    else if (connection) fill(type, "A page of a list, with cursors to move through the whole list (Relay connection).");
    if (type.name === "PageInfo") fill(type, "Where a page sits in its list (Relay).");
    if (type.name === "Node") fill(type, "An object with a globally unique ID that `node(id:)` fetches back (Relay).");
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (connection || edge || type.name === "PageInfo") fill(field, FIELDS[field.name]);
      if (type.name === "Query") fill(field, ROOT_FIELDS[field.name]);
      if (field.name === "id") fill(field, "Globally unique ID, for `node(id:)` and client caches. Stable across releases.");
      for (const arg of field.args) fill(arg, ARGS[arg.name]);
    }
  }
  return schema;
}
