import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleUnlinted } from "./bundle-spec.ts";
import { parseArgs } from "./lib/parse-args.ts";
import { httpMethods, resolveLocalRef } from "./lib/json-pointer.ts";

/** One difference between two revisions of the spec, classified for semver. */
export interface SpecChange {
  breaking: boolean;
  /** Where: `PUT /workflows/{workflowId}/run response 200 .job.status`. */
  at: string;
  message: string;
}

/** The packages whose public API is generated from the spec: a breaking change is major for each. */
export const SPEC_PACKAGES = ["@scenario-api/openapi", "@scenario-api/types", "@scenario-api/schemas", "@scenario-api/client"];

type Json = Record<string, unknown>;
/** Requests break when they accept less; responses break when they may return more. */
type Direction = "request" | "response";


const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

function deref(doc: Json, node: unknown): Json {
  let current = node;
  for (let depth = 0; isObject(current) && typeof current.$ref === "string" && depth < 32; depth++) {
    const target = resolveLocalRef(doc, current.$ref);
    const { $ref: _ref, ...siblings } = current;
    current = isObject(target) ? { ...target, ...siblings } : {};
  }
  return isObject(current) ? current : {};
}

/** The object view of a schema: its own properties/required merged with those of its allOf members. */
function flatten(doc: Json, schema: unknown, seen = new Set<unknown>()): Json {
  const s = deref(doc, schema);
  if (seen.has(schema)) return s;
  seen.add(schema);
  const properties: Json = { ...(isObject(s.properties) ? s.properties : {}) };
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const out: Json = { ...s };
  for (const member of Array.isArray(s.allOf) ? s.allOf : []) {
    const f = flatten(doc, member, seen);
    for (const [k, v] of Object.entries(isObject(f.properties) ? f.properties : {})) if (!(k in properties)) properties[k] = v;
    for (const r of Array.isArray(f.required) ? (f.required as string[]) : []) required.add(r);
    for (const key of ["type", "enum", "const", "items", "additionalProperties"]) if (key in f && !(key in out)) out[key] = f[key];
  }
  delete out.allOf;
  if (Object.keys(properties).length > 0) out.properties = properties;
  out.required = [...required];
  return out;
}

function typesOf(s: Json): Set<string> | undefined {
  if (s.type === undefined) return undefined;
  const list = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  // integer is a subset of number: a number field that becomes integer has narrowed
  return new Set(list);
}

function enumOf(s: Json): unknown[] | undefined {
  if (Array.isArray(s.enum)) return s.enum;
  if ("const" in s) return [s.const];
  return undefined;
}

function compareSchemas(
  before: Json, after: Json, b: unknown, a: unknown, dir: Direction, prefix: string, ptr: string, out: SpecChange[], seen: Set<string>,
): void {
  const at = ptr ? `${prefix} ${ptr}` : prefix;
  // A self-referencing schema would otherwise be walked forever, one level deeper each time.
  if (ptr.length > 512) return;
  const key = `${JSON.stringify(b)}|${JSON.stringify(a)}|${dir}|${ptr}`;
  if (seen.has(key)) return;
  seen.add(key);
  const fb = flatten(before, b);
  const fa = flatten(after, a);

  const tb = typesOf(fb);
  const ta = typesOf(fa);
  if (tb && !ta) {
    if (dir === "response") out.push({ breaking: true, at, message: `type widened from ${[...tb].join("|")} to any` });
    else out.push({ breaking: false, at, message: `type widened from ${[...tb].join("|")} to any` });
  } else if (!tb && ta) {
    out.push({ breaking: dir === "request", at, message: `type narrowed from any to ${[...ta].join("|")}` });
  } else if (tb && ta) {
    const lost = [...tb].filter((t) => !ta.has(t) && !(t === "integer" && ta.has("number")));
    const gained = [...ta].filter((t) => !tb.has(t) && !(t === "integer" && tb.has("number")));
    if (lost.length > 0) out.push({ breaking: true, at, message: `type narrowed: ${[...tb].join("|")} → ${[...ta].join("|")}` });
    else if (gained.length > 0) out.push({ breaking: dir === "response", at, message: `type widened: ${[...tb].join("|")} → ${[...ta].join("|")}` });
  }

  const eb = enumOf(fb);
  const ea = enumOf(fa);
  if (eb && ea) {
    const removed = eb.filter((v) => !ea.some((w) => JSON.stringify(w) === JSON.stringify(v)));
    const added = ea.filter((v) => !eb.some((w) => JSON.stringify(w) === JSON.stringify(v)));
    if (removed.length > 0) out.push({ breaking: true, at, message: `enum value(s) removed: ${removed.map((v) => JSON.stringify(v)).join(", ")}` });
    if (added.length > 0) {
      out.push({
        breaking: dir === "response", at,
        message: `enum value(s) added${dir === "response" ? " to a response (clients that switch over it meet an unknown value)" : ""}: ${added.map((v) => JSON.stringify(v)).join(", ")}`,
      });
    }
  } else if (!eb && ea) {
    out.push({ breaking: dir === "request", at, message: `now restricted to ${ea.length} value(s)` });
  } else if (eb && !ea) {
    out.push({ breaking: dir === "response", at, message: "no longer restricted to an enum" });
  }

  for (const [bound, tighter] of [["minimum", 1], ["exclusiveMinimum", 1], ["minLength", 1], ["minItems", 1], ["maximum", -1], ["exclusiveMaximum", -1], ["maxLength", -1], ["maxItems", -1]] as const) {
    const vb = fb[bound];
    const va = fa[bound];
    if (typeof va === "number" && (typeof vb !== "number" || (va - vb) * tighter > 0)) {
      // Tighter: a request that was valid may be refused.
      out.push({ breaking: dir === "request", at, message: `${bound} tightened: ${vb ?? "none"} → ${va}` });
    } else if (typeof vb === "number" && (typeof va !== "number" || (va - vb) * tighter < 0)) {
      // Looser: a response may now carry a value clients never had to handle.
      out.push({ breaking: dir === "response", at, message: `${bound} loosened: ${vb} → ${va ?? "none"}` });
    }
  }

  if (fb.additionalProperties !== false && fa.additionalProperties === false) {
    out.push({ breaking: dir === "request", at, message: "no longer accepts properties it does not list (additionalProperties: false)" });
  } else if (fb.additionalProperties === false && fa.additionalProperties !== false) {
    out.push({ breaking: false, at, message: "now allows properties it does not list" });
  }

  for (const keyword of ["oneOf", "anyOf"] as const) {
    const bb = Array.isArray(fb[keyword]) ? (fb[keyword] as unknown[]) : [];
    const ba = Array.isArray(fa[keyword]) ? (fa[keyword] as unknown[]) : [];
    if (bb.length === 0 && ba.length === 0) continue;
    if (ba.length < bb.length) out.push({ breaking: dir === "request", at, message: `${keyword} lost ${bb.length - ba.length} branch(es)` });
    if (ba.length > bb.length) out.push({ breaking: dir === "response", at, message: `${keyword} gained ${ba.length - bb.length} branch(es)` });
    for (let i = 0; i < Math.min(bb.length, ba.length); i++) {
      compareSchemas(before, after, bb[i], ba[i], dir, prefix, `${ptr}<${keyword}[${i}]>`, out, seen);
    }
  }

  const pb = isObject(fb.properties) ? fb.properties : {};
  const pa = isObject(fa.properties) ? fa.properties : {};
  const rb = new Set(fb.required as string[]);
  const ra = new Set(fa.required as string[]);
  for (const name of Object.keys(pb)) {
    const child = `${ptr}.${name}`;
    const where = `${prefix} ${child}`;
    if (!(name in pa)) {
      out.push({ breaking: true, at: where, message: "property removed" });
      continue;
    }
    if (dir === "request" && !rb.has(name) && ra.has(name)) out.push({ breaking: true, at: where, message: "request field became required" });
    if (dir === "response" && rb.has(name) && !ra.has(name)) out.push({ breaking: true, at: where, message: "response field became optional (clients may rely on it)" });
    compareSchemas(before, after, pb[name], pa[name], dir, prefix, child, out, seen);
  }
  for (const name of Object.keys(pa)) {
    if (name in pb) continue;
    const required = ra.has(name);
    out.push({
      breaking: dir === "request" && required, at: `${prefix} ${ptr}.${name}`,
      message: required ? `${dir === "request" ? "new required request field" : "new field"}` : "new optional field",
    });
  }

  if (fb.items !== undefined && fa.items !== undefined) compareSchemas(before, after, fb.items, fa.items, dir, prefix, `${ptr}[]`, out, seen);
  if (isObject(fb.additionalProperties) && isObject(fa.additionalProperties)) {
    compareSchemas(before, after, fb.additionalProperties, fa.additionalProperties, dir, prefix, `${ptr}{}`, out, seen);
  }
}

function operations(doc: Json): Map<string, Json> {
  const ops = new Map<string, Json>();
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const pathItem = deref(doc, item);
    for (const method of httpMethods) {
      if (!isObject(pathItem[method])) continue;
      const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
      const op = pathItem[method] as Json;
      ops.set(`${method.toUpperCase()} ${path}`, { ...op, parameters: [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])] });
    }
  }
  return ops;
}

function parameters(doc: Json, op: Json): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const p of op.parameters as unknown[]) {
    const param = deref(doc, p);
    out.set(`${String(param.in)} ${String(param.name)}`, param);
  }
  return out;
}

function jsonSchemaOf(doc: Json, holder: unknown): unknown {
  const content = deref(doc, holder).content;
  if (!isObject(content)) return undefined;
  const media = content["application/json"] ?? Object.values(content)[0];
  return isObject(media) ? media.schema : undefined;
}

/** Every change between two bundled documents, breaking ones first. */
export function diffSpecs(before: Json, after: Json): SpecChange[] {
  const out: SpecChange[] = [];
  const opsBefore = operations(before);
  const opsAfter = operations(after);
  for (const [id, opB] of opsBefore) {
    const opA = opsAfter.get(id);
    if (!opA) {
      out.push({ breaking: true, at: id, message: "operation removed" });
      continue;
    }
    const seen = new Set<string>();
    const parB = parameters(before, opB);
    const parA = parameters(after, opA);
    for (const [name, pb] of parB) {
      const pa = parA.get(name);
      const where = `${id} parameter ${name}`;
      if (!pa) {
        out.push({ breaking: true, at: where, message: "parameter removed" });
        continue;
      }
      if (!pb.required && pa.required) out.push({ breaking: true, at: where, message: "parameter became required" });
      compareSchemas(before, after, pb.schema ?? {}, pa.schema ?? {}, "request", where, "", out, seen);
    }
    for (const [name, pa] of parA) {
      if (parB.has(name)) continue;
      out.push({ breaking: Boolean(pa.required), at: `${id} parameter ${name}`, message: pa.required ? "new required parameter" : "new optional parameter" });
    }

    const bodyB = deref(before, opB.requestBody);
    const bodyA = deref(after, opA.requestBody);
    if (!bodyB.required && bodyA.required) out.push({ breaking: true, at: `${id} request body`, message: "request body became required" });
    const sb = jsonSchemaOf(before, bodyB);
    const sa = jsonSchemaOf(after, bodyA);
    if (sb !== undefined && sa !== undefined) compareSchemas(before, after, sb, sa, "request", `${id} request body`, "", out, seen);

    const resB = isObject(opB.responses) ? opB.responses : {};
    const resA = isObject(opA.responses) ? opA.responses : {};
    for (const status of Object.keys(resB)) {
      const where = `${id} response ${status}`;
      if (!(status in resA)) {
        out.push({ breaking: true, at: where, message: "response removed" });
        continue;
      }
      const rsb = jsonSchemaOf(before, resB[status]);
      const rsa = jsonSchemaOf(after, resA[status]);
      if (rsb !== undefined && rsa !== undefined) compareSchemas(before, after, rsb, rsa, "response", where, "", out, seen);
    }
    for (const status of Object.keys(resA)) {
      if (!(status in resB)) out.push({ breaking: false, at: `${id} response ${status}`, message: "new response" });
    }
  }
  for (const id of opsAfter.keys()) if (!opsBefore.has(id)) out.push({ breaking: false, at: id, message: "new operation" });
  return out.sort((x, y) => Number(y.breaking) - Number(x.breaking));
}

/** Packages with a pending `major` changeset in `.changeset/*.md`. */
export function pendingMajors(changesetFiles: string[]): Set<string> {
  const majors = new Set<string>();
  for (const text of changesetFiles) {
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
    for (const m of front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*major\s*$/gm)) majors.add(m[1]!.trim());
  }
  return majors;
}

/** The spec packages a breaking change still needs a major changeset for (empty: fine). */
export function missingMajors(changes: SpecChange[], majors: Set<string>): string[] {
  if (!changes.some((c) => c.breaking)) return [];
  return SPEC_PACKAGES.filter((p) => !majors.has(p));
}

export function formatChanges(changes: SpecChange[]): string {
  if (changes.length === 0) return "no changes to the API";
  return changes.map((c) => `${c.breaking ? "BREAKING" : "ok      "}  ${c.at}: ${c.message}`).join("\n");
}

const git = (repo: string, args: string[]): string => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" }).trim();

/**
 * The default base: HEAD when openapi/ has uncommitted changes (compare the edit in
 * progress), else the parent of the last commit that changed openapi/ (compare that change).
 */
export function defaultBase(repo: string): string {
  if (git(repo, ["status", "--porcelain", "--", "openapi", "redocly.yaml"]) !== "") return "HEAD";
  const last = git(repo, ["log", "-1", "--format=%H", "--", "openapi"]);
  if (!last) throw new Error("openapi/ has no history to compare with; pass --base REF");
  const parent = git(repo, ["rev-list", "--max-count=1", "--skip=1", last]);
  if (!parent) throw new Error(`the last commit that changed openapi/ (${last.slice(0, 12)}) is the first commit; pass --base REF`);
  return parent;
}

async function bundleAt(repo: string, ref: string): Promise<Json> {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
  try {
    const tar = execFileSync("git", ["-C", repo, "archive", "--format=tar", ref, "--", "openapi", "redocly.yaml"]);
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    return await bundleUnlinted(join(dir, "openapi/openapi.yaml"), join(dir, "redocly.yaml"), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CLI: `scenario-gen spec-diff [--base REF] [--repo DIR]` (exit 1: breaking change without a major changeset). */
export async function main(args: string[]): Promise<number> {
  const { flags } = parseArgs(args);
  try {
    const repo = git(flags.get("repo") ?? process.cwd(), ["rev-parse", "--show-toplevel"]);
    const base = flags.get("base") ?? defaultBase(repo);
    const before = await bundleAt(repo, base);
    const after = await bundleUnlinted(join(repo, "openapi/openapi.yaml"), join(repo, "redocly.yaml"), repo);
    const changes = diffSpecs(before, after);
    console.log(`spec-diff: openapi/ at ${base} → working tree\n${formatChanges(changes)}`);
    const dir = join(repo, ".changeset");
    const files = existsSync(dir)
      ? readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => readFileSync(join(dir, f), "utf8"))
      : [];
    const missing = missingMajors(changes, pendingMajors(files));
    if (missing.length > 0) {
      console.error(`spec-diff: ${changes.filter((c) => c.breaking).length} breaking change(s) and no pending major changeset for ${missing.join(", ")}.\nAdd one with \`npm run changeset\` (choose major for the packages generated from the spec).`);
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`spec-diff: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
