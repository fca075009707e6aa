// The synthetic network as tables: which columns each loader writes, in foreign-key order
// (entities, then places and themes, then what points at them), with rows made on demand.
import type { SyntheticNetwork } from "./synthetic-network.ts";

export interface Column {
  name: string;
  /** PostgreSQL type of the column, for the typed arrays the PostgreSQL loader sends. */
  pg: string;
}

export interface Table {
  name: string;
  columns: Column[];
  count: number;
  rows(): Iterable<unknown[]>;
}

const text = (name: string): Column => ({ name, pg: "text" });
const int = (name: string): Column => ({ name, pg: "integer" });
const float = (name: string): Column => ({ name, pg: "double precision" });
const enumOf = (name: string, type: string): Column => ({ name, pg: `"${type}"` });

/** Columns both timestamps take the load's time in; version, degree and deletedAt keep their defaults. */
export const TIMESTAMP_COLUMNS = ["createdAt", "updatedAt"] as const;

function table<T extends object>(name: string, columns: Column[], list: readonly T[]): Table {
  return {
    name,
    columns,
    count: list.length,
    *rows() {
      for (const row of list) yield columns.map((c) => (row as Record<string, unknown>)[c.name] ?? null);
    },
  };
}

/** Every table the network fills, parents first. Entity and Link also get TIMESTAMP_COLUMNS. */
export function syntheticTables(network: SyntheticNetwork): Table[] {
  const { links } = network;
  const linkColumns = ["id", "type", "sourceId", "targetId", "role", "capacity", "startDate", "endDate", "asOf", "note"] as const;
  return [
    table("Entity", [text("id"), enumOf("kind", "EntityKind"), text("label"), text("sortKey"), text("searchText"), text("description")], network.entities),
    table("Country", [text("id"), text("code"), text("name"), enumOf("continent", "Continent"), text("region")], network.countries),
    table("City", [text("id"), text("name"), text("countryId"), text("region"), float("latitude"), float("longitude")], network.cities),
    table("Theme", [text("id"), text("name"), text("parentId")], network.themes),
    table(
      "Organisation",
      [text("id"), text("name"), text("acronym"), enumOf("kind", "OrganisationKind"), text("cityId"), text("countryId"), text("website"), text("address"), text("phone"), text("fax")],
      network.organisations,
    ),
    table("Person", [text("id"), text("name"), text("honorific"), text("givenName"), text("familyName"), text("bio")], network.people),
    table(
      "Session",
      [
        text("id"), text("title"), text("subtitle"), enumOf("kind", "SessionKind"), text("series"), int("edition"), text("startDate"), text("endDate"),
        text("venue"), text("cityId"), text("countryId"), text("parentId"), text("summary"), text("objectives"), text("keyQuestions"), text("outcomes"),
        text("language"), text("audience"), int("participantCount"), text("participantCountQualifier"), text("applicationDeadline"),
      ],
      network.sessions,
    ),
    table("Resource", [text("id"), text("title"), enumOf("kind", "ResourceKind"), text("language"), text("url"), text("date")], network.resources),
    {
      name: "Link",
      columns: linkColumns.map((c) => (c === "type" ? enumOf(c, "LinkType") : text(c))),
      count: links.count,
      *rows() {
        for (const row of links.rows()) yield linkColumns.map((c) => row[c]);
      },
    },
    table("Alias", [text("id"), text("entityId"), text("name"), text("normalised"), enumOf("kind", "AliasKind")], network.aliases),
  ];
}

export const hasTimestamps = (table: string) => table === "Entity" || table === "Link";
