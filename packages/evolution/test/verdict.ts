/** spec-diff's verdict for each side, and the payloads a revision's own examples provide. */
import type { JsonObject } from "../../../scripts/src/lib/json-object.ts";
import type { Finding } from "../../../scripts/src/spec-diff/model.ts";
import type { Side, Verdict } from "./edits.ts";
import type { Payload } from "./judges/payloads.ts";

/**
 * The side a finding is about, from its rule id: `request-*` and `*-request-*` rules are about
 * what clients send, `response-*` and `*-response-*` about what they receive. The others (an
 * operation or a component schema removed, an operationId changed, security) change names or
 * calls that requests and responses share: both sides.
 */
export function sidesOf(rule: string): Side[] {
  if (/^request-|-request-/.test(rule)) return ["request"];
  if (/^response-|-response-/.test(rule)) return ["response"];
  return ["request", "response"];
}

/** `breaking` for a side when spec-diff reports a breaking finding for it; warnings count as compatible. */
export function specVerdict(findings: readonly Finding[]): Record<Side, Verdict> {
  const breaking = findings.filter((f) => f.level === "breaking").flatMap((f) => sidesOf(f.rule));
  return {
    request: breaking.includes("request") ? "breaking" : "compatible",
    response: breaking.includes("response") ? "breaking" : "compatible",
  };
}

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Follows local `$ref`s of a bundled document. */
function deref(doc: JsonObject, node: unknown): unknown {
  let at = node;
  for (let hops = 0; isObject(at) && typeof at.$ref === "string" && hops < 32; hops++) {
    const ref = at.$ref as string;
    if (!ref.startsWith("#/")) return at;
    at = ref
      .slice(2)
      .split("/")
      .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((n, t) => (isObject(n) ? n[t] : undefined), doc);
  }
  return at;
}

/** Every JSON example of every response of every operation, as an instance of its component schema. */
export function responseExamples(bundle: JsonObject): Payload[] {
  const payloads: Payload[] = [];
  for (const [path, item] of Object.entries(isObject(bundle.paths) ? bundle.paths : {})) {
    for (const [method, op] of Object.entries(isObject(item) ? item : {})) {
      const responses = isObject(op) && isObject(op.responses) ? op.responses : {};
      for (const [status, raw] of Object.entries(responses)) {
        const response = deref(bundle, raw);
        const media =
          isObject(response) && isObject(response.content) ? response.content["application/json"] : undefined;
        if (!isObject(media) || !isObject(media.schema) || typeof media.schema.$ref !== "string") continue;
        const schema = media.schema.$ref.replace("#/components/schemas/", "");
        for (const [name, example] of Object.entries(isObject(media.examples) ? media.examples : {})) {
          const value = deref(bundle, example);
          if (isObject(value) && "value" in value)
            payloads.push({
              what: `${method.toUpperCase()} ${path} ${status} example ${name}`,
              schema,
              instance: value.value,
            });
        }
      }
    }
  }
  return payloads;
}
