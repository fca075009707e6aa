// Introspection switched off (INTROSPECTION=false): `__schema` and `__type` are refused at
// validation, before any resolver or SQL, and validation messages lose their "Did you mean ...?"
// suggestions, which would otherwise spell out field, argument, type and enum names one probe at
// a time. `__typename` still works (clients' caches need it). With introspection on (the
// default: the schema is published as packages/api/schema.graphql anyway), suggestions stay,
// since they help people writing queries.
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ASTVisitor } from "graphql";
import type { Plugin } from "graphql-yoga";

const SUGGESTION = /\s*Did you mean .*\?$/s;

export function disableIntrospection(): Plugin {
  // The rule of graphql-js, with a stable code on each error it reports.
  const rule = (context: ValidationContext): ASTVisitor =>
    NoSchemaIntrospectionCustomRule(
      new Proxy(context, {
        get(target, property, receiver) {
          if (property !== "reportError") return Reflect.get(target, property, receiver);
          return (error: GraphQLError) =>
            target.reportError(
              new GraphQLError("Introspection is turned off on this server; the schema is published with its source code.", {
                nodes: error.nodes,
                extensions: { code: "INTROSPECTION_DISABLED", http: { spec: true, status: 400 } },
              }),
            );
        },
      }),
    );
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
      return ({ result, setResult }) => {
        if (result.some((e) => SUGGESTION.test(e.message))) setResult(result.map((e) => (e instanceof GraphQLError ? withoutSuggestion(e) : e)));
      };
    },
    // Variables are coerced during execution: "Value "X" does not exist in "SessionKind" enum.
    // Did you mean the enum value "FORUM"?" comes from there.
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.some((e) => SUGGESTION.test(e.message))) return;
          setResult({ ...result, errors: result.errors.map((e) => withoutSuggestion(e as GraphQLError)) });
        },
      };
    },
  };
}

function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ""), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
