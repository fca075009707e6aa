// A titled list of linked entities; renders nothing when there are none. Given `sourcesOf`, each
// item carries the passages that state its link.
import type { ReactNode } from "react";
import type { FragmentType } from "../../generated/gql/index.ts";
import { FactSources, FactSources_LinkFragment } from "../../lib/fact-sources.tsx";

interface RelatedSectionProps<T> {
  id: string;
  title: string;
  items: readonly T[];
  total?: number;
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  sourcesOf?: (item: T) => FragmentType<typeof FactSources_LinkFragment>;
}

export function RelatedSection<T>({ id, title, items, total, itemKey, render, sourcesOf }: RelatedSectionProps<T>) {
  if (items.length === 0) return null;
  const count = total ?? items.length;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} ({count})
      </h2>
      <ul className="linked">
        {items.map((item) => (
          <li key={itemKey(item)}>
            {render(item)}
            {sourcesOf ? <FactSources link={sourcesOf(item)} /> : null}
          </li>
        ))}
      </ul>
      {count > items.length ? <p className="meta">Showing the first {items.length}.</p> : null}
    </section>
  );
}
