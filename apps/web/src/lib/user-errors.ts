// The API's userErrors ({ code, path, message }) shown where they belong: path[0] names the input
// field (["sources", "0", "passage"] a part of one), an empty path the input as a whole.
export interface UserErrorLike {
  code: string;
  path: readonly string[];
  message: string;
}

/** Errors by dotted path ("title", "sources.0.passage"); "" holds those about the whole input. */
export type FieldErrors = Record<string, string[]>;

// Account errors repeat the field ("email: not an email address"); beside the field, that is noise.
const withoutFieldName = (error: UserErrorLike) => {
  const field = error.path[error.path.length - 1];
  return field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
};

export function fieldErrors(errors: readonly UserErrorLike[], known?: (path: string) => boolean): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const path = error.path.join(".");
    // A path the form has no place for (a renamed field, expectedVersion...) goes to the top.
    const at = known && path && !known(path) ? "" : path;
    (result[at] ??= []).push(at === path ? withoutFieldName(error) : `${path ? `${path}: ` : ""}${error.message}`);
  }
  return result;
}

export function mergeErrors(...sets: FieldErrors[]): FieldErrors {
  const result: FieldErrors = {};
  for (const set of sets) for (const [path, messages] of Object.entries(set)) (result[path] ??= []).push(...messages);
  return result;
}

export const hasErrors = (errors: FieldErrors) => Object.values(errors).some((messages) => messages.length > 0);
