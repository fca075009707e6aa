// The values of a schema enum, read from the introspection the cache already carries, so that a
// select offers exactly what the API accepts and follows it when the schema grows.
import introspection from "../generated/introspection.json";

const types = introspection.__schema.types as { kind: string; name: string; enumValues?: { name: string }[] | null }[];

export function enumValues(name: string): string[] {
  const type = types.find((candidate) => candidate.kind === "ENUM" && candidate.name === name);
  if (!type?.enumValues) throw new Error(`The schema has no enum ${name}`);
  return type.enumValues.map((value) => value.name);
}
