export { Graph, type EdgeInput, type GraphStats, type NodeAttrs, type NodeInput } from "./graph.ts";
export { GraphBuilder } from "./graph-builder.ts";
export { runToEnd, type Steps } from "./steps.ts";
export { StringColumn } from "./string-column.ts";
export { searchSorted } from "./sorted-search.ts";
export { Interner } from "./interner.ts";
export { GraphInputError, checkInteger, type GraphInputErrorCode } from "./errors.ts";
export { dateRange } from "./dates.ts";
export { neighbourhood, neighbourhoodIndices, MAX_DEPTH, type Neighbourhood, type NeighbourhoodIndices, type NeighbourhoodOptions } from "./neighbourhood.ts";
export { shortestPaths, MAX_PATH_LENGTH, type Path, type ShortestPathsOptions } from "./shortest-paths.ts";
export {
  relatedCases,
  RELATED_WEIGHTS,
  MAX_RELATED_CASES,
  SHARED_NEIGHBOURS,
  type Reason,
  type ReasonKind,
  type RelatedCase,
  type RelatedCasesOptions,
  type SharedNeighbour,
} from "./related-cases.ts";
export { degreeCentrality, type DegreeCentralityOptions } from "./degree-centrality.ts";
export { betweenness, betweennessSteps, type BetweennessOptions } from "./betweenness.ts";
export { bridges } from "./bridges.ts";
export { regionalBrokers, type RegionalBroker, type RegionalBrokersOptions } from "./regional-brokers.ts";
export { louvain, louvainSteps, type LouvainOptions, type LouvainResult } from "./louvain.ts";
export { modularity, type ModularityOptions } from "./modularity.ts";
export { labelCommunity, type LabelCommunityOptions } from "./label-community.ts";
export { connectedComponents, type Components } from "./connected-components.ts";
export { filteredSubgraph, type SubgraphFilter } from "./filtered-subgraph.ts";
export { queryWindow } from "./dates.ts";
