/** The nodes of a connection in a GraphQL response. */
export const nodes = (connection: { edges: { node: any }[] }): any[] => connection.edges.map((edge) => edge.node);
