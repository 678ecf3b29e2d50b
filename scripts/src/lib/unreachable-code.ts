/**
 * Shipped JavaScript that nothing can load: a file a package publishes that is neither named by
 * its package.json (`main`, `module`, `bin`, `exports`) nor imported, directly or through other
 * such files, by one that is. A build that emits an entry nobody wired up (a CommonJS copy of an
 * ESM-only CLI) ships dead weight that users may also mistake for an API.
 */

const CODE = /\.(c|m)?js$/;
import type { JsonObject } from "./json-object.js";

/** Every file path package.json offers as a way in, `./` dropped; exports patterns keep their `*`. */
export function entryTargets(pkg: JsonObject): string[] {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") targets.push(value.replace(/^\.\//, ""));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(pkg.main);
  collect(pkg.module);
  collect(pkg.bin);
  collect(pkg.exports);
  return targets;
}

/** The relative specifiers (`./chunk-X.js`, `../lib/a.cjs`) a module imports, requires or re-exports. */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])(\.\.?\/[^"'\n]+)\1/g;
  for (const m of source.matchAll(specifier)) found.push(m[2]!);
  return found;
}

/** `dir/a.js` + `../b.js` → `b.js`: POSIX paths inside the package, as `npm pack` lists them. */
function join(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function matches(target: string, path: string): boolean {
  if (!target.includes("*")) return target === path;
  const [before, after] = target.split("*") as [string, string];
  return path.startsWith(before) && path.endsWith(after) && path.length >= before.length + after.length;
}

/**
 * The shipped code files (paths as in the pack) that no entry point reaches. `sources` maps each
 * shipped path to its text; only `.js`, `.cjs` and `.mjs` files are judged and followed.
 */
export function unreachableCode(pkg: JsonObject, sources: ReadonlyMap<string, string>): string[] {
  const targets = entryTargets(pkg);
  const code = [...sources.keys()].filter((path) => CODE.test(path));
  const reached = new Set(code.filter((path) => targets.some((t) => matches(t, path))));
  const queue = [...reached];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    for (const specifier of relativeImports(sources.get(path) ?? "")) {
      const target = join(path, specifier);
      if (sources.has(target) && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return code.filter((path) => !reached.has(path)).sort();
}
