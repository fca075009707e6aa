import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

// Typed operations (client preset) and the schema introspection Graphcache needs to match
// fragments on interfaces (Entity, Link, Node). Both land in src/generated/, which is git-ignored.
//
// persistedDocuments writes src/generated/gql/persisted-documents.json ({ sha256: text }), the
// allow-list the API serves (packages/api/src/http/persisted-operations.ts), and embeds each
// operation's hash in its document, which urql then sends instead of the text. The documents
// get their __typename fields here, not in Graphcache at run time: the server runs the
// manifest's text, so that text must already ask for everything Graphcache needs.
const config: CodegenConfig = {
  schema: "../../packages/api/schema.graphql",
  // Test files carry fixtures, not operations: they stay out of the persisted manifest.
  documents: ["src/**/*.tsx", "!src/**/*.test.tsx"],
  ignoreNoDocuments: true,
  generates: {
    "src/generated/gql/": {
      preset: "client",
      presetConfig: { persistedDocuments: { hashAlgorithm: "sha256" } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
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
