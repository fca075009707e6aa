import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { Skeleton } from "./skeleton.tsx";

/** A polite status for screen readers over a skeleton that holds the space of what will come. */
export function Loading({ what = "Loading", lines = 3, height }: { what?: string; lines?: number; height?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">{what}…</span>
      <Skeleton lines={lines} {...(height ? { height } : {})} />
    </div>
  );
}

export function ErrorMessage({ error }: { error: CombinedError | Error }) {
  const message = "networkError" in error && error.networkError ? "The server could not be reached." : error.message.replace(/^\[GraphQL\] /, "");
  return (
    <p className="status status-error" role="alert">
      Something went wrong: {message}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status status-empty">{children}</p>;
}
