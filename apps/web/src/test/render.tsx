// Renders a component as the app would (urql Provider, wouter Router) with a fake urql client
// that answers each operation, by name, from a fixture function, and records what was asked.
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { Provider, type Client } from "urql";
import { fromValue, never } from "wonka";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import type { DocumentNode } from "graphql";

type Variables = Record<string, unknown>;
/**
 * Data for an operation, `"loading"` to never answer, or an Error to answer with. Subscriptions
 * without a fixture stay silent; any other operation without one fails the test.
 */
export type Fixture = (variables: Variables) => unknown;

function operationName(query: DocumentNode): string {
  for (const definition of query.definitions) {
    if (definition.kind === "OperationDefinition" && definition.name) return definition.name.value;
  }
  return "";
}

export interface Rendered extends ReturnType<typeof render> {
  /** Every operation executed, in order, with its variables. */
  calls: { name: string; variables: Variables }[];
  /** The address (path and query string) after the test's interactions. */
  location: () => string;
  history: string[];
}

export function renderWithApp(ui: ReactElement, { path = "/", fixtures = {} }: { path?: string; fixtures?: Record<string, Fixture> } = {}): Rendered {
  const calls: { name: string; variables: Variables }[] = [];
  const answer = (request: { query: DocumentNode; variables?: Variables }) => {
    const name = operationName(request.query);
    const variables = request.variables ?? {};
    calls.push({ name, variables });
    const fixture = fixtures[name];
    if (!fixture && request.query.definitions.some((d) => d.kind === "OperationDefinition" && d.operation === "subscription")) return never;
    if (!fixture) throw new Error(`No fixture for operation ${name}`);
    const data = fixture(variables);
    if (data === "loading") return never;
    const base = { operation: request, stale: false, hasNext: false };
    return fromValue(data instanceof Error ? { ...base, data: undefined, error: data } : { ...base, data });
  };
  const client = {
    executeQuery: answer,
    executeMutation: answer,
    executeSubscription: answer,
    query: (query: DocumentNode, variables: Variables) => ({ toPromise: () => Promise.resolve({ data: fixtures[operationName(query)]?.(variables) }) }),
  } as unknown as Client;
  const memory = memoryLocation({ path, record: true });
  const result = render(
    <Provider value={client}>
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        {ui}
      </Router>
    </Provider>,
  );
  return { ...result, calls, history: memory.history, location: () => memory.history[memory.history.length - 1] ?? path };
}
