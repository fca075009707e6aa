/** The nodes of a connection's page, in order. */
export function nodes<T>(connection: { edges: readonly { node: T }[] }): T[] {
  return connection.edges.map((edge) => edge.node);
}
