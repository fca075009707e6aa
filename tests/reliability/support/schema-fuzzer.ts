// Random GraphQL operations built from the published schema (packages/api/schema.graphql):
// valid ones (real fields, arguments of the right types, literal or as variables, selections
// down to scalars) and broken ones (typos, unknown or missing arguments, wrong types, missing
// or extra selections, bad variables, cut-off or garbled text). Deterministic for a seed.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Random } from "./random.ts";

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  /** Whether the generator meant it to be valid (it may still be refused, e.g. by a limit). */
  broken: string | null;
  root: string;
  operation: "query" | "mutation";
}

/** Fields never fuzzed: sign-up and sign-in hash passwords with scrypt (~100 ms of CPU each). */
const SKIPPED_ROOT_FIELDS = new Set(["signUp", "signIn"]);

const KEYS = ["gsef-2013", "gsef-2018", "kampala", "montreal", "seoul", "laurence-kwark", "capacity-building", "uganda", "east-africa-training-uganda-2019", "gsef", "kcca", "nope"];
const TYPES_FOR_IDS = ["Session", "Person", "City", "Country", "Organisation", "Resource", "Theme", "User", "Nope"];
const STRINGS = [
  "",
  " ",
  "kampala",
  "Kim Joung-youl",
  "kamp",
  "Kőbánya ñ 東京 🙂",
  "' OR 1=1 --",
  "\"; DROP TABLE \"Entity\"; --",
  "%_%",
  "\\",
  "\u0000nul",
  "NEAR(a b) OR \"x\" * -y",
  "a".repeat(501),
  "w ".repeat(30),
  "<script>alert(1)</script>",
  "${jndi:ldap://x}",
  "../../etc/passwd",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
];
const DATES = ["2019", "2019-05", "2019-05-12", "2013-10-01", "2026-03-10", "2019-02-30", "2019-13", "20190", "", "0000", "9999-12-31", "2019-5-1", "yesterday"];
const DATE_TIMES = ["2026-01-01T00:00:00Z", "2030-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z", "not a date", "2026-13-45T99:99:99Z", "", "0"];
const INTS = [0, 1, 2, 3, 5, 10, 20, 1, 2, 3];
const EDGE_INTS = [-1, 0, 101, 1000, 2147483647, -2147483648];

export class SchemaFuzzer {
  private counter = 0;
  private variableDefinitions: string[] = [];
  private variables: Record<string, unknown> = {};
  private broken: string | null = null;
  private breakAt = -1;
  private sites = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rng: Random,
  ) {}

  /** One operation; `breakProbability` of them carry one deliberate mistake. */
  operation(breakProbability = 0.35, mutationProbability = 0.12): FuzzOperation {
    this.variableDefinitions = [];
    this.variables = {};
    this.broken = null;
    this.sites = 0;
    // Where the mistake goes: the n-th place that could take one.
    this.breakAt = this.rng.chance(breakProbability) ? this.rng.int(0, 12) : -1;
    const operation = this.rng.chance(mutationProbability) ? "mutation" : "query";
    const root = (operation === "mutation" ? this.schema.getMutationType() : this.schema.getQueryType())!;
    const fields = Object.values(root.getFields()).filter((f) => !SKIPPED_ROOT_FIELDS.has(f.name));
    const chosen = this.rng.sample(fields, operation === "mutation" ? 1 : this.rng.int(1, 3));
    const body = chosen.map((f, i) => this.field(f, 0, i > 0 && this.rng.chance(0.5) ? `f${i}` : null)).join(" ");
    const header = this.variableDefinitions.length ? `(${this.variableDefinitions.join(", ")})` : "";
    let query = `${operation} Fuzz${header} { ${body} }`;
    // Mistakes that only text can make.
    if (this.breakAt >= 0 && this.broken === null) {
      const kind = this.rng.int(0, 4);
      if (kind === 0) {
        query = query.slice(0, this.rng.int(1, query.length - 1));
        this.broken = "cut off";
      } else if (kind === 1) {
        const at = this.rng.int(0, query.length);
        query = query.slice(0, at) + this.rng.pick(["}", "{", "(", ")", "$", "@", "!!", "\"", "…", "\\u0000", "#"]) + query.slice(at);
        this.broken = "garbled";
      } else if (kind === 2) {
        this.variables[`undeclared${this.counter}`] = this.rng.pick([1, "x", null, { a: 1 }]);
        query = query.replace(/\}\s*$/, `alias${this.counter}: __typename @skip(if: $undeclared${this.counter}) }`);
        this.broken = "undeclared variable";
      } else if (kind === 3) {
        query = `${query} fragment Orphan on ${this.rng.pick(["Query", "Session", "Nope"])} { __typename }`;
        this.broken = "unused fragment";
      } else {
        query = query.replace(`${operation} Fuzz`, `${operation} Fuzz($unused: Int)`).replace("Fuzz($unused: Int)(", "Fuzz($unused: Int, ");
        this.broken = "unused variable";
      }
    }
    return { query, variables: this.variables, broken: this.broken, root: chosen.map((f) => f.name).join(","), operation };
  }

  /** True when this place gets the deliberate mistake. */
  private breakHere(what: string): boolean {
    if (this.broken !== null || this.breakAt < 0) return false;
    if (this.sites++ !== this.breakAt) return false;
    this.broken = what;
    return true;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, alias: string | null): string {
    let name = field.name;
    if (this.breakHere("typo in a field name")) name = typo(name, this.rng);
    const args = this.arguments(field.args, field.name);
    const named = getNamedType(field.type);
    let selection = "";
    if (!isLeafType(named)) {
      if (this.breakHere("object without a selection")) selection = "";
      else selection = ` { ${this.selection(named, depth + 1)} }`;
    } else if (this.breakHere("selection on a scalar")) {
      selection = " { id }";
    }
    return `${alias ? `${alias}: ` : ""}${name}${args}${selection}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    const parts: string[] = [];
    if (isUnionType(type) || (isInterfaceType(type) && this.rng.chance(0.5))) {
      parts.push("__typename");
      const possible = this.schema.getPossibleTypes(type as never);
      for (const t of this.rng.sample(possible, this.rng.int(1, 2))) parts.push(`... on ${t.name} { ${this.objectFields(t, depth)} }`);
      if (isInterfaceType(type)) parts.push(this.objectFields(type as unknown as GraphQLObjectType, depth));
      return parts.join(" ");
    }
    return this.objectFields(type as GraphQLObjectType, depth);
  }

  private objectFields(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const deep = depth >= 5;
    const pool = deep ? leaves : fields;
    if (!pool.length) return "__typename";
    const chosen = this.rng.sample(pool, this.rng.int(1, deep ? 2 : 3));
    // Same field twice needs aliases; sample() never repeats, so names are unique.
    return chosen.map((f) => this.field(f, depth, null)).join(" ");
  }

  private arguments(args: readonly GraphQLArgument[], fieldName: string): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type);
      if (!required && !this.rng.chance(0.45)) continue;
      if (required && this.breakHere("missing required argument")) continue;
      if (this.rng.chance(0.4) && !this.broken) {
        const name = `v${this.counter++}`;
        let declared = typeString(arg.type);
        let value = this.value(arg.type, arg.name, 0);
        if (this.breakHere("variable of the wrong type")) {
          if (this.rng.chance(0.5)) declared = this.rng.pick(["Boolean", "Float", "[Int]", "String!", "Nope"]);
          else value = this.rng.pick([true, 3.5, "x", [1, 2], { a: { b: 1 } }, null]);
        }
        this.variableDefinitions.push(`$${name}: ${declared}`);
        if (value !== undefined) this.variables[name] = value;
        parts.push(`${arg.name}: $${name}`);
      } else {
        let literal = toLiteral(this.value(arg.type, arg.name, 0), arg.type);
        if (this.breakHere("literal of the wrong type")) literal = this.rng.pick([`"x"`, "3.5", "true", "[1]", "{ a: 1 }", "NOPE", "null"]);
        parts.push(`${arg.name}: ${literal}`);
      }
    }
    if (this.breakHere("unknown argument")) parts.push(`${this.rng.pick(["frist", "limit", "where", "sql", "orderby"])}: 1`);
    void fieldName;
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  /** A JSON value for an input type; literals are printed from it. */
  value(type: GraphQLInputType, name: string, depth: number): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, name, depth);
    if (!isNonNullType(type) && depth > 0 && this.rng.chance(0.05)) return null;
    if (isListType(type)) return Array.from({ length: this.rng.int(0, 3) }, () => this.value(type.ofType, name, depth + 1));
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return this.rng.chance(0.97) ? this.rng.pick(values) : "NOT_A_VALUE";
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type);
        // Filters nest (and/or/not): keep the recursion short.
        if (!required && (depth >= 2 || !this.rng.chance(0.3))) continue;
        out[field.name] = this.value(field.type, field.name, depth + 1);
      }
      return out;
    }
    if (isScalarType(type)) return this.scalar(type.name, name);
    return null;
  }

  private scalar(type: string, name: string): unknown {
    const rng = this.rng;
    switch (type) {
      case "Int":
        if (name === "first" || name === "last") return rng.chance(0.95) ? rng.int(0, 5) : rng.pick(EDGE_INTS);
        if (name === "depth") return rng.chance(0.9) ? rng.int(1, 3) : rng.pick([0, 4, -1, 100]);
        if (name === "limit" || name === "maxLength") return rng.chance(0.9) ? rng.int(1, 50) : rng.pick(EDGE_INTS);
        if (name === "years") return rng.int(2010, 2027);
        return rng.chance(0.9) ? rng.pick(INTS) : rng.pick(EDGE_INTS);
      case "Float":
        return rng.pick([0, 1.5, -3.25, 1e308, 0.1]);
      case "Boolean":
        return rng.chance(0.5);
      case "ID":
        if (rng.chance(0.5)) return rng.pick(KEYS);
        if (rng.chance(0.7)) return Buffer.from(`${rng.pick(TYPES_FOR_IDS)}:${rng.pick(KEYS)}`).toString("base64");
        return rng.pick(STRINGS);
      case "Date":
        return rng.pick(DATES);
      case "DateTime":
        return rng.pick(DATE_TIMES);
      case "String":
        if (name === "after" || name === "before") return rng.pick(["", "YXJyYXljb25uZWN0aW9uOjA=", "R1BDOlM6Z3NlZi0yMDEz", "%%%", "MTAw"]);
        if (/key|from|to|city|country|source|theme|parent|partOf|network|series|keep|remove|tokenId|userId|revisionId/i.test(name)) return rng.chance(0.7) ? rng.pick(KEYS) : rng.pick(STRINGS);
        if (name === "content") return rng.pick(["", "name\nA\n", "{\"entities\": []}", "not,csv\n\"", "{]"]);
        return rng.chance(0.5) ? rng.pick(KEYS) : rng.pick(STRINGS);
      default:
        return rng.pick(STRINGS);
    }
  }
}

export function typeString(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeString(type.ofType)}!`;
  if (isListType(type)) return `[${typeString(type.ofType)}]`;
  return (type as GraphQLNamedType).name;
}

/** Prints a JSON value as a GraphQL literal of `type` (enums bare, objects with bare keys). */
export function toLiteral(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return Array.isArray(value) ? `[${value.map((v) => toLiteral(v, inner.ofType)).join(", ")}]` : toLiteral(value, inner.ofType);
  if (isEnumType(inner)) return String(value);
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${toLiteral(v, fields[k]!.type)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

function typo(name: string, rng: Random): string {
  const at = rng.int(0, name.length - 1);
  const kind = rng.int(0, 2);
  if (kind === 0) return name.slice(0, at) + name.slice(at + 1) || "x";
  if (kind === 1) return name.slice(0, at) + rng.pick(["x", "s", "_", "e"]) + name.slice(at);
  return name.slice(0, at) + name.slice(at).toUpperCase();
}

