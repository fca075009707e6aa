// What became of an edit, in the terms a form acts on: saved; refused with userErrors to show by
// field; STALE (someone else changed it: offer to reload); FORBIDDEN (a member changing what
// someone else added); signed out; or failed for another reason.
import type { CombinedError } from "urql";
import { fieldErrors, type FieldErrors, type UserErrorLike } from "./user-errors.ts";

export type EditOutcome<P> =
  | { status: "saved"; payload: P }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "stale"; message: string }
  | { status: "forbidden"; message: string }
  | { status: "signed-out" }
  | { status: "failed"; message: string };

const codeOf = (error: CombinedError | undefined, code: string) => error?.graphQLErrors.find((e) => e.extensions?.["code"] === code);

export function editOutcome<P extends { userErrors: readonly UserErrorLike[] }>(
  result: { data?: unknown; error?: CombinedError },
  payload: P | null | undefined,
  isFormPath?: (path: string) => boolean,
): EditOutcome<P> {
  const forbidden = codeOf(result.error, "FORBIDDEN");
  if (forbidden) return { status: "forbidden", message: forbidden.message };
  if (codeOf(result.error, "UNAUTHENTICATED")) return { status: "signed-out" };
  if (!payload) {
    const message = result.error?.networkError ? "The server could not be reached. Your changes are still here: try again." : (result.error?.message.replace(/^\[GraphQL\] /, "") ?? "The server did not answer.");
    return { status: "failed", message };
  }
  const stale = payload.userErrors.find((error) => error.code === "STALE");
  if (stale) return { status: "stale", message: stale.message };
  if (payload.userErrors.length) return { status: "invalid", errors: fieldErrors(payload.userErrors, isFormPath) };
  return { status: "saved", payload };
}
