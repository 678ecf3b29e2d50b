import { resolveLocalRef } from "./json-pointer.ts";
import { isObject } from "./json-object.ts";

/** A `$ref` that cannot be followed: it names the ref and where it was met. */
export class UnresolvedRefError extends Error {
  constructor(
    readonly ref: string,
    readonly at: string,
    reason: string,
  ) {
    super(`${at}: $ref '${ref}' ${reason}`);
    this.name = "UnresolvedRefError";
  }
}

export interface Resolved {
  /** The node the chain of refs ends at, with the siblings of each `$ref` laid over it. */
  node: unknown;
  /** Its JSON Pointer in the document (`/components/schemas/Job`), or `at` when `node` had no ref. */
  pointer: string;
}

/**
 * Follows local `$ref`s (`#/components/...`) from `node`, found at JSON Pointer `at` in `doc`,
 * to the node they end at. The one resolver of scripts/: an external ref (the document was not
 * bundled), a ref to nothing, or a cycle of refs is an UnresolvedRefError naming the ref, never
 * a silent `{}`. Keywords beside a `$ref` (OpenAPI 3.1 allows `description` there) override
 * the target's.
 */
export function resolveRef(doc: unknown, node: unknown, at: string): Resolved {
  let current = node;
  let pointer = at;
  const seen: string[] = [];
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#")) throw new UnresolvedRefError(ref, pointer, "is not local: bundle the document first");
    if (seen.includes(ref))
      throw new UnresolvedRefError(ref, pointer, `is a cycle of refs (${[...seen, ref].join(" → ")})`);
    seen.push(ref);
    const target = ref === "#" ? doc : resolveLocalRef(doc, ref);
    if (target === undefined) throw new UnresolvedRefError(ref, pointer, "points to nothing");
    const { $ref: _ref, ...siblings } = current;
    current = isObject(target) && Object.keys(siblings).length > 0 ? { ...target, ...siblings } : target;
    pointer = ref.slice(1);
  }
  return { node: current, pointer };
}
