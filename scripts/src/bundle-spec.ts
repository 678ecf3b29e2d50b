import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import {
  BaseResolver,
  bundle,
  type Config,
  createConfig,
  getLineColLocation,
  lint,
  loadConfig,
  stringifyYaml,
  YamlParseError,
  type NormalizedProblem,
} from "@redocly/openapi-core";
import { defineCommand } from "./lib/command.ts";
import { checkSpecFiles } from "./lib/spec-files.ts";
import { renewedEvery } from "./lib/renewed-rule.ts";
import { stableJson } from "./lib/stable-json.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import type { JsonObject } from "./lib/json-object.js";

/** A lint or bundle problem, located in the source file a person edits. */
export interface SpecProblem {
  file: string;
  line: number;
  col: number;
  message: string;
  rule: string;
  severity: "error" | "warn";
}

/** Problems a SpecError's message lists; the rest are counted on one more line. */
export const maxListedProblems = 100;

/** A summary line, then one problem a line: the first 100, then `... and <n> more problems`. */
export class SpecError extends Error {
  constructor(readonly problems: SpecProblem[]) {
    const more = problems.length - maxListedProblems;
    super(
      [
        `${problems.length} problem(s) in the spec`,
        ...problems.slice(0, maxListedProblems).map(formatProblem),
        ...(more > 0 ? [`... and ${more} more problem${more === 1 ? "" : "s"}`] : []),
      ].join("\n"),
    );
    this.name = "SpecError";
  }
}

/**
 * A spec refused before Redocly reads it (a `$ref` to a URL or out of the spec's folder, a cycle
 * of `$ref`s, an alias bomb, nesting too deep): bad input, exit 2, where a spec that fails
 * the lint rules is a failed build, exit 1.
 */
export class RefusedSpecError extends SpecError {}

/**
 * Refuses, before Redocly reads anything past the root, a spec whose files name a URL or a
 * file outside its folder, loop through `$ref`s, or hold an alias bomb (see spec-files.ts).
 */
export function checkFilesBeforeRedocly(rootFile: string, cwd: string): void {
  const problems = checkSpecFiles(rootFile, cwd);
  if (problems.length > 0) throw new RefusedSpecError(uniqueProblems(problems));
}

/**
 * Runs a Redocly pass over the spec: Redocly walks nodes and `$ref`s recursively, so a chain of
 * hundreds of `$ref`s overflows its stack. That is bad input, said so, not a crash of the tool.
 */
export async function redoclyPass<T>(rootFile: string, cwd: string, pass: () => Promise<T>): Promise<T> {
  try {
    return await pass();
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    throw new RefusedSpecError([
      {
        file: relative(cwd, rootFile) || rootFile,
        line: 1,
        col: 1,
        message:
          "nests too deeply for Redocly to walk (Maximum call stack size exceeded): schemas or a chain of $refs hundreds of levels deep",
        rule: "spec-files",
        severity: "error",
      },
    ]);
  }
}

/** `openapi/components/schemas/Job.yaml:42:7  error  unknown $ref ...  (no-unresolved-refs)` */
export function formatProblem(problem: SpecProblem): string {
  const { file, line, col, severity, message, rule } = problem;
  return `${file}:${line}:${col}  ${severity}  ${message}  (${rule})`;
}

function toSpecProblem(problem: NormalizedProblem, cwd: string): SpecProblem {
  const first = problem.location[0];
  const at = first ? getLineColLocation(first) : undefined;
  const suggestion = problem.suggest.length > 0 ? ` Did you mean: ${problem.suggest.slice(0, 3).join(", ")}?` : "";
  return {
    file: at ? relative(cwd, at.source.absoluteRef) : "?",
    line: at?.start.line ?? 1,
    col: at?.start.col ?? 1,
    message: problem.message + suggestion,
    rule: problem.ruleId,
    severity: problem.severity,
  };
}

/** One broken file is reported once per place, not once per rule that tripped over it. */
export function uniqueProblems(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The components maps have no meaningful order; sorting them makes the bundle independent
 * of the order in which refs happen to be visited. Everything else keeps the source order.
 */
export function normalizeBundle(doc: JsonObject): JsonObject {
  const components = doc.components;
  if (components === null || typeof components !== "object") return doc;
  const sorted: JsonObject = {};
  for (const [section, map] of Object.entries(components)) {
    sorted[section] =
      map !== null && typeof map === "object" && !Array.isArray(map)
        ? Object.fromEntries(
            Object.keys(map)
              .sort()
              .map((k) => [k, (map as JsonObject)[k]]),
          )
        : map;
  }
  return { ...doc, components: sorted };
}

/** The bundled document as the two files `@scenario-api/openapi` publishes. */
export function serializeBundle(doc: JsonObject): FileSet {
  return {
    "openapi.json": stableJson(doc),
    "openapi.yaml": stringifyYaml(doc, { lineWidth: -1, noRefs: true }),
  };
}

/** The lint rules that validate examples through a cache of compiled schemas that lives as long as the lint. */
export const exampleRules = [
  "no-invalid-media-type-examples",
  "no-invalid-parameter-examples",
  "no-invalid-schema-examples",
];

/**
 * Visitor calls between renewals of an example rule (two or three per media type): today's
 * spec never reaches it; the 1,000-operation synthetic spec renews about every 100 operations.
 */
export const exampleRuleRenewal = 2000;

/**
 * The same config with the example rules renewed every `every` visitor calls (see
 * renewedEvery): same rule ids, settings, verdicts and messages, bounded memory.
 */
export function withBoundedExampleCaches(config: Config, every = exampleRuleRenewal): Config {
  type RuleSets = Record<string, Record<string, (options: never) => unknown> | undefined>;
  config.plugins = config.plugins.map((plugin) => {
    const sets = plugin.rules as RuleSets | undefined;
    if (!sets) return plugin;
    const rules: RuleSets = {};
    for (const [version, set] of Object.entries(sets)) {
      rules[version] =
        set &&
        Object.fromEntries(
          Object.entries(set).map(([id, rule]) => [id, exampleRules.includes(id) ? renewedEvery(rule, every) : rule]),
        );
    }
    return { ...plugin, rules: rules as typeof plugin.rules };
  });
  return config;
}

/**
 * The same config with only the rules `keep` picks left on (the others off), for every spec
 * version. Assertion rules (`rule/...`) are one rule, `assertions`.
 */
export function withRulesOn(config: Config, keep: (ruleId: string) => boolean): Config {
  const versions = config.rules as Record<string, Record<string, unknown>>;
  for (const [version, rules] of Object.entries(versions)) {
    versions[version] = Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => [id, keep(id) ? setting : "off"]),
    );
  }
  return config;
}

const isExampleRule = (ruleId: string) => exampleRules.includes(ruleId);

/** The problems of the example rules alone, located like bundleSpec's: what the worker of bundleSpec runs. */
export async function lintExamples(
  rootFile: string,
  configPath: string,
  cwd: string,
  exampleRenewal = exampleRuleRenewal,
): Promise<SpecProblem[]> {
  const loaded = withBoundedExampleCaches(await loadConfig({ configPath: resolve(configPath) }), exampleRenewal);
  const problems = await lint({ ref: resolve(rootFile), config: withRulesOn(loaded, isExampleRule) });
  return problems.filter((p) => !p.ignored).map((p) => toSpecProblem(p, cwd));
}

/** `lintExamples` in a worker thread (lint-examples-worker.mjs), so that it runs beside the other rules. */
function lintExamplesInWorker(rootFile: string, configPath: string, cwd: string, exampleRenewal: number) {
  return new Promise<SpecProblem[]>((resolvePromise, reject) => {
    const worker = new Worker(new URL("./lib/lint-examples-worker.mjs", import.meta.url), {
      workerData: { rootFile, configPath, cwd, exampleRenewal },
    });
    worker.once("message", (answer: { problems: SpecProblem[] } | { error: string }) =>
      "problems" in answer ? resolvePromise(answer.problems) : reject(new Error(answer.error)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the example lint's worker ended with ${code} before answering`)));
  });
}

/**
 * Lints the split spec with the repository's redocly.yaml and bundles it into one document.
 * Throws SpecError (every problem with file:line:col) on any lint error or warning, so a
 * broken spec never reaches the generators.
 *
 * The example rules compile every schema an example meets (about half the step's time on a
 * large spec), so they run in a worker thread while this thread runs the other rules and
 * bundles: both cores work in the one step of the build that nothing else overlaps.
 */
export async function bundleSpec(
  rootFile: string,
  configPath: string,
  cwd = process.cwd(),
  exampleRenewal = exampleRuleRenewal,
): Promise<JsonObject> {
  const ref = resolve(rootFile);
  checkFilesBeforeRedocly(ref, cwd);
  const examples = lintExamplesInWorker(ref, configPath, cwd, exampleRenewal);
  // Awaited below, or dropped when this thread fails first (a YAML error is reported once, from here).
  examples.catch(() => undefined);
  const config = withRulesOn(await loadConfig({ configPath: resolve(configPath) }), (id) => !isExampleRule(id));
  // One resolver for both passes: it caches every file it parsed, so bundling reads nothing twice.
  const externalRefResolver = new BaseResolver(config.resolve);
  let problems: NormalizedProblem[];
  try {
    problems = await redoclyPass(ref, cwd, () => lint({ ref, config, externalRefResolver }));
  } catch (error) {
    if (error instanceof YamlParseError) {
      throw new SpecError([
        {
          file: relative(cwd, error.source.absoluteRef),
          line: error.line,
          col: error.col,
          message: `YAML syntax error: ${error.originalError.message.split("\n")[0]}`,
          rule: "yaml",
          severity: "error",
        },
      ]);
    }
    throw error;
  }
  const mine = problems.filter((p) => !p.ignored).map((p) => toSpecProblem(p, cwd));
  if (mine.length > 0) throw new SpecError(uniqueProblems([...mine, ...(await examples)]));
  // Bundled while the worker still lints; a failure of the bundle is reported only if the
  // examples are clean (awaited by the return, and not left unhandled meanwhile).
  const bundled = bundleWith(ref, config, externalRefResolver, cwd);
  bundled.catch(() => undefined);
  const theirs = uniqueProblems(await examples);
  if (theirs.length > 0) throw new SpecError(theirs);
  return bundled;
}

async function bundleWith(
  ref: string,
  config: Config,
  externalRefResolver: BaseResolver,
  cwd: string,
): Promise<JsonObject> {
  const result = await redoclyPass(ref, cwd, () =>
    bundle({ ref, config, externalRefResolver, dereference: false, removeUnusedComponents: false }),
  );
  const problems = uniqueProblems(
    result.problems.filter((p) => !p.ignored && p.severity === "error").map((p) => toSpecProblem(p, cwd)),
  );
  if (problems.length > 0) throw new SpecError(problems);
  return normalizeBundle(result.bundle.parsed as JsonObject);
}

/**
 * Bundles without linting: for reading an older revision of the spec (spec-diff), which
 * may not pass today's rules but still has to be compared.
 */
export async function bundleUnlinted(rootFile: string, configPath: string, cwd = process.cwd()): Promise<JsonObject> {
  checkFilesBeforeRedocly(resolve(rootFile), cwd);
  // An older revision may predate redocly.yaml: Redocly's defaults then (bundling needs no rules).
  const config = existsSync(configPath)
    ? await loadConfig({ configPath: resolve(configPath) })
    : await createConfig({});
  return bundleWith(resolve(rootFile), config, new BaseResolver(config.resolve), cwd);
}

export const command = defineCommand({
  name: "bundle-spec",
  summary:
    "Lints the multi-file spec (Redocly) and bundles it into <out>/openapi.{json,yaml}; any problem fails with file:line:col.",
  positionals: [{ name: "root", description: "the spec's root file", default: "openapi.yaml" }],
  flags: {
    out: { description: "output folder", default: "dist" },
    config: { description: "the Redocly configuration (lint rules)", default: "../redocly.yaml" },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  isBadInput: (error) => error instanceof RefusedSpecError,
  run: async ({ positionals: [root = ""], flags: { out, config } }) => {
    readFileSync(root);
    const written = writeFilesAtomic(out, serializeBundle(await bundleSpec(root, config)));
    console.log(`bundle-spec: ${root} → ${written.map((f) => relative(process.cwd(), f)).join(", ")}`);
  },
});
