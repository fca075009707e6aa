// yoga puts the JSON parser's own message in `extensions.originalError` when a request body is
// not JSON, even with masked errors on. Clients need only "POST body sent invalid JSON."; the
// parser's words describe our runtime, so they are left out outside development. Only the
// serialised response changes: yoga reads that extension to choose the HTTP status (400).
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

export function hideInternalErrorDetails(): Plugin {
  if (process.env.NODE_ENV === "development") return {};
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !("errors" in result) || !result.errors?.some((e) => e.extensions?.originalError !== undefined)) return;
      setResult({ ...result, stringify: (sanitised) => JSON.stringify({ ...sanitised, errors: sanitised.errors?.map(withoutOriginalError) }) });
    },
  };
}

function withoutOriginalError(error: GraphQLError) {
  const { extensions, ...json } = error.toJSON();
  const { originalError: _hidden, ...rest } = extensions ?? {};
  return Object.keys(rest).length ? { ...json, extensions: rest } : json;
}
