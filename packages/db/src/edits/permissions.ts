// Who may change what. Members create, and edit or delete what they created; editors and admins
// edit, delete, restore and merge anything. The system actor is the seed and trusted CLIs.
import { EditError } from "./edit-error.ts";

export interface EditActor {
  /** null for the system (seed, CLI run by the operator). */
  userId: string | null;
  role: "MEMBER" | "EDITOR" | "ADMIN";
}

export const SYSTEM: EditActor = { userId: null, role: "ADMIN" };

export const isEditor = (actor: EditActor) => actor.role === "EDITOR" || actor.role === "ADMIN";

/** Whether this caller (null: an anonymous visitor) may edit or delete a record with this creator. */
export function canEdit(actor: EditActor | null, createdById: string | null): boolean {
  if (!actor) return false;
  return isEditor(actor) || (actor.userId !== null && createdById === actor.userId);
}

export function requireCanEdit(actor: EditActor, createdById: string | null, what: string): void {
  if (canEdit(actor, createdById)) return;
  throw new EditError("FORBIDDEN", [{ path: [], message: `members may change only what they created; ${what} was not created by you` }]);
}

export function requireEditor(actor: EditActor, action: string): void {
  if (!isEditor(actor)) throw new EditError("FORBIDDEN", [{ path: [], message: `${action} is for editors` }]);
}
