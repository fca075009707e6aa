import type { ReactNode } from "react";
import type { CombinedError } from "urql";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {what}…
    </p>
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
