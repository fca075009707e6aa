// The graph as tables: every node shown (with a button to expand it) and every link in words.
// The accessible twin of the canvas, and a plain list to read or copy.
import { useState } from "react";
import { Link } from "wouter";
import { entityPath } from "../../lib/entity-path.ts";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import type { GraphData } from "./graph-state.ts";

const PAGE = 100;

export function GraphTable({
  graph,
  visible,
  expanded,
  onExpand,
}: {
  graph: GraphData;
  visible: { nodes: Set<string>; edges: Set<string> };
  expanded: ReadonlySet<string>;
  onExpand: (key: string) => void;
}) {
  const [nodeLimit, setNodeLimit] = useState(PAGE);
  const [edgeLimit, setEdgeLimit] = useState(PAGE);
  const nodes = graph.nodes.filter((node) => visible.nodes.has(node.key)).sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const edges = graph.edges.filter((edge) => visible.edges.has(edge.key));
  return (
    <section aria-labelledby="graph-table-heading" className="graph-tables">
      <h2 id="graph-table-heading">Nodes and links</h2>
      <details>
        <summary>
          {nodes.length} entities, most connected first
        </summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Entities in the graph</caption>
            <thead>
              <tr>
                <th scope="col">Entity</th>
                <th scope="col">Kind</th>
                <th scope="col">Connections</th>
                <th scope="col">Neighbours</th>
              </tr>
            </thead>
            <tbody>
              {nodes.slice(0, nodeLimit).map((node) => (
                <tr key={node.key}>
                  <th scope="row">
                    <Link href={entityPath(node.kind, node.key)}>{node.label}</Link>
                  </th>
                  <td>{KIND_LABEL[node.kind].one}</td>
                  <td>{node.degree}</td>
                  <td>
                    {expanded.has(node.key) ? (
                      <span className="meta">expanded</span>
                    ) : (
                      <button type="button" className="small" onClick={() => onExpand(node.key)} aria-label={`Expand ${node.label}`}>
                        Expand
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {nodes.length > nodeLimit ? (
          <button type="button" className="secondary" onClick={() => setNodeLimit(nodeLimit + PAGE * 5)}>
            Show more entities
          </button>
        ) : null}
      </details>
      <details>
        <summary>{edges.length} links, in words</summary>
        <ul className="edge-list">
          {edges.slice(0, edgeLimit).map((edge) => (
            <li key={edge.key}>
              {edge.sentence}
            </li>
          ))}
        </ul>
        {edges.length > edgeLimit ? (
          <button type="button" className="secondary" onClick={() => setEdgeLimit(edgeLimit + PAGE * 5)}>
            Show more links
          </button>
        ) : null}
      </details>
    </section>
  );
}
