import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const repoRoot = join(import.meta.dirname, "../../..");

export interface WorkspacePackage {
  name: string;
  dir: string;
  version: string;
  manifest: Record<string, unknown>;
}

/** Every workspace package that is published (not private), openapi/ included. */
export function publishedPackages(): WorkspacePackage[] {
  const dirs = [
    join(repoRoot, "openapi"),
    ...readdirSync(join(repoRoot, "packages")).map((d) => join(repoRoot, "packages", d)),
  ];
  return dirs
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>,
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({
      name: manifest.name as string,
      version: manifest.version as string,
      dir,
      manifest,
    }));
}
