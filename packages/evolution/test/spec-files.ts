/** Edits to the spec's YAML files in a scratch copy's openapi/, as a maintainer makes them. */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, stringify } from "yaml";

// A spec file is whatever YAML the edit walks into.
export type Yaml = any;

export class SpecFiles {
  constructor(readonly dir: string) {}

  private path(file: string): string {
    return join(this.dir, "openapi", file);
  }

  /** Parses `file` (relative to openapi/), lets `change` edit it, writes it back. */
  edit(file: string, change: (doc: Yaml) => void): void {
    const path = this.path(file);
    if (!existsSync(path)) throw new Error(`edit: openapi/${file} does not exist`);
    const doc = parse(readFileSync(path, "utf8")) as Yaml;
    change(doc);
    writeFileSync(path, stringify(doc, { lineWidth: 0 }));
  }

  create(file: string, doc: Yaml): void {
    writeFileSync(this.path(file), stringify(doc, { lineWidth: 0 }));
  }

  /** Every YAML file of the spec, relative to openapi/. */
  files(): string[] {
    const root = join(this.dir, "openapi");
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === "dist" || e.name === "test" || e.name === "node_modules"
            ? []
            : walk(join(d, e.name))
          : e.name.endsWith(".yaml")
            ? [relative(root, join(d, e.name))]
            : [],
      );
    return walk(root);
  }

  /**
   * Renames a component schema the way a maintainer does it: the file, its entry under
   * components/schemas, and every `$ref` to it in every file.
   */
  renameSchema(from: string, to: string): void {
    renameSync(this.path(`components/schemas/${from}.yaml`), this.path(`components/schemas/${to}.yaml`));
    for (const file of this.files()) {
      const path = this.path(file);
      const text = readFileSync(path, "utf8");
      let next = text.replaceAll(`/${from}.yaml`, `/${to}.yaml`);
      // The entry under components/schemas is a key of the root file.
      if (file === "openapi.yaml") next = next.replace(new RegExp(`^(\\s+)${from}:$`, "m"), `$1${to}:`);
      if (next !== text) writeFileSync(path, next);
    }
  }
}
