/**
 * Named component schemas: the generated packages export one name per schema (a TypeScript
 * type and a validator, a Python type, a Go schema file). Removing or renaming one breaks the
 * code that imports it even when every payload stays the same on the wire.
 */
import { escapeToken } from "../lib/json-pointer.ts";
import { isObject, type JsonObject } from "../lib/json-object.ts";
import type { SchemaDiff } from "./diff-schemas.ts";
import { finding } from "./rules.ts";

const schemaNames = (doc: JsonObject): string[] =>
  isObject(doc.components) && isObject(doc.components.schemas) ? Object.keys(doc.components.schemas) : [];

export function compareComponentSchemas(ctx: SchemaDiff): void {
  const before = schemaNames(ctx.base.doc);
  const after = schemaNames(ctx.revision.doc);
  const added = after.filter((name) => !before.includes(name));
  for (const name of before.filter((n) => !after.includes(n))) {
    // A rename reads as one schema removed and one added: say so, it is how maintainers make it.
    const renamed = added.length === 1 ? ` (renamed to ${added[0]}?)` : "";
    ctx.out.push(
      finding(
        "component-schema-removed",
        `/components/schemas/${escapeToken(name)}`,
        `schema ${name}: removed${renamed}; the packages no longer export its name`,
      ),
    );
  }
  for (const name of added)
    ctx.out.push(
      finding("component-schema-added", `/components/schemas/${escapeToken(name)}`, `schema ${name}: added`),
    );
}
