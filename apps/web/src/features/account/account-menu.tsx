// The header's account control: "Sign in" for readers, or a disclosure with the member's name
// and role, their pages and "Sign out". A disclosure (button + list of links), not an ARIA
// menu: it needs no custom key handling beyond Escape, and links stay links.
import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { useMutation } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { dismissExpired, signedOut, useAuth } from "../../lib/auth-token.ts";
import { isEditor, ROLE_LABEL, useViewer } from "../../lib/viewer.tsx";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function AccountMenu() {
  const { viewer, loading, signedIn } = useViewer();
  const [location, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [, signOut] = useMutation(SignOutMutation);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | FocusEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("focusin", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("focusin", close);
    };
  }, [open]);

  if (!signedIn) {
    const here = location.startsWith("/sign-") ? "" : `?next=${encodeURIComponent(location)}`;
    return (
      <div className="account-menu">
        <Link href={`/sign-in${here}`}>Sign in</Link>
      </div>
    );
  }
  if (loading || !viewer) {
    // Holds the button's place while `me` loads, so the header does not move.
    return <div className="account-menu account-placeholder" aria-hidden="true" />;
  }

  return (
    <div
      className="account-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          root.current?.querySelector("button")?.focus();
        }
      }}
    >
      <button type="button" className="secondary account-button" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen(!open)}>
        {viewer.name} <span className="tag">{ROLE_LABEL[viewer.role]}</span>
        <span className="visually-hidden">: account</span>
      </button>
      <ul id={`${id}-menu`} className="account-options" hidden={!open}>
        <li>
          <Link href="/account">Your account and API tokens</Link>
        </li>
        <li>
          <Link href="/contribute">Contribute</Link>
        </li>
        <li>
          <Link href="/contribute/import">Import a file</Link>
        </li>
        {isEditor(viewer) ? (
          <li>
            <Link href="/contribute/duplicates">Review duplicates</Link>
          </li>
        ) : null}
        <li>
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              // Revoke the token on the server first; sign out here whatever it answers.
              await signOut({}).catch(() => undefined);
              signedOut();
              navigate("/");
            }}
          >
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}

/** Shown under the header when the server refused the stored token. */
export function SignInExpired() {
  const { expired } = useAuth();
  const [location] = useLocation();
  if (!expired) return null;
  return (
    <p className="status status-warning session-expired" role="status">
      Your sign-in has expired or was revoked, so you are reading as a guest.{" "}
      <Link href={`/sign-in?next=${encodeURIComponent(location)}`}>Sign in again</Link>{" "}
      <button type="button" className="link-button" onClick={dismissExpired}>
        Dismiss
      </button>
    </p>
  );
}
