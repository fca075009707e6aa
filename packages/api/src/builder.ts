// The schema builder and its plugins. No types are defined here: each lives in schema/<type>.ts.
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { getDatamodel, type PrismaTypes } from "@agora/db";
import { GraphQLError } from "graphql";
import type { Context } from "./context.ts";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  // Roles, cumulative: an editor is also a member, an admin also an editor.
  AuthScopes: { member: boolean; editor: boolean; admin: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // Scope-auth first, so a refused field never reaches the others (or the database).
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      member: ctx.actor !== null,
      editor: ctx.actor?.role === "EDITOR" || ctx.actor?.role === "ADMIN",
      admin: ctx.actor?.role === "ADMIN",
    }),
    unauthorizedError: (_parent, context, _info, result) =>
      new GraphQLError(context.actor ? `${result.message}: your role does not allow this` : "sign in first: this needs an account", {
        extensions: { code: context.actor ? "FORBIDDEN" : "UNAUTHENTICATED" },
      }),
  },
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    // A resolver that ignores Pothos' query costs an extra round trip: make that loud in development.
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // A well-formed global ID of no row answers null (the types are `nullable` prismaNodes, which
    // load with findUnique, not findUniqueOrThrow), and so does one of a soft-deleted entity or
    // link: deleted rows are invisible everywhere else too. The prismaNodes in select mode
    // (Session, Person, Organisation, Participation, Affiliation) select `deletedAt` at type
    // level and the others load every column, so it is there to read.
    nodeQueryOptions: { resolve: async (_root, args, _ctx, _info, resolveNode) => live(await resolveNode(args.id)) },
    nodesQueryOptions: { resolve: async (_root, args, _ctx, _info, resolveNodes) => (await resolveNodes(args.ids)).map(live) },
  },
});

const live = (row: unknown) => (row && (row as { deletedAt?: Date | null }).deletedAt == null ? row : null);

builder.queryType({ description: "The entry points into Agora's knowledge network." });
builder.mutationType({ description: "Changes to Agora's knowledge network and to accounts. Every change is validated, recorded with its author and reason, and refused when stale." });
builder.subscriptionType({ description: "Live updates over Server-Sent Events (GET or POST /graphql with `Accept: text/event-stream`)." });
