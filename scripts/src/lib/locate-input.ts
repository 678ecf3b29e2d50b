import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, relative, resolve } from "node:path";

/**
 * An input given as a path ("./x.json", "/abs/x.json", "dist/x.json") or as a package export
 * ("@scenario-api/openapi/openapi.json", "redoc/bundles/redoc.standalone.js"), resolved from
 * `cwd` the way Node resolves it, so a package reads what another one publishes and never
 * its sources.
 */
export function locateInput(spec: string, cwd = process.cwd()): string {
  const asPath = resolve(cwd, spec);
  if (spec.startsWith(".") || isAbsolute(spec) || existsSync(asPath)) return asPath;
  try {
    return createRequire(resolve(cwd, "package.json")).resolve(spec);
  } catch {
    throw new Error(
      `cannot find "${spec}": it is neither a file under ${cwd} nor a package export resolvable from there`,
    );
  }
}

/** The JSON at an input (see locateInput); a read or parse failure names the file. */
export function readJsonInput(spec: string, cwd = process.cwd()): unknown {
  const path = locateInput(spec, cwd);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${relative(cwd, path)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
