// Graphcache configuration. Every Node type is keyed by its `id` automatically; the objects
// below have no id: they are embedded in their parent (null key), except Source, keyed by `key`.
// Connection fields are merged page by page with relayPagination().
import type { CacheExchangeOpts, KeyingConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import introspection from "../generated/introspection.json";

const embedded = () => null;

const CONNECTIONS: Record<string, string[]> = {
  Query: ["sessions", "people", "organisations", "cities", "countries", "resources", "themes", "search"],
  Session: ["participants", "organisations", "resources", "themes", "mentions"],
  Person: ["affiliations", "participations", "resources", "mentionedIn"],
  Organisation: ["members", "memberships", "people", "resources", "sessionRoles", "themes"],
  City: ["memberships"],
  Resource: ["links", "themes"],
  Theme: ["tagged"],
};

/** Types without an id: value objects, plus every connection and edge type of the schema. */
function embeddedTypeNames(): string[] {
  const names = introspection.__schema.types
    .map((type) => type.name)
    .filter((name) => name.endsWith("Connection") || name.endsWith("ConnectionEdge"));
  return ["Alias", "Citation", "Figure", "PageInfo", ...names];
}

export const keys: KeyingConfig = {
  ...Object.fromEntries(embeddedTypeNames().map((name) => [name, embedded])),
  Source: (data) => (typeof data.key === "string" ? data.key : null),
};

export const resolvers: NonNullable<CacheExchangeOpts["resolvers"]> = Object.fromEntries(
  Object.entries(CONNECTIONS).map(([type, fields]) => [
    type,
    Object.fromEntries(fields.map((field) => [field, relayPagination()])),
  ]),
);

export const cacheConfig: CacheExchangeOpts = {
  schema: introspection as CacheExchangeOpts["schema"],
  keys,
  resolvers,
};
