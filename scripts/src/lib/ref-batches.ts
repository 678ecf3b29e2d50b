import { transformSchema, type SchemaObject } from "./schema-tree.ts";

/**
 * Splits schemas into batches that compile apart: a schema is always in the same batch as
 * every schema it reaches through `$ref` (connected components of the ref graph, whole), and
 * components are packed in name order into batches of about `size` schemas.
 *
 * Why: one ajv instance holding every compiled schema grows with the spec; at 38,000 schemas
 * (the 1,000-operation synthetic spec) it peaked at 2.8 GB and spent its time collecting
 * garbage. Batches let each instance go once its code is out. Whole components mean no
 * schema's code is emitted twice.
 */
export function refBatches(schemas: Record<string, SchemaObject>, size: number): string[][] {
  const names = Object.keys(schemas).sort();
  const byId = new Map<string, string>();
  for (const name of names) {
    const id = schemas[name]!.$id;
    if (typeof id === "string") byId.set(withoutFragment(id), name);
  }
  const parent = new Map(names.map((n) => [n, n]));
  const root = (name: string): string => {
    let top = name;
    while (parent.get(top) !== top) top = parent.get(top)!;
    parent.set(name, top);
    return top;
  };
  for (const name of names) {
    const base = schemas[name]!.$id;
    transformSchema(schemas[name], `/${name}`, (node) => {
      if (typeof node === "object" && typeof node.$ref === "string" && typeof base === "string") {
        // A ref ajv cannot resolve stays out of the grouping; ajv reports it when it compiles.
        const target = byId.get(withoutFragment(new URL(node.$ref, base).href));
        if (target !== undefined) parent.set(root(name), root(target));
      }
      return node;
    });
  }
  const components = new Map<string, string[]>();
  for (const name of names) {
    const top = root(name);
    if (!components.has(top)) components.set(top, []);
    components.get(top)!.push(name);
  }
  // Map order is the order of each component's first (smallest) name: deterministic.
  const batches: string[][] = [];
  let current: string[] = [];
  for (const component of components.values()) {
    if (current.length > 0 && current.length + component.length > size) {
      batches.push(current);
      current = [];
    }
    current.push(...component);
  }
  if (current.length > 0) batches.push(current);
  return batches.map((b) => b.sort());
}

const withoutFragment = (uri: string): string => uri.split("#")[0]!;
