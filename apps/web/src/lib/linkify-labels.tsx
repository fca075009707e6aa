// Sentences from the API name entities by their labels ("shares the themes Training and
// Networking"); the same answer lists the entities. Turn each mention into a link to its page.
import type { ReactNode } from "react";
import { Link } from "wouter";

export interface NamedEntity {
  label: string;
  url: string;
}

export function linkifyLabels(text: string, entities: readonly NamedEntity[]): ReactNode[] {
  // Longest first, so that "Seoul Metropolitan Government" wins over "Seoul".
  const sorted = [...entities].filter((entity) => entity.label).sort((a, b) => b.label.length - a.label.length);
  const out: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    let best: { index: number; entity: NamedEntity } | null = null;
    for (const entity of sorted) {
      const index = rest.indexOf(entity.label);
      if (index >= 0 && (best === null || index < best.index)) best = { index, entity };
    }
    if (!best) {
      out.push(rest);
      break;
    }
    if (best.index > 0) out.push(rest.slice(0, best.index));
    out.push(
      <Link key={key++} href={best.entity.url}>
        {best.entity.label}
      </Link>,
    );
    rest = rest.slice(best.index + best.entity.label.length);
  }
  return out;
}
