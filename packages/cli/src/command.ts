// What a command file under src/commands/ exports: `export default defineCommand({ ... })`.
// The dispatcher finds commands by their file name, so adding one is adding one file.
import type { ParseArgsConfig } from "node:util";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Command<O extends Options = Options> {
  /** One line for `agora --help`. */
  summary: string;
  /** The whole of `agora <command> --help`: usage, options, examples. */
  help: string;
  options: O;
  /** Name of the arguments it takes after its options, for commands that take any (`file...`). */
  positionals?: string;
  /** Errors this command reports as one line (exit 1) rather than as a crash. */
  expectedErrors?: (abstract new (...args: never[]) => Error)[];
  run(values: ParsedValues<O>, io: CommandIO, positionals: string[]): Promise<void>;
}

/** Where a command writes: progress and results to `out`, problems to `err`. */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  /** Redraws one status line in place (a progress bar); only there when `out` is a terminal. */
  status?(line: string): void;
}

type ValueOf<T> = T extends { type: "boolean" } ? boolean : string;
export type ParsedValues<O extends Options> = { [K in keyof O]?: ValueOf<O[K]> };

/** A mistake in how the command was called: reported with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function defineCommand<O extends Options>(command: Command<O>): Command<O> {
  return command;
}
