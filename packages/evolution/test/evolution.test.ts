/**
 * The evolution suite (README.md): every edit of the table (edits.ts) applied to a scratch copy
 * of openapi/, the whole pipeline run on it, and spec-diff's verdict held against what the fixed
 * consumer programs and the stored payloads say.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { JsonObject } from "../../../scripts/src/lib/json-object.ts";
import { requiredTool } from "../../../scripts/src/lib/required-tool.ts";
import { diffSpecs } from "../../../scripts/src/spec-diff/diff-specs.ts";
import type { Finding } from "../../../scripts/src/spec-diff/model.ts";
import { type Edit, edits, type Given, type OutputName, type Side, type Verdict } from "./edits.ts";
import { goJudges } from "./judges/go.ts";
import { runAgainstMock } from "./judges/mock-server.ts";
import { type Payload, validatePayloads } from "./judges/payloads.ts";
import { checkPython, python } from "./judges/python.ts";
import { compileTypeScript } from "./judges/typescript.ts";
import { commandsRun, type Outputs, readText, regenerate, removeCopies, scratchCopy } from "./pipeline.ts";
import { SpecFiles } from "./spec-files.ts";
import { responseExamples, specVerdict } from "./verdict.ts";

const storedRequests = JSON.parse(
  readFileSync(join(import.meta.dirname, "consumers/stored-requests.json"), "utf8"),
) as Payload[];

interface Build {
  dir: string;
  out: Outputs;
  bundle: JsonObject;
  ms: number;
}

async function buildCopy(label: string, changes: Array<(spec: SpecFiles) => void>): Promise<Build> {
  const start = performance.now();
  const dir = scratchCopy(label.replace(/[^a-z0-9]+/gi, "-").slice(0, 40));
  const spec = new SpecFiles(dir);
  for (const change of changes) change(spec);
  const { out } = await regenerate(dir);
  return { dir, out, bundle: JSON.parse(readText(out.bundle)) as JsonObject, ms: performance.now() - start };
}

const bases = new Map<string, Promise<Build>>();
/** Today's spec, or today's with a row's `given`: built once, shared by the rows that start from it. */
function base(given?: Given): Promise<Build> {
  const key = given?.name ?? "today";
  let build = bases.get(key);
  if (!build) {
    build = buildCopy(`base ${key}`, given ? [given.apply] : []);
    bases.set(key, build);
  }
  return build;
}

function dirText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readText(join(dir, f)))
    .join("\n");
}

/** The text of one output of a build, as `shows` and `hides` search it. */
function outputText(out: Outputs, name: OutputName): string {
  switch (name) {
    case "ts":
      return readText(out.tsTypes) + readText(out.tsIndex);
    case "schema2020":
      return dirText(out.schemas2020);
    case "draft07":
      return dirText(out.schemasDraft07);
    case "python":
      return readText(out.pythonTypes);
    case "go":
      return (
        dirText(join(out.goModule, "2020-12")) +
        dirText(join(out.goModule, "draft-07")) +
        readText(join(out.goModule, "types.go"))
      );
    case "mock":
      return readText(out.mockExamples);
    case "docs":
      return readText(out.docsHtml);
  }
}

const found = (text: string, what: string | RegExp) =>
  typeof what === "string" ? text.includes(what) : what.test(text);

interface Judged {
  verdict: Record<Side, Verdict>;
  /** Why a side is breaking according to the artifacts. */
  evidence: Record<Side, string[]>;
  /** Things that must never happen: the build broken, new code that does not compile. */
  problems: string[];
}

/** What the consumer programs and the payloads say about a revision. */
async function judge(
  before: Build,
  after: Build,
  row: Pick<Edit, "stored" | "sent" | "uses" | "mock">,
): Promise<Judged> {
  const stored = [...storedRequests, ...(row.stored ?? [])];
  const sent = [...responseExamples(after.bundle), ...(row.sent ?? [])];
  const [ts, py, go, mock, storedNow, sentBefore, storedBefore, sentNow] = await Promise.all([
    compileTypeScript(after.dir, row.uses?.ts),
    checkPython(after.dir, after.out.pythonSrc, row.uses?.python),
    Promise.all(goJudges.map(async (j) => [j, await j.run(after.out.goModule)] as const)),
    runAgainstMock(after.dir, row.mock ?? []),
    validatePayloads(after.out, stored),
    validatePayloads(before.out, sent),
    validatePayloads(before.out, stored),
    validatePayloads(after.out, sent),
  ]);
  const evidence: Record<Side, string[]> = { request: [], response: [] };
  const both = (why: string) => {
    evidence.request.push(why);
    evidence.response.push(why);
  };
  const problems: string[] = [];
  const list = (errors: string[] | undefined) => (errors ?? []).slice(0, 3).join(" | ");

  if (ts.consumers.has("request.ts")) evidence.request.push(`tsc request.ts: ${list(ts.consumers.get("request.ts"))}`);
  if (ts.consumers.has("response.ts"))
    evidence.response.push(`tsc response.ts: ${list(ts.consumers.get("response.ts"))}`);
  if (ts.consumers.has("names.ts")) both(`tsc names.ts: ${list(ts.consumers.get("names.ts"))}`);
  if (ts.consumers.has("uses.ts"))
    problems.push(`the row's new TypeScript does not compile: ${list(ts.consumers.get("uses.ts"))}`);
  if (ts.elsewhere.length > 0)
    problems.push(`the build is broken (tsc outside the consumers): ${ts.elsewhere.slice(0, 5).join(" | ")}`);

  if (py.consumers.has("request.py")) evidence.request.push(`mypy request.py: ${list(py.consumers.get("request.py"))}`);
  if (py.consumers.has("response.py"))
    evidence.response.push(`mypy response.py: ${list(py.consumers.get("response.py"))}`);
  if (py.consumers.has("names.py")) both(`mypy names.py: ${list(py.consumers.get("names.py"))}`);
  if (py.namesRun) both(py.namesRun);
  if (py.consumers.has("uses.py"))
    problems.push(`the row's new Python does not type-check: ${list(py.consumers.get("uses.py"))}`);
  if (py.elsewhere.length > 0) problems.push(`mypy outside the consumers: ${py.elsewhere.slice(0, 5).join(" | ")}`);

  for (const [j, failure] of go) {
    if (failure === undefined) continue;
    if (j.side === "both") both(`go ${j.name}: ${failure}`);
    else evidence[j.side].push(`go ${j.name}: ${failure}`);
  }
  for (const refused of mock.refused)
    evidence.request.push(`the application's call against the mock server: ${refused}`);
  problems.push(...mock.wrong);
  for (const [what, why] of storedNow)
    evidence.request.push(`stored request "${what}" refused by the new validators: ${why.join("; ")}`);
  for (const [what, why] of sentBefore)
    evidence.response.push(`new answer "${what}" refused by the old validators: ${why.join("; ")}`);
  // A row's own payloads must be what it says they are, or their verdicts mean nothing.
  for (const [what, why] of storedBefore)
    problems.push(`stored request "${what}" is not valid under the old spec: ${why.join("; ")}`);
  for (const [what, why] of sentNow)
    problems.push(`answer "${what}" is not valid under the revised spec: ${why.join("; ")}`);

  return {
    verdict: {
      request: evidence.request.length > 0 ? "breaking" : "compatible",
      response: evidence.response.length > 0 ? "breaking" : "compatible",
    },
    evidence,
    problems,
  };
}

interface Timing {
  name: string;
  buildMs: number;
  judgeMs: number;
}
const timings: Timing[] = [];
const suiteStart = performance.now();

const tools = (() => {
  const missing: string[] = [];
  for (const [what, args] of [
    [python, ["-c", "import jsonschema, mypy, typing_extensions"]],
    ["go", ["version"]],
  ] as const) {
    try {
      execFileSync(what, args, { stdio: "pipe" });
    } catch {
      missing.push(`${what} ${args.join(" ")}`);
    }
  }
  return requiredTool(
    "the evolution suite (python3 with jsonschema and mypy, go with gojsonschema)",
    missing.length > 0 ? `cannot run: ${missing.join(", ")}` : undefined,
  );
})();

describe.runIf(tools)("evolution", () => {
  afterAll(() => {
    const rows = timings
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(
        (t) =>
          `  ${((t.buildMs + t.judgeMs) / 1000).toFixed(1).padStart(6)} s  (build ${(t.buildMs / 1000).toFixed(1)} s, judges ${(t.judgeMs / 1000).toFixed(1)} s)  ${t.name}`,
      );
    console.log(
      `evolution suite: ${timings.length} rows in ${((performance.now() - suiteStart) / 1000).toFixed(1)} s wall\n${rows.join("\n")}`,
    );
    const kept = removeCopies();
    if (kept.length > 0) console.log(`scratch copies kept (EVOLUTION_KEEP=1):\n  ${kept.join("\n  ")}`);
  });

  test("today's spec: the consumers compile, the stored payloads and the examples validate", async () => {
    const today = await base();
    const start = performance.now();
    const judged = await judge(today, today, {});
    timings.push({ name: "(today's spec)", buildMs: today.ms, judgeMs: performance.now() - start });
    expect(judged.problems).toEqual([]);
    expect(judged.evidence).toEqual({ request: [], response: [] });
  });

  test("regenerate runs every generator the packages' build scripts name", async () => {
    await base();
    const root = join(import.meta.dirname, "../../..");
    const manifests = ["openapi", ...readdirSync(join(root, "packages")).map((p) => `packages/${p}`)];
    const named = new Set<string>();
    for (const at of manifests) {
      const { scripts = {} } = JSON.parse(readFileSync(join(root, at, "package.json"), "utf8")) as {
        scripts?: Record<string, string>;
      };
      for (const script of [scripts.build, scripts.generate])
        for (const [, name] of (script ?? "").matchAll(/scenario-gen ([a-z0-9-]+)/g)) named.add(name!);
    }
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((n) => !commandsRun.has(n)).sort()).toEqual([]);
  });

  test("the table has at least 20 edits, each named once", () => {
    expect(edits.length).toBeGreaterThanOrEqual(20);
    expect(new Set(edits.map((e) => e.name)).size).toBe(edits.length);
  });

  test.concurrent.for(edits)("$name", async (row) => {
    const before = await base(row.given);
    const after = await buildCopy(row.name, [...(row.given ? [row.given.apply] : []), row.edit]);
    const start = performance.now();
    const findings: Finding[] = diffSpecs(before.bundle, after.bundle);
    const judged = await judge(before, after, row);
    timings.push({ name: row.name, buildMs: after.ms, judgeMs: performance.now() - start });

    const problems = [...judged.problems];
    for (const [names, what] of row.shows)
      for (const name of names)
        if (!found(outputText(after.out, name), what)) problems.push(`${name} does not show ${String(what)}`);
    for (const [names, what] of row.hides ?? [])
      for (const name of names)
        if (found(outputText(after.out, name), what)) problems.push(`${name} still shows ${String(what)}`);

    const said = specVerdict(findings);
    for (const side of ["request", "response"] as const) {
      if (said[side] !== judged.verdict[side])
        problems.push(
          `${side}: spec-diff says ${said[side]}, the artifacts say ${judged.verdict[side]}` +
            (judged.evidence[side].length > 0 ? ` (${judged.evidence[side].join("; ")})` : "") +
            ` [spec-diff: ${findings.map((f) => `${f.level} ${f.rule}`).join(", ") || "no change"}]`,
        );
      if (row.expect[side] !== judged.verdict[side])
        problems.push(`${side}: the table says ${row.expect[side]}, the artifacts say ${judged.verdict[side]}`);
    }
    if (process.env.EVOLUTION_REPORT)
      appendFileSync(
        process.env.EVOLUTION_REPORT,
        `${JSON.stringify({ name: row.name, seconds: Math.round((after.ms + performance.now() - start) / 100) / 10, problems })}\n`,
      );
    expect(problems).toEqual([]);
  });
});
