import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { buildInGopath, goMain, goTool, moduleDir, modulePath } from "./go-toolchain.ts";

/**
 * README's validate-then-decode recipe, compiled as written inside a main function with Debian's
 * gojsonschema, and run on both of the spec's 200 examples and on a broken one.
 */

const readme = readFileSync(join(moduleDir, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Validate, then decode"));
const recipe = /```go\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const spec = JSON.parse(readFileSync(join(moduleDir, "../../openapi/dist/openapi.json"), "utf8")) as {
  components: { examples: Record<string, { value: { job: Record<string, unknown> } }> };
};

test("the README's recipe is ten lines or fewer", () => {
  const lines = recipe.trimEnd().split("\n");
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.length).toBeLessThanOrEqual(10);
});

test.skipIf(!requiredTool(goTool.name, goTool.missing))(
  "the README's recipe validates, then decodes both 200 examples; a broken one is reported invalid",
  () => {
    const program = goMain(
      ['"encoding/json"', '"fmt"', '"os"', "", `schemas "${modulePath}"`, '"github.com/xeipuuv/gojsonschema"'],
      [
        "func main() {",
        "\tfor _, path := range os.Args[1:] {",
        "\t\tbody, err := os.ReadFile(path)",
        "\t\tif err != nil {",
        "\t\t\tpanic(err)",
        "\t\t}",
        // A block of its own: the recipe declares err, as a user's function would.
        "\t\t{",
        ...recipe
          .trimEnd()
          .split("\n")
          .map((line) => `\t\t\t${line}`),
        "\t\t\tfmt.Println(result.Valid(), err == nil, string(response.Job.Status))",
        "\t\t}",
        "\t}",
        "}",
      ],
    );
    const binary = buildInGopath({ source: program });
    const { RunWorkflowReferenceResponse: reference, RunWorkflowQueuedResponse: queued } = spec.components.examples;
    const broken = { ...reference!.value, job: { ...reference!.value.job, status: "done" } };
    const dir = join(binary, "..");
    const files = [reference!.value, queued!.value, broken].map((value, i) => {
      const file = join(dir, `body-${i}.json`);
      writeFileSync(file, JSON.stringify(value));
      return file;
    });
    const out = execFileSync(binary, files, { encoding: "utf8" }).trim().split("\n");
    expect(out).toEqual([
      `true true ${reference!.value.job.status}`,
      `true true ${queued!.value.job.status}`,
      "false true done",
    ]);
  },
);
