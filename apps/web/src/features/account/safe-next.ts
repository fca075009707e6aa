/**
 * Where to go after signing in: a path of this site only (`?next=//evil.example` or
 * `?next=https://...` would send a fresh sign-in elsewhere).
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/sign-in") || next.startsWith("/sign-up")) return "/";
  return next;
}
