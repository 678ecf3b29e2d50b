import type { JsonObject } from "./json-object.js";

/** JSON Pointer (RFC 6901) tokens, and local `#/...` refs resolved in a document. */

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `["paths", "/a/{b}", "put"]` → `#/paths/~1a~1{b}/put` */
export function toPointer(path: ReadonlyArray<string | number>): string {
  return `#${path.map((p) => `/${escapeToken(p)}`).join("")}`;
}

/** The node a local ref (`#/components/schemas/Job`) points at in `doc`, or undefined. */
export function resolveLocalRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === "object" ? (node as JsonObject)[unescapeToken(part)] : undefined,
      doc,
    );
}

/** The operations a path item may hold, in the spec's order. */
export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
