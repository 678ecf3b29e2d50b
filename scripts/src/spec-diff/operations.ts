import { isObject, type JsonObject } from "../lib/json-object.ts";
/** The operations of a document, under paths and webhooks, matched across revisions. */
import { escapeToken, httpMethods } from "../lib/json-pointer.ts";
import { resolveRef } from "../lib/resolve-ref.ts";

export interface Operation {
  /** `PUT /workflows/{workflowId}/run` or `webhook jobFinished POST`. */
  label: string;
  kind: "path" | "webhook";
  /** The path with parameter names blanked (`/workflows/{}/run`): a renamed parameter is the same path. */
  key: string;
  method: string;
  op: JsonObject;
  at: string;
  /** Parameters declared on the path item (the operation's own override them). */
  shared: unknown[];
  sharedAt: string;
}

export const pathKey = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

export function operationsOf(doc: JsonObject): Map<string, Operation> {
  const ops = new Map<string, Operation>();
  for (const [section, kind] of [
    ["paths", "path"],
    ["webhooks", "webhook"],
  ] as const) {
    const items = isObject(doc[section]) ? doc[section] : {};
    for (const [name, raw] of Object.entries(items)) {
      const itemAt = `/${section}/${escapeToken(name)}`;
      const { node: item, pointer } = resolveRef(doc, raw, itemAt);
      if (!isObject(item)) continue;
      for (const method of httpMethods) {
        const op = item[method];
        if (!isObject(op)) continue;
        const key =
          kind === "path" ? `${method.toUpperCase()} ${pathKey(name)}` : `webhook ${name} ${method.toUpperCase()}`;
        ops.set(key, {
          label: kind === "path" ? `${method.toUpperCase()} ${name}` : `webhook ${name} ${method.toUpperCase()}`,
          kind,
          key: kind === "path" ? pathKey(name) : name,
          method,
          op,
          at: `${pointer}/${method}`,
          shared: Array.isArray(item.parameters) ? item.parameters : [],
          sharedAt: `${pointer}/parameters`,
        });
      }
    }
  }
  return ops;
}
