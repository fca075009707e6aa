/**
 * Thrown for bad arguments (never for bad data), so the API can turn it into a user-facing
 * error by `code` instead of a 500.
 */
export type GraphInputErrorCode =
  | "UNKNOWN_NODE"
  | "DUPLICATE_NODE"
  | "DEPTH_OUT_OF_RANGE"
  | "OPTION_OUT_OF_RANGE"
  | "INVALID_DATE"
  | "INVALID_PERIOD";

export class GraphInputError extends Error {
  override readonly name = "GraphInputError";
  constructor(
    readonly code: GraphInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Integer options share one check so every algorithm reports them the same way. */
export function checkInteger(option: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GraphInputError("OPTION_OUT_OF_RANGE", `${option} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
