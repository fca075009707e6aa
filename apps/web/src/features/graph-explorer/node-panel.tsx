import { Link } from "wouter";
import { entityPath } from "../../lib/entity-path.ts";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import type { GraphNodeData } from "./graph-state.ts";

/** The chosen node: what it is, and what can be done from it. */
export function NodePanel({
  nodeKey,
  node,
  expanded,
  onExpand,
  onCollapse,
  onFocus,
  onPathFrom,
  onPathTo,
  onClose,
}: {
  nodeKey: string;
  node: GraphNodeData | null;
  expanded: boolean;
  onExpand: () => void;
  onCollapse: () => void;
  onFocus: () => void;
  onPathFrom: () => void;
  onPathTo: () => void;
  onClose: () => void;
}) {
  return (
    <section className="node-panel" aria-labelledby="node-panel-heading">
      <h2 id="node-panel-heading">{node?.label ?? nodeKey}</h2>
      {node ? (
        <p className="meta">
          {KIND_LABEL[node.kind].one} · {node.degree} connections{node.date ? ` · ${node.date.slice(0, 4)}` : ""}
        </p>
      ) : null}
      <div className="button-row">
        {node ? <Link href={entityPath(node.kind, node.key)}>Open its page</Link> : null}
        {expanded ? (
          <button type="button" className="secondary" onClick={onCollapse}>
            Collapse
          </button>
        ) : (
          <button type="button" onClick={onExpand}>
            Expand neighbours
          </button>
        )}
        <button type="button" className="secondary" onClick={onFocus}>
          Centre here
        </button>
        <button type="button" className="secondary" onClick={onPathFrom}>
          Path from here
        </button>
        <button type="button" className="secondary" onClick={onPathTo}>
          Path to here
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
