/** Flags after positionals: `cmd a b --out dir --spec x` → { positional: [a, b], flags: {out, spec} }. */
export function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--")) flags.set(a.slice(2), args[++i] ?? "");
    else positional.push(a);
  }
  return { positional, flags };
}
