import { dirname, extname } from "node:path";
import { parseArgs } from "node:util";

/** One flag of a command: its help line and its default (omitted: the flag is optional, no default). */
export interface FlagSpec {
  description: string;
  /** A string flag takes a value (`--out dist`); a boolean one is present or not (`--check`). */
  type?: "string" | "boolean";
  default?: string;
  /**
   * For `--out`, which is always a folder: the one file the command writes in it. A value with
   * that file's extension (`--out dist/index.html`) is refused by name: it is a file path, what
   * `--out` meant for some commands before, and would otherwise become a folder of that name.
   */
  folderFor?: string;
}

export interface CommandSpec<Flags extends Record<string, FlagSpec>> {
  name: string;
  /** One line, shown by `scenario-gen --help`. */
  summary: string;
  /**
   * The positional arguments, e.g. `[input]` or `BASE REVISION`. One with a default may be left
   * out; a default of "" makes it optional with nothing to show in --help.
   */
  positionals?: Array<{ name: string; description: string; default?: string }>;
  flags: Flags;
  /** Said after an error, e.g. `dist/ left as it was`, so the user knows nothing was lost. */
  onFailure?: (flags: FlagValues<Flags>) => string;
  /** Errors that mean the input was wrong (a missing file, a bad spec): exit 2, as a bad command line does. */
  isBadInput?: (error: unknown) => boolean;
  // biome-ignore lint/suspicious/noConfusingVoidType: a command that returns nothing exits 0
  run: (input: { positionals: string[]; flags: FlagValues<Flags> }) => Promise<number | void> | number | void;
}

export type FlagValues<Flags extends Record<string, FlagSpec>> = {
  [K in keyof Flags]: Flags[K] extends { type: "boolean" }
    ? boolean
    : Flags[K] extends { default: string }
      ? string
      : string | undefined;
};

/** The positional of the generators that read the bundled spec, as the packages' builds name it. */
export const bundledSpecInput = {
  name: "spec",
  description: "the bundled spec: a file or a package export",
  default: "@scenario-api/openapi/openapi.json",
};

/** Exit codes every command shares: 0 done, 1 the work failed, 2 the command line was wrong. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

export function helpText(spec: CommandSpec<Record<string, FlagSpec>>): string {
  const positionals = spec.positionals ?? [];
  const synopsis = [
    `scenario-gen ${spec.name}`,
    ...positionals.map((p) => (p.default === undefined ? p.name : `[${p.name}]`)),
    "[flags]",
  ];
  const rows: Array<[string, string]> = [
    ...positionals.map((p): [string, string] => [
      p.name,
      p.default ? `${p.description} (default: ${p.default})` : p.description,
    ]),
    ...Object.entries(spec.flags).map(([name, flag]): [string, string] => [
      flag.type === "boolean" ? `--${name}` : `--${name} <value>`,
      flag.default === undefined ? flag.description : `${flag.description} (default: ${flag.default})`,
    ]),
    ["--help", "print this help"],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `${spec.summary}`,
    "",
    `usage: ${synopsis.join(" ")}`,
    "",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    "",
    "Relative paths are resolved from the directory the command runs in (the package's, under npm scripts).",
  ].join("\n");
}

/**
 * The one place that turns argv into a command's inputs and an outcome into an exit code and
 * message: unknown flags and flags without their value are refused by name, `--help` prints the
 * command's flags and defaults, and a thrown error becomes `<command>: <message>` with exit 1.
 */
export function defineCommand<Flags extends Record<string, FlagSpec>>(
  spec: CommandSpec<Flags>,
): { spec: CommandSpec<Flags>; main: (args: string[]) => Promise<number> } {
  const erased = spec as unknown as CommandSpec<Record<string, FlagSpec>>;
  async function main(args: string[]): Promise<number> {
    let parsed: ReturnType<typeof parseCommandLine>;
    try {
      parsed = parseCommandLine(erased, args);
    } catch (error) {
      console.error(`${spec.name}: ${messageOf(error)}\nRun 'scenario-gen ${spec.name} --help' for its flags.`);
      return exitCodes.usage;
    }
    if (parsed === "help") {
      console.log(helpText(erased));
      return exitCodes.ok;
    }
    const flags = parsed.flags as FlagValues<Flags>;
    try {
      return (await spec.run({ positionals: parsed.positionals, flags })) ?? exitCodes.ok;
    } catch (error) {
      console.error(failureText(spec.name, messageOf(error), spec.onFailure?.(flags)));
      return spec.isBadInput?.(error) ? exitCodes.usage : exitCodes.failed;
    }
  }
  return { spec, main };
}

function parseCommandLine(
  spec: CommandSpec<Record<string, FlagSpec>>,
  args: string[],
): "help" | { positionals: string[]; flags: Record<string, string | boolean | undefined> } {
  const options: Record<string, { type: "string" | "boolean" }> = { help: { type: "boolean" } };
  for (const [name, flag] of Object.entries(spec.flags)) options[name] = { type: flag.type ?? "string" };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (values.help === true) return "help";
  const declared = spec.positionals ?? [];
  if (positionals.length > declared.length) {
    throw new Error(
      `unexpected argument '${positionals[declared.length]}' (takes ${declared.length === 0 ? "none" : declared.map((p) => p.name).join(" ")})`,
    );
  }
  const missing = declared.slice(positionals.length).find((p) => p.default === undefined);
  if (missing) throw new Error(`missing argument ${missing.name}: ${missing.description}`);
  const flags: Record<string, string | boolean | undefined> = {};
  for (const [name, flag] of Object.entries(spec.flags)) {
    const value = values[name];
    flags[name] = flag.type === "boolean" ? value === true : typeof value === "string" ? value : flag.default;
    if (flag.folderFor !== undefined && typeof value === "string" && extname(value) === extname(flag.folderFor))
      throw new Error(
        `--${name} is the folder to write ${flag.folderFor} in, not a file: got '${value}' (--${name} ${dirname(value)} writes ${dirname(value)}/${flag.folderFor})`,
      );
  }
  return { positionals: declared.map((p, i) => positionals[i] ?? p.default ?? ""), flags };
}

/**
 * `<command>: <message>[; <after>]`. A message of several lines is a summary and its details
 * (e.g. one spec problem a line): what was kept goes after the summary, before the details.
 */
export function failureText(command: string, message: string, after?: string): string {
  const newline = message.indexOf("\n");
  const [summary, details] = newline < 0 ? [message, ""] : [message.slice(0, newline), message.slice(newline)];
  return `${command}: ${summary}${after ? `; ${after}` : ""}${details}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
