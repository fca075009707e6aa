import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { quote } from "./quote-value.ts";

const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) {
    throw new GraphQLError(`Date must be an ISO 8601 date string, YYYY, YYYY-MM or YYYY-MM-DD; got ${quote(value)}`);
  }
  return value;
}

builder.scalarType("Date", {
  description:
    "A calendar date as precise as the source: `2019`, `2019-10` or `2019-10-28` (ISO 8601). String order is date order.",
  serialize: (value) => value,
  parseValue: parseDate,
});

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 date-time in UTC.",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`DateTime must be an ISO 8601 date-time; got ${quote(value)}`);
    return d;
  },
});
