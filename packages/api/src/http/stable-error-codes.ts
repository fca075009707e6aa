// Every error a client gets carries an `extensions.code` it can branch on. graphql-js and Pothos
// leave three kinds without one: variables graphql-js cannot coerce (`Variable "$n" got invalid
// value ...`, a request error, 400), the Relay plugin's refusals of a malformed global ID, and
// Pothos' refusals of arguments (`Invalid cursor`, `Arguments "before" and "first" are not
// supported at the same time`). All are about the client's input: BAD_USER_INPUT. A POST whose content type no parser reads gets a body too
// (yoga answers an empty 415), and so does a request whose Accept no answer fits (an empty 406:
// a subscription asked for as JSON, say). graphql-js also quotes an invalid variable back whole,
// however long: quoted strings of more than 40 characters are cut (schema/quote-value.ts).
import { GraphQLError } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { shortenQuotes } from "../schema/quote-value.ts";

const USER_INPUT = [/^Variable "\$[^"]+" /, /^Invalid global ID: /, /^\w+ has not been implemented$/];

export function stableErrorCodes(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      if (request.method === "POST" && !requestParser) {
        throw createGraphQLError("The body must be JSON (content-type: application/json).", {
          extensions: { code: "UNSUPPORTED_MEDIA_TYPE", http: { status: 415 } },
        });
      }
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 406 || response.headers.get("content-length") !== "0" && response.body !== null) return;
      const stream = request.headers.get("accept")?.includes("text/event-stream") ? "" : " (subscriptions need Accept: text/event-stream)";
      setResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: `No answer fits the Accept header${stream}.`, extensions: { code: "NOT_ACCEPTABLE" } }] }), {
          status: 406,
          headers: { "content-type": "application/json; charset=utf-8" },
        }),
      );
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.some((e) => needsCode(e) || echoesLongInput(e))) return;
          setResult({
            ...result,
            errors: result.errors.map((e) =>
              needsCode(e) || echoesLongInput(e) ? withCode(e, (e.extensions?.code as string | undefined) ?? "BAD_USER_INPUT", shortenQuotes(e.message)) : e,
            ),
          });
        },
      };
    },
  };
}

const needsCode = (error: GraphQLError) =>
  error.extensions?.code === undefined && (USER_INPUT.some((p) => p.test(error.message)) || error.originalError?.name === "PothosValidationError");

/** graphql-js quotes a variable's invalid value back whole ("got invalid value <a megabyte>"). */
const echoesLongInput = (error: GraphQLError) => shortenQuotes(error.message) !== error.message;

function withCode(error: GraphQLError, code: string, message = error.message): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}
