// Persisted operations: a client may send the hash of an operation its build registered
// (extensions.persistedQuery.sha256Hash, as urql's persistedExchange does) instead of the
// text. The allow-list is the manifest codegen writes for the web app
// (apps/web/src/generated/gql/persisted-documents.json: { "<sha256>": "<operation text>" }).
// With arbitrary operations off, that list is all the API will run.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "@agora/db";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { createGraphQLError, type Plugin } from "graphql-yoga";

export const DEFAULT_PERSISTED_OPERATIONS_MANIFEST = resolve(REPO_ROOT, "apps/web/src/generated/gql/persisted-documents.json");

export interface PersistedOperationsOptions {
  /** The manifest file; null means none (every hash is unknown). */
  manifest?: string | null;
  /** Run operations sent as text too (default true). False: only hashes from the manifest. */
  allowArbitraryOperations?: boolean;
  log?: (line: string) => void;
}

/** Reads the manifest; a missing or unreadable file yields null and one clear log line. */
export function loadPersistedOperations(path: string | null, log: (line: string) => void): Map<string, string> | null {
  if (path === null) return null;
  if (!existsSync(path)) {
    log(`persisted operations unavailable: no manifest at ${path} (pnpm generate writes it)`);
    return null;
  }
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    return new Map(Object.entries(manifest).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch (error) {
    log(`persisted operations unavailable: cannot read ${path} (${(error as Error).message})`);
    return null;
  }
}

// Request errors: 400 for application/graphql-response+json clients, 200 for application/json
// ones (spec: true), like yoga's own "Must provide query string."
const requestError = (code: string, message: string) => () =>
  createGraphQLError(message, { extensions: { code, http: { spec: true, status: 400 } } });

export function persistedOperations(operations: ReadonlyMap<string, string> | null, allowArbitraryOperations: boolean): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations,
    getPersistedOperation: (hash) => operations?.get(hash) ?? null,
    customErrors: {
      notFound: (payload) => {
        // Echo only as much of the client's value as a real hash can be.
        const hash = String((payload.params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash).slice(0, 64);
        return requestError(
          "PERSISTED_OPERATION_NOT_FOUND",
          operations
            ? `No persisted operation has the hash "${hash}". This server runs the operations of its own web app build.`
            : `No persisted operation has the hash "${hash}": this server has no persisted operations.`,
        )();
      },
      keyNotFound: requestError("BAD_REQUEST", "Must provide query string or a persisted operation hash (extensions.persistedQuery.sha256Hash)."),
      persistedQueryOnly: requestError("PERSISTED_OPERATION_REQUIRED", "This server runs persisted operations only: send extensions.persistedQuery.sha256Hash instead of the query text."),
    },
  });
}
