// Graphcache configuration. Every Node type is keyed by its `id` automatically; object types
// without an id (connections, edges, stats, graph pieces, facets...) are embedded in their parent
// (null key), except Source, keyed by `key`. Read from the schema, so a new type of either sort
// needs no change here. Connection fields are merged page by page with relayPagination().
// A successful edit drops every cached read (see `updates`).
import type { Cache, CacheExchangeOpts, KeyingConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import introspection from "../generated/introspection.json";

const embedded = () => null;

interface TypeRef {
  kind: string;
  name?: string | null;
  ofType?: TypeRef | null;
}
const named = (type: TypeRef): string => (type.ofType ? named(type.ofType) : (type.name ?? ""));

/** Every field of every object type whose type is a connection, read from the schema. */
function connectionFields(): Record<string, string[]> {
  const types = introspection.__schema.types as { kind: string; name: string; fields?: { name: string; type: TypeRef }[] | null }[];
  return Object.fromEntries(
    types
      .filter((type) => type.kind === "OBJECT" && type.fields)
      .map((type) => [type.name, type.fields!.filter((f) => named(f.type).endsWith("Connection")).map((f) => f.name)] as const)
      .filter(([, fields]) => fields.length > 0),
  );
}

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/** Object types without an id field, Source aside. */
function embeddedTypeNames(): string[] {
  const types = introspection.__schema.types as { kind: string; name: string; fields?: { name: string }[] | null }[];
  return types
    .filter((type) => type.kind === "OBJECT" && !ROOT_TYPES.has(type.name) && !type.name.startsWith("__") && type.name !== "Source")
    .filter((type) => !(type.fields ?? []).some((field) => field.name === "id"))
    .map((type) => type.name);
}

export const keys: KeyingConfig = {
  ...Object.fromEntries(embeddedTypeNames().map((name) => [name, embedded])),
  Source: (data) => (typeof data.key === "string" ? data.key : null),
};

export const resolvers: NonNullable<CacheExchangeOpts["resolvers"]> = Object.fromEntries(
  Object.entries(connectionFields()).map(([type, fields]) => [
    type,
    Object.fromEntries(fields.map((field) => [field, relayPagination()])),
  ]),
);

/** Mutation fields returning one of these types change the data (see the schema). */
const EDIT_PAYLOADS = new Set(["EntityPayload", "LinkPayload", "ImportReport"]);

function mutationFields(): { name: string; type: string }[] {
  const types = introspection.__schema.types as { kind: string; name: string; fields?: { name: string; type: TypeRef }[] | null }[];
  return (types.find((type) => type.name === "Mutation")?.fields ?? []).map((field) => ({ name: field.name, type: named(field.type) }));
}

/**
 * An edit can change any list, count, path or statistic, as well as the entity itself: rather than
 * guess which, every cached root field is dropped and what is on screen is fetched again. Edits
 * are rare next to reads, so the refetch is cheap. `me` stays: it does not change with data.
 */
export function invalidateReads(cache: Cache): void {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName !== "me") cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
}

const afterEdit: UpdateResolver = (result, args, cache, info) => {
  const payload = result[info.fieldName] as { userErrors?: unknown[] } | null | undefined;
  if (!payload || (payload.userErrors?.length ?? 0) > 0 || args["dryRun"] === true) return;
  invalidateReads(cache);
};

// Token changes show in `me { tokens }`.
const afterTokenChange: UpdateResolver = (_result, _args, cache) => cache.invalidate("Query", "me");

export const updates: NonNullable<CacheExchangeOpts["updates"]> = {
  Mutation: {
    ...Object.fromEntries(mutationFields().filter((field) => EDIT_PAYLOADS.has(field.type)).map((field) => [field.name, afterEdit])),
    createApiToken: afterTokenChange,
    revokeToken: afterTokenChange,
  },
};

export const cacheConfig: CacheExchangeOpts = {
  schema: introspection as CacheExchangeOpts["schema"],
  keys,
  resolvers,
  updates,
};
