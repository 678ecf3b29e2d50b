// The runtime's environment variables, where it has any: Deno.env in Deno (Deno 1 has no
// process), process.env in Node, Bun (Bun.env is the same object) and Workers with nodejs_compat.
// Browsers, edge VMs and Workers without nodejs_compat have none.
const runtime = globalThis as {
  Deno?: { env: { get(name: string): string | undefined } };
  process?: { env?: Record<string, string | undefined> };
};

/** The variable's value; undefined when unset, empty, or not readable (Deno without --allow-env). */
export function env(name: string): string | undefined {
  try {
    return (runtime.Deno ? runtime.Deno.env.get(name) : runtime.process?.env?.[name]) || undefined;
  } catch {
    return undefined;
  }
}

/** Why the environment could not give `names`, for an error message: "" when it simply lacks them. */
export function envUnreadable(names: readonly string[]): string {
  if (runtime.Deno) {
    try {
      for (const name of names) runtime.Deno.env.get(name);
      return "";
    } catch {
      return ` (Deno may not read them: run with --allow-env=${names.join(",")})`;
    }
  }
  return runtime.process?.env ? "" : " (this runtime has no environment variables: pass the options)";
}
