import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations (client preset) and the schema introspection Graphcache needs to match
// fragments on interfaces (Entity, Link, Node). Both land in src/generated/, which is git-ignored.
const config: CodegenConfig = {
  schema: "../../packages/api/schema.graphql",
  documents: ["src/**/*.tsx"],
  ignoreNoDocuments: true,
  generates: {
    "src/generated/gql/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "string", ID: "string" },
      },
    },
    "src/generated/introspection.json": {
      plugins: ["introspection"],
      config: { minify: true, descriptions: false },
    },
  },
};

export default config;
