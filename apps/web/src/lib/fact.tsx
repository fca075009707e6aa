// One term and its value in a `<dl className="facts">`; nothing at all when the value is missing.
import type { ReactNode } from "react";

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children == null || children === "" || children === false) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
