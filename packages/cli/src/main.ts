// `pnpm agora <command> [options]`: finds src/commands/<command>.ts, parses its options, runs it.
// Exit codes: 0 done, 1 the command failed (one line on stderr says why), 2 it was called wrongly.
import { readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { UsageError, type Command, type CommandIO } from "./command.ts";

const COMMANDS_DIR = new URL("./commands/", import.meta.url);
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

// A status line stays until the next line is printed, which replaces it.
let statusShown = false;
const clearStatus = () => {
  if (statusShown) process.stdout.write("\r\x1b[2K");
  statusShown = false;
};
const io: CommandIO = {
  out: (line) => (clearStatus(), console.log(line)),
  err: (line) => (clearStatus(), console.error(line)),
  ...(process.stdout.isTTY
    ? {
        status: (line: string) => {
          process.stdout.write(`\r\x1b[2K${line}`);
          statusShown = true;
        },
      }
    : {}),
};

const commandNames = () =>
  readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -".ts".length))
    .sort();

async function loadCommand(name: string): Promise<Command> {
  const module = (await import(new URL(`${name}.ts`, COMMANDS_DIR).href)) as { default: Command };
  return module.default;
}

async function help(): Promise<string> {
  const lines = ["usage: pnpm agora <command> [options]", "", "commands:"];
  const names = commandNames();
  const width = Math.max(...names.map((n) => n.length));
  for (const name of names) lines.push(`  ${name.padEnd(width)}  ${(await loadCommand(name)).summary}`);
  lines.push("", "`pnpm agora <command> --help` describes a command's options.", "exit codes: 0 done, 1 failed, 2 wrong usage");
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(await help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!commandNames().includes(name)) {
    io.err(`agora: unknown command '${name}' (commands: ${commandNames().join(", ")}; see pnpm agora --help)`);
    return EXIT.usage;
  }
  const command = await loadCommand(name);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: command.positionals !== undefined });
    await command.run(values as never, io, positionals);
    return EXIT.ok;
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`agora ${name}: ${e.message.split("\n")[0]} (see pnpm agora ${name} --help)`);
      return EXIT.usage;
    }
    if (command.expectedErrors?.some((type) => error instanceof type)) {
      io.err(`agora ${name}: ${e.message}`);
      return EXIT.failed;
    }
    io.err(`agora ${name}: unexpected error: ${e?.message ?? String(error)}`);
    if (process.env.AGORA_DEBUG) io.err(e?.stack ?? "");
    else io.err("(set AGORA_DEBUG=1 for the stack trace)");
    return EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));
