// The errors an edit can end in that the person editing can act on. Each names what is wrong,
// field by field, so a form can show it next to the field and an import next to the cell.
export type EditErrorCode = "INVALID_INPUT" | "NOT_FOUND" | "STALE" | "FORBIDDEN" | "CONFLICT";

export interface Issue {
  /** Where: the input field path, e.g. ["startDate"] or ["sources", "0", "passage"]. */
  path: string[];
  message: string;
}

export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    readonly issues: Issue[],
  ) {
    super(issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "));
  }
}

export const fail = (code: EditErrorCode, message: string, path: string[] = []): never => {
  throw new EditError(code, [{ path, message }]);
};
