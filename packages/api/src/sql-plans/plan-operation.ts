// Turns a read operation into one SQL statement (PostgreSQL or SQLite, sql-dialect.ts) that builds
// the whole answer as JSON, the way PostGraphile answers a nested list: each connection a
// correlated subquery that pages its rows, each object a JSON object of the columns its fields name. The standard executor
// sends a statement per list level and then walks every object of the answer in JavaScript; for
// a page of sessions with their participants and their affiliations that was 8 statements and
// most of the request's CPU (issue 7, Q1).
//
// Only operations made wholly of what relational-model.ts describes are planned; anything else
// (filters, cursors to page from, interfaces, fields that depend on the caller) returns null and
// runs through graphql-js as before, so a plan never has to imitate an error or an auth rule.
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isEnumType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.ts";
import { entityOrderBy } from "../schema/ordering/order-by.ts";
import { entityOfGlobalId } from "../graph/resolve-key.ts";
import { collectFields, subSelections, type Selection } from "./collect-fields.ts";
import { ENTITY_VARIANTS, LINK_VARIANTS, ROOT_LISTS, type FieldSql, type RowAliases } from "./relational-model.ts";
import { DIALECTS, literal, type Dialect, type DialectName } from "./sql-dialect.ts";

/**
 * The statement, with its values in its text (integers and quoted literals) except what a request
 * names an object by: a key is a value, so every node(id:) of one type is one prepared statement.
 */
export interface SqlPlan {
  sql: string;
  values: string[];
}

/** Thrown inside the planner when part of the operation has no plan; the operation gets none. */
class NoPlan extends Error {}

interface Planner extends Selection {
  sql: Dialect;
  next: number;
  values: string[];
}

/** One SQL statement answering the operation, or null when it must run through graphql-js. */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  dialect: DialectName,
): SqlPlan | null {
  const operation = getOperationAST(document, operationName);
  const query = schema.getQueryType();
  if (!operation || operation.operation !== "query" || !query) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const planner: Planner = { schema, fragments, variables: coerced.coerced, sql: DIALECTS[dialect], next: 0, values: [] };
  let reads = false;
  try {
    const data = object(planner, query, [operation.selectionSet], (field, nodes) => {
      reads = true;
      if (field.name === "node") return nodeById(planner, field, nodes);
      const list = ROOT_LISTS[field.name];
      if (!list) throw new NoPlan();
      return rootList(planner, field, nodes, list.type, list.defaultOrder);
    });
    // `{ __typename }` alone needs no database.
    return reads ? { sql: `SELECT ${data} AS "data"`, values: planner.values } : null;
  } catch (error) {
    if (error instanceof NoPlan) return null;
    throw error;
  }
}

/** A Pothos cursor of a row id (cursor: "id", a string: `GPC:S:<id>` in base64). */
const cursorOf = (p: Planner, id: string) => p.sql.base64(`'GPC:S:' || ${id}`);

/** A JSON object of the fields `type` answers for these selections; `field` plans each one. */
function object(p: Planner, type: GraphQLObjectType, sets: readonly SelectionSetNode[], field: (def: GraphQLField<unknown, unknown>, nodes: FieldNode[]) => string): string {
  const parts: string[] = [];
  for (const [key, nodes] of collectFields(p, type, sets)) {
    const name = nodes[0]!.name.value;
    if (name === "__typename") {
      parts.push(literal(key), literal(type.name));
      continue;
    }
    const def = type.getFields()[name];
    if (!def) throw new NoPlan();
    parts.push(literal(key), field(def, nodes));
  }
  // PostgreSQL functions take at most 100 arguments.
  if (parts.length > 100) throw new NoPlan();
  return p.sql.object(parts);
}

function objectType(type: GraphQLOutputType): GraphQLObjectType {
  const named = getNamedType(type);
  if (!isObjectType(named)) throw new NoPlan();
  return named;
}

/** A column's value as its GraphQL type serialises it: enums by name, the rest as stored. */
function value(p: Planner, def: GraphQLField<unknown, unknown>, sql: string): string {
  if (def.args.length) throw new NoPlan();
  const named = getNamedType(def.type);
  if (!isEnumType(named)) return sql;
  const cases = named.getValues().map((v) => {
    if (typeof v.value !== "string") throw new NoPlan();
    return [v.value, v.name] as const;
  });
  return p.sql.enumName(sql, cases);
}

function aliases(p: Planner): RowAliases {
  const n = p.next++;
  return { e: `e_${n}`, d: `d_${n}`, l: `l_${n}` };
}

/** The fields of an entity variant, from Entity row `a.e` and detail row `a.d`. */
function entityObject(p: Planner, type: GraphQLObjectType, sets: readonly SelectionSetNode[], a: RowAliases): string {
  const variant = ENTITY_VARIANTS[type.name];
  if (!variant) throw new NoPlan();
  return object(p, type, sets, (def, nodes) => {
    const spec = variant.fields[def.name];
    if (!spec) throw new NoPlan();
    if (spec.kind === "links") return linkConnection(p, def, nodes, spec, a.e);
    return column(p, def, spec, type.name, a, a.e);
  });
}

/** The fields of a link variant, from Link row `a.l`. */
function linkObject(p: Planner, type: GraphQLObjectType, sets: readonly SelectionSetNode[], a: RowAliases): string {
  const variant = LINK_VARIANTS[type.name];
  if (!variant) throw new NoPlan();
  return object(p, type, sets, (def, nodes) => {
    const spec = variant.fields[def.name];
    if (!spec) throw new NoPlan();
    if (spec.kind === "endpoint") return entityById(p, objectType(def.type), subSelections(nodes), `${a.l}."${spec.end}"`);
    return column(p, def, spec, type.name, a, a.l);
  });
}

function column(p: Planner, def: GraphQLField<unknown, unknown>, spec: FieldSql, typeName: string, a: RowAliases, row: string): string {
  if (spec.kind === "globalId") return p.sql.base64(`${literal(`${typeName}:`)} || ${row}."id"`);
  if (spec.kind === "value") return value(p, def, spec.sql(a));
  if (spec.kind === "lines") return p.sql.lines(spec.sql(a));
  throw new NoPlan();
}

/**
 * One entity by id. Its Entity row is read only for fields that need more than its id, and its
 * detail row only for the detail's columns: `person { key name }` reads the Person row alone.
 */
function entityById(p: Planner, type: GraphQLObjectType, sets: readonly SelectionSetNode[], id: string): string {
  const variant = ENTITY_VARIANTS[type.name];
  if (!variant) throw new NoPlan();
  const a = aliases(p);
  const json = entityObject(p, type, sets, a);
  const idOnly = json.replaceAll(`${a.e}."id"`, "");
  if (idOnly.includes(`${a.e}.`)) return p.sql.subquery(`SELECT ${json} FROM "Entity" ${a.e}${detailJoin(json, variant.detail, a)} WHERE ${a.e}."id" = ${id}`);
  if (json.includes(`${a.d}.`)) return p.sql.subquery(`SELECT ${json.replaceAll(`${a.e}."id"`, `${a.d}."id"`)} FROM "${variant.detail}" ${a.d} WHERE ${a.d}."id" = ${id}`);
  return p.sql.subquery(`SELECT ${json.replaceAll(`${a.e}."id"`, `(${id})`)}`);
}

const detailJoin = (json: string, detail: string, a: RowAliases) => (json.includes(`${a.d}.`) ? ` JOIN "${detail}" ${a.d} ON ${a.d}."id" = ${a.e}."id"` : "");

/**
 * node(id:) of an entity: its row when it is live and of the type the ID names, else null, as
 * builder.ts resolves it (a prismaNode's findUnique by id and kind, then the soft-delete check).
 * An ID that does not decode, or names no entity type, is left to graphql-js and its errors.
 */
function nodeById(p: Planner, def: GraphQLField<unknown, unknown>, nodes: FieldNode[]): string {
  const { id } = getArgumentValues(def, nodes[0]!, p.variables) as { id: string };
  const entity = entityOfGlobalId(id);
  const variant = entity && ENTITY_VARIANTS[entity.type];
  const type = entity && p.schema.getType(entity.type);
  if (!entity || !variant || !isObjectType(type)) throw new NoPlan();
  const a = aliases(p);
  const json = entityObject(p, type, subSelections(nodes), a);
  p.values.push(entity.key);
  const key = p.sql.param(p.values.length);
  return p.sql.subquery(
    `SELECT ${json} FROM "Entity" ${a.e}${detailJoin(json, variant.detail, a)}` +
      ` WHERE ${a.e}."id" = ${key} AND ${a.e}."kind" = ${literal(variant.kind)} AND ${a.e}."deletedAt" IS NULL`,
  );
}

/** The rows a connection pages over. */
interface PageRows {
  /** FROM and WHERE of the rows, over alias `row`. */
  from: string;
  row: string;
  /** The rows' order, as an ORDER BY list over the alias given. */
  orderBy: (alias: string) => string;
}

/** The page size Pothos would use, or no plan for paging backwards or from a cursor. */
function pageSize(args: Record<string, unknown>): number {
  if (args.after != null || args.before != null || args.last != null) throw new NoPlan();
  const first = args.first as number | null | undefined;
  if (first != null && first < 0) throw new NoPlan(); // Pothos' own error, through graphql-js
  return Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/**
 * A relay connection (edges, pageInfo, totalCount) over `rows`. The page's rows are read whole
 * under the alias `page`; `node` builds each node from them, `join` adds what else it reads.
 */
function connection(
  p: Planner,
  def: GraphQLField<unknown, unknown>,
  nodes: FieldNode[],
  args: Record<string, unknown>,
  rows: PageRows,
  node: (type: GraphQLObjectType, sets: readonly SelectionSetNode[], page: string) => string,
  join: (page: string, json: string) => string = () => "",
): string {
  const size = pageSize(args);
  const type = objectType(def.type);
  const page = `p_${p.next++}`;
  // What the page must read, from what is asked of it: whether more rows follow is known by
  // reading one more than the page (without that question the page is read as it is, and its rows
  // aggregated in their own order); and with neither edges nor a cursor nor hasNextPage asked,
  // the rows are not read at all (a page's totalCount alone is its own count).
  const asked = new Set<string>();
  for (const [, fieldNodes] of collectFields(p, type, subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    asked.add(name);
    if (name !== "pageInfo") continue;
    for (const [, infoNodes] of collectFields(p, objectType(type.getFields().pageInfo!.type), subSelections(fieldNodes))) asked.add(infoNodes[0]!.name.value);
  }
  const asksNext = asked.has("hasNextPage");
  const readsRows = ["edges", "hasNextPage", "startCursor", "endCursor"].some((name) => asked.has(name));
  const inPage = asksNext ? `${page}."o" <= ${size}` : null;
  const order = asksNext ? `${page}."o"` : rows.orderBy(page);
  const json = object(p, type, subSelections(nodes), (field, fieldNodes) => {
    const sets = subSelections(fieldNodes);
    switch (field.name) {
      case "totalCount":
        return `(SELECT count(*) FROM ${rows.from})`;
      case "edges": {
        const edge = objectType(field.type);
        const edgeJson = object(p, edge, sets, (edgeField, edgeNodes) => {
          if (edgeField.name === "cursor") return cursorOf(p, `${page}."id"`);
          if (edgeField.name === "node") return node(objectType(edgeField.type), subSelections(edgeNodes), page);
          throw new NoPlan();
        });
        return p.sql.array(edgeJson, order, inPage);
      }
      case "pageInfo":
        return object(p, objectType(field.type), sets, (info) => {
          switch (info.name) {
            case "hasNextPage":
              return p.sql.boolean(`count(*) > ${size}`);
            case "hasPreviousPage":
              return p.sql.boolean("1 = 0");
            case "startCursor":
              return cursorOf(p, p.sql.firstOf(`${page}."id"`, order, inPage, false));
            case "endCursor":
              return cursorOf(p, p.sql.firstOf(`${page}."id"`, order, inPage, true));
            default:
              throw new NoPlan();
          }
        });
      default:
        throw new NoPlan();
    }
  });
  if (!readsRows) return p.sql.subquery(`SELECT ${json}`);
  const orderBy = rows.orderBy(rows.row);
  const read = asksNext
    ? `SELECT ${rows.row}.*, row_number() OVER (ORDER BY ${orderBy}) AS "o" FROM ${rows.from} ORDER BY ${orderBy} LIMIT ${size + 1}`
    : `SELECT ${rows.row}.* FROM ${rows.from} ORDER BY ${orderBy} LIMIT ${size}`;
  return p.sql.subquery(`SELECT ${json} FROM (${read}) ${page}${join(page, json)}`);
}

/** A root list of one entity kind, unfiltered, in the requested order (schema/entity-list.ts). */
function rootList(p: Planner, def: GraphQLField<unknown, unknown>, nodes: FieldNode[], typeName: string, defaultOrder: "NAME" | "DATE"): string {
  const args = getArgumentValues(def, nodes[0]!, p.variables);
  if (args.filter != null) throw new NoPlan();
  const variant = ENTITY_VARIANTS[typeName]!;
  const row = `r_${p.next++}`;
  const order = entityOrderBy((args.orderBy as Parameters<typeof entityOrderBy>[0] | null) ?? { field: defaultOrder });
  const rows: PageRows = {
    from: `"Entity" ${row} WHERE ${row}."kind" = ${literal(variant.kind)} AND ${row}."deletedAt" IS NULL`,
    row,
    orderBy: (alias) => orderSql(alias, order),
  };
  const a = aliases(p);
  const node = (type: GraphQLObjectType, sets: readonly SelectionSetNode[], page: string) => {
    if (type.name !== typeName) throw new NoPlan();
    return entityObject(p, type, sets, { ...a, e: page });
  };
  return connection(p, def, nodes, args, rows, node, (page, json) => detailJoin(json, variant.detail, { ...a, e: page }));
}

/**
 * Live links of one type touching the entity `parent` (schema/link.ts linksOfType), by id. Only
 * the far end's liveness is checked: every entity a plan reaches is live (root lists read live
 * entities, and a link's far end is checked before the link is read), so the near end is too.
 * The check asks that the far end be missing from the deleted entities rather than present among
 * the live ones: PostgreSQL then probes the small partial index of deleted ids
 * (Entity_deleted_id_idx) instead of descending the index of all live ones for every link (Q1's
 * statement at M: 2.0 -> 1.4 ms, the cost of PostGraphile's, which checks no liveness at all).
 */
function linkConnection(p: Planner, def: GraphQLField<unknown, unknown>, nodes: FieldNode[], spec: Extract<FieldSql, { kind: "links" }>, parent: string): string {
  const args = getArgumentValues(def, nodes[0]!, p.variables);
  const n = p.next++;
  const [row, far] = [`r_${n}`, `f_${n}`];
  const [nearEnd, farEnd] = spec.direction === "in" ? ["targetId", "sourceId"] : ["sourceId", "targetId"];
  const rows: PageRows = {
    from:
      `"Link" ${row} WHERE ${row}."${nearEnd}" = ${parent}."id" AND ${row}."type" = ${literal(spec.linkType)} AND ${row}."deletedAt" IS NULL` +
      ` AND NOT EXISTS (SELECT 1 FROM "Entity" ${far} WHERE ${far}."id" = ${row}."${farEnd}" AND ${far}."deletedAt" IS NOT NULL)`,
    row,
    orderBy: (alias) => `${alias}."id"`,
  };
  const a = aliases(p);
  const node = (type: GraphQLObjectType, sets: readonly SelectionSetNode[], page: string) => {
    if (LINK_VARIANTS[type.name]?.linkType !== spec.linkType) throw new NoPlan();
    return linkObject(p, type, sets, { ...a, l: page });
  };
  return connection(p, def, nodes, args, rows, node);
}

type Order = ReturnType<typeof entityOrderBy>[number];

/** Prisma's orderBy objects as SQL over `row`, exactly as Prisma renders them. */
function orderSql(row: string, order: readonly Order[]): string {
  return order
    .map((item) => {
      const [column, how] = Object.entries(item)[0]!;
      if (typeof how === "string") return `${row}."${column}" ${how.toUpperCase()}`;
      const { sort, nulls } = how as { sort: string; nulls?: string };
      return `${row}."${column}" ${sort.toUpperCase()}${nulls ? ` NULLS ${nulls.toUpperCase()}` : ""}`;
    })
    .join(", ");
}
