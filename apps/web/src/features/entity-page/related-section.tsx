// A titled list of linked entities; renders nothing when there are none.
import type { ReactNode } from "react";

interface RelatedSectionProps<T> {
  id: string;
  title: string;
  items: readonly T[];
  total?: number;
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
}

export function RelatedSection<T>({ id, title, items, total, itemKey, render }: RelatedSectionProps<T>) {
  if (items.length === 0) return null;
  const count = total ?? items.length;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} ({count})
      </h2>
      <ul>
        {items.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {count > items.length ? <p className="meta">Showing the first {items.length}.</p> : null}
    </section>
  );
}
