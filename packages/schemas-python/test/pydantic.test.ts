import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import {
  buildArtifacts,
  installInVenv,
  packageDir,
  pydantic1Tool,
  pydantic2Python,
  python,
  pythonTool,
  runScript,
} from "./python-toolchain.ts";

/**
 * pydantic users validate a payload into our TypedDicts: `TypeAdapter` in pydantic 2 (which refuses
 * `typing.TypedDict` below Python 3.12), `parse_obj_as` in pydantic 1 (Debian's). Both reference
 * examples of the 200 answer come back unchanged, and a wrong job status is refused at its path.
 */

interface Spec {
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<
          string,
          { content?: Record<string, { examples?: Record<string, { $ref?: string; value?: unknown }> }> }
        >;
      }
    >
  >;
  components: { examples: Record<string, { value: unknown }> };
}
const spec = JSON.parse(readFileSync(join(packageDir, "../../openapi/dist/openapi.json"), "utf8")) as Spec;
const put = spec.paths["/workflows/{workflowId}/run"]!.put!;
const examples = Object.fromEntries(
  Object.entries(put.responses["200"]!.content!["application/json"]!.examples!).map(([name, example]) => [
    name,
    example.$ref ? spec.components.examples[example.$ref.split("/").at(-1)!]!.value : example.value,
  ]),
) as Record<string, { job: { status: string } }>;
const wrongStatus = structuredClone(Object.values(examples)[0]!);
wrongStatus.job.status = "done";
const given = join(mkdtempSync(join(tmpdir(), "schemas-python-pydantic-")), "given.json");
writeFileSync(given, JSON.stringify({ examples, wrong_status: wrongStatus }));

/** One wheel for both pydantic venvs: building it is most of this file's time. */
let wheel: string | undefined;
const theWheel = () => {
  wheel ??= buildArtifacts().wheel;
  return wheel;
};

const want = (major: string) => ({
  major,
  unchanged: Object.fromEntries(Object.keys(examples).map((name) => [name, true])),
  refused: [["job", "status"]],
});

test("the spec has the two reference examples of the 200 answer", () => {
  expect(Object.keys(examples)).toEqual(["RunWorkflowReferenceResponse", "RunWorkflowQueuedResponse"]);
});

describe.skipIf(
  !requiredTool(pythonTool.name, pythonTool.missing) || !requiredTool(pydantic1Tool.name, pydantic1Tool.missing),
)("pydantic 1 (parse_obj_as) in the installed wheel", () => {
  let venvPython: string;
  beforeAll(() => {
    venvPython = installInVenv(theWheel(), python);
  });
  test("accepts both examples unchanged and refuses a wrong status at /job/status", () => {
    expect(JSON.parse(runScript(venvPython, "pydantic_check.py", [given]))).toEqual(want("1"));
  });
});

const pydantic2 = pydantic2Python();
if (!pydantic2.path) console.warn(`\n  ⚠ SKIPPED (pydantic 2 TypeAdapter on the installed wheel): ${pydantic2.why}.\n`);
describe.skipIf(!pydantic2.path || !requiredTool(pythonTool.name, pythonTool.missing))(
  `pydantic 2 (TypeAdapter) in the installed wheel (${pydantic2.path ?? "none"})`,
  () => {
    let venvPython: string;
    beforeAll(() => {
      venvPython = installInVenv(theWheel(), pydantic2.path);
    });
    test("accepts both examples unchanged and refuses a wrong status at /job/status", () => {
      expect(JSON.parse(runScript(venvPython, "pydantic_check.py", [given]))).toEqual(want("2"));
    });
  },
);
