import { Link, useLocation } from "wouter";

/** In place of a contribution page for readers who are not signed in. */
export function SignInRequired({ to }: { to: string }) {
  const [location] = useLocation();
  const next = encodeURIComponent(location);
  return (
    <p className="status">
      <Link href={`/sign-in?next=${next}`}>Sign in</Link> or <Link href={`/sign-up?next=${next}`}>create an account</Link> to {to}.
    </p>
  );
}
