// What changed between two versions of the published schema, and which changes break clients.
import { buildSchema, type GraphQLSchema } from "graphql";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";

export interface SchemaChanges {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

export async function schemaChanges(before: string | GraphQLSchema, after: string | GraphQLSchema): Promise<SchemaChanges> {
  const asSchema = (s: string | GraphQLSchema) => (typeof s === "string" ? buildSchema(s) : s);
  const changes = await diff(asSchema(before), asSchema(after));
  const at = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  return { breaking: at(CriticalityLevel.Breaking), dangerous: at(CriticalityLevel.Dangerous), safe: at(CriticalityLevel.NonBreaking) };
}

export function formatChanges(title: string, changes: SchemaChanges): string {
  const lines = [`${title}: ${changes.breaking.length} breaking, ${changes.dangerous.length} dangerous, ${changes.safe.length} safe`];
  for (const c of changes.breaking) lines.push(`  BREAKING  ${c.message}`);
  for (const c of changes.dangerous) lines.push(`  DANGEROUS ${c.message}`);
  return lines.join("\n");
}
