import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { locateInput, readJsonInput } from "./lib/locate-input.ts";
import { bundledSpecInput, defineCommand } from "./lib/command.ts";
import { serializeBundle } from "./lib/redocly-bundle.ts";
import { writeFilesAtomic } from "./lib/write-atomic.ts";
import { httpMethods, toPointer } from "./lib/json-pointer.ts";
import type { JsonObject } from "./lib/json-object.js";

/** One entry of an operation's `x-codeSamples`, as Redoc reads it. */
export interface CodeSample {
  /** Picks the highlighter: "Shell", "TypeScript", "Python", ... */
  lang: string;
  /** The tab's caption: "curl", "Node.js", ... */
  label: string;
  source: string;
}

/** Which operation gets the samples: "PUT /workflows/{workflowId}/run". */
export interface OperationRef {
  method: string;
  path: string;
}

export class CodeSampleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CodeSampleError";
  }
}

const pointer = (...parts: string[]): string => toPointer(parts);

export function parseOperationRef(text: string): OperationRef {
  const match = /^([A-Za-z]+)\s+(\/\S*)$/.exec(text.trim());
  if (!match || !(httpMethods as readonly string[]).includes(match[1]!.toLowerCase())) {
    throw new CodeSampleError(`operation must look like "PUT /workflows/{workflowId}/run", got "${text}"`);
  }
  return { method: match[1]!.toLowerCase(), path: match[2]! };
}

/**
 * A copy of `spec` whose operation carries `samples` as `x-codeSamples`, in the order given.
 * The input is not modified. Throws CodeSampleError naming the JSON pointer when the operation
 * is missing, and the sample when one is empty or two share a tab.
 */
export function addCodeSamples(spec: JsonObject, operation: OperationRef, samples: readonly CodeSample[]): JsonObject {
  const method = operation.method.toLowerCase();
  const at = pointer("paths", operation.path, method);
  const paths = spec.paths as Record<string, JsonObject> | undefined;
  const pathItem = paths?.[operation.path];
  if (pathItem === undefined) {
    const known = Object.keys(paths ?? {});
    throw new CodeSampleError(
      `${pointer("paths", operation.path)} does not exist; paths in the spec: ${known.join(", ") || "(none)"}`,
    );
  }
  if (typeof pathItem.$ref === "string")
    throw new CodeSampleError(`${pointer("paths", operation.path)} is a $ref; bundle the spec first`);
  const target = pathItem[method];
  if (target === null || typeof target !== "object" || Array.isArray(target)) {
    const known = Object.keys(pathItem)
      .filter((k) => (httpMethods as readonly string[]).includes(k))
      .map((k) => k.toUpperCase());
    throw new CodeSampleError(`${at} does not exist; operations on ${operation.path}: ${known.join(", ") || "(none)"}`);
  }
  if (samples.length === 0) throw new CodeSampleError(`no code samples given for ${at}`);
  const tabs = new Set<string>();
  samples.forEach((sample, i) => {
    const name = `sample ${i} (${sample.lang}/${sample.label})`;
    if (!sample.lang.trim() || !sample.label.trim())
      throw new CodeSampleError(`${name}: lang and label must not be empty`);
    if (!sample.source.trim()) throw new CodeSampleError(`${name}: the source is empty`);
    const tab = `${sample.lang}\u0000${sample.label}`;
    if (tabs.has(tab)) throw new CodeSampleError(`${name}: another sample has the same lang and label`);
    tabs.add(tab);
  });
  const copy = structuredClone(spec);
  const copiedOperation = (copy.paths as Record<string, Record<string, JsonObject>>)[operation.path]![method]!;
  // Samples are shown as written, minus the final newline a file ends with.
  copiedOperation["x-codeSamples"] = samples.map(({ lang, label, source }) => ({
    lang,
    label,
    source: source.replace(/\n+$/, ""),
  }));
  return copy;
}

/** `samples/code-samples.json`: the operation and its samples, source files relative to the manifest. */
export interface SampleManifest {
  operation: string;
  samples: Array<{ lang: string; label: string; file: string }>;
}

export function readManifest(manifestPath: string): { operation: OperationRef; samples: CodeSample[] } {
  const raw = readJsonInput(manifestPath);
  const m = raw as Partial<SampleManifest>;
  if (typeof m.operation !== "string" || !Array.isArray(m.samples)) {
    throw new CodeSampleError(
      `${manifestPath}: expected { "operation": "PUT /path", "samples": [{ "lang", "label", "file" }] }`,
    );
  }
  const samples = m.samples.map((s, i) => {
    if (typeof s?.lang !== "string" || typeof s.label !== "string" || typeof s.file !== "string") {
      throw new CodeSampleError(`${manifestPath}: /samples/${i} needs string "lang", "label" and "file"`);
    }
    const file = resolve(dirname(manifestPath), s.file);
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch {
      throw new CodeSampleError(`${manifestPath}: /samples/${i}/file: cannot read ${relative(process.cwd(), file)}`);
    }
    return { lang: s.lang, label: s.label, source };
  });
  return { operation: parseOperationRef(m.operation), samples };
}

export const command = defineCommand({
  name: "add-code-samples",
  summary: "Adds the code samples in a manifest to the spec's operation (x-codeSamples) → <out>/openapi.{json,yaml}.",
  positionals: [bundledSpecInput],
  flags: {
    samples: { description: "the samples manifest", default: "samples/code-samples.json" },
    out: { description: "output folder", default: "dist" },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [spec = ""], flags }) => {
    const doc = readJsonInput(locateInput(spec)) as JsonObject;
    const manifest = readManifest(flags.samples);
    const withSamples = addCodeSamples(doc, manifest.operation, manifest.samples);
    const written = writeFilesAtomic(flags.out, serializeBundle(withSamples));
    console.log(
      `add-code-samples: ${manifest.samples.length} samples → ${written.map((f) => relative(process.cwd(), f)).join(", ")}`,
    );
  },
});
