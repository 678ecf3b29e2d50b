/**
 * `file:line` in openapi/ for a JSON Pointer of the bundled document: walks the split source
 * from openapi.yaml, following each `$ref` to another file.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { unescapeToken } from "../lib/json-pointer.ts";

interface Parsed {
  root: Node | null;
  lines: LineCounter;
}

export function sourceLocator(rootFile: string, repo: string): (pointer: string) => string | undefined {
  const cache = new Map<string, Parsed>();
  const load = (file: string): Parsed => {
    let parsed = cache.get(file);
    if (!parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines });
      parsed = { root: doc.contents as Node | null, lines };
      cache.set(file, parsed);
    }
    return parsed;
  };
  const where = (file: string, node: Node | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    return `${relative(repo, file)}:${load(file).lines.linePos(offset).line}`;
  };

  /** Follows `node`'s external $ref, if it has one, to the node it names in another file. */
  const follow = (file: string, node: Node | null | undefined): [string, Node | null | undefined] => {
    for (let hops = 0; hops < 16 && isMap(node); hops++) {
      const ref = node.get("$ref");
      if (typeof ref !== "string" || ref.startsWith("#")) break;
      const [path, fragment] = ref.split("#");
      const next = resolve(dirname(file), path!);
      if (!existsSync(next)) break;
      file = next;
      node = load(file).root;
      for (const token of (fragment ?? "").split("/").filter(Boolean))
        node = isMap(node) ? (node.get(unescapeToken(token), true) as Node) : undefined;
    }
    return [file, node];
  };

  return (pointer) => {
    let file = rootFile;
    let node: Node | null | undefined = load(file).root;
    let found = where(file, node);
    const tokens = pointer.split("/").slice(1).map(unescapeToken);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      [file, node] = follow(file, node);
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === token);
        next = pair?.value;
        if (pair && isScalar(pair.key)) found = where(file, pair.key as Node);
      } else if (isSeq(node)) {
        next = node.items[Number(token)];
        if (next) found = where(file, next as Node);
      }
      if (!next) {
        // A component the bundler lifted out of a file of its own (openapi/components/parameters/X.yaml).
        const own = resolve(dirname(rootFile), "components", tokens[1] ?? "", `${tokens[2] ?? ""}.yaml`);
        if (i > 2 || tokens[0] !== "components" || tokens.length < 3 || !existsSync(own)) return found;
        file = own;
        next = load(own).root;
        found = where(file, next as Node);
        i = 2;
      }
      node = next as Node;
    }
    // The node itself may be a ref to a file of its own (a component schema): point into that file.
    const [target, targetNode] = follow(file, node);
    return target === file ? found : where(target, targetNode);
  };
}
