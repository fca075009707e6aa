// A titled list of linked entities, from a connection; renders nothing when there are none.
// Given `sourcesOf`, each item carries the passages that state its link.
import type { ReactNode } from "react";
import type { FragmentType } from "../../generated/gql/index.ts";
import { FactSources, FactSources_LinkFragment } from "../../lib/fact-sources.tsx";

interface Connection<T> {
  totalCount: number;
  edges: readonly { node: T }[];
}

interface RelatedSectionProps<T extends { id: string }> {
  id: string;
  title: string;
  connection: Connection<T>;
  render: (item: T) => ReactNode;
  sourcesOf?: (item: T) => FragmentType<typeof FactSources_LinkFragment>;
}

export function RelatedSection<T extends { id: string }>({ id, title, connection, render, sourcesOf }: RelatedSectionProps<T>) {
  const items = connection.edges.map((edge) => edge.node);
  if (items.length === 0) return null;
  const count = connection.totalCount;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} ({count})
      </h2>
      <ul className="linked">
        {items.map((item) => (
          <li key={item.id}>
            {render(item)}
            {sourcesOf ? <FactSources link={sourcesOf(item)} /> : null}
          </li>
        ))}
      </ul>
      {count > items.length ? <p className="meta">Showing the first {items.length}.</p> : null}
    </section>
  );
}
