/** The repository's published packages built from the spec, read from the workspace manifests. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Manifest {
  name?: string;
  private?: boolean;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const read = (file: string): Manifest => JSON.parse(readFileSync(file, "utf8")) as Manifest;

/** `openapi`, `packages/*`: the directories the root package.json names as workspaces. */
function workspaceDirs(repo: string): string[] {
  const globs = read(join(repo, "package.json")).workspaces ?? [];
  return globs
    .flatMap((g) => {
      if (!g.endsWith("/*")) return [join(repo, g)];
      const parent = join(repo, g.slice(0, -2));
      return existsSync(parent)
        ? readdirSync(parent, { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => join(parent, d.name))
        : [];
    })
    .filter((d) => existsSync(join(d, "package.json")));
}

/** Every public package that is @scenario-api/openapi or depends on it, directly or not. */
export function generatedPackages(repo: string, spec = "@scenario-api/openapi"): string[] {
  const manifests = workspaceDirs(repo).map((d) => read(join(d, "package.json")));
  const deps = new Map(
    manifests.map((m) => [
      m.name ?? "",
      Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.peerDependencies }),
    ]),
  );
  const fromSpec = new Set([spec]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, list] of deps) {
      if (!fromSpec.has(name) && list.some((d) => fromSpec.has(d))) {
        fromSpec.add(name);
        grew = true;
      }
    }
  }
  return manifests
    .filter((m) => m.name && !m.private && fromSpec.has(m.name))
    .map((m) => m.name!)
    .sort();
}
