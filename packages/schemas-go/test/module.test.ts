import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { goMain, goTool, moduleDir, moduleEnv, modulePath, userModule } from "./go-toolchain.ts";

const npmSchemas = dirname(createRequire(import.meta.url).resolve("@scenario-api/schemas/package.json"));
const spec = JSON.parse(readFileSync(join(moduleDir, "../../openapi/dist/openapi.json"), "utf8")) as {
  components: { schemas: Record<string, unknown> };
};

describe("the embedded files", () => {
  test.each(["2020-12", "draft-07"])("%s/ holds the bytes @scenario-api/schemas ships", (dialect) => {
    const ours = readdirSync(join(moduleDir, dialect)).sort();
    expect(ours).toEqual(readdirSync(join(npmSchemas, dialect)).sort());
    for (const file of ours)
      expect(readFileSync(join(moduleDir, dialect, file), "utf8"), file).toBe(
        readFileSync(join(npmSchemas, dialect, file), "utf8"),
      );
  });
});

describe.skipIf(!requiredTool(goTool.name, goTool.missing))("the Go module", () => {
  const go = (args: string[], cwd = moduleDir) =>
    execFileSync("go", args, { cwd, env: moduleEnv(), encoding: "utf8", stdio: "pipe" });

  test("is gofmt and go vet clean, has no dependencies, and its tests and example pass", () => {
    expect(execFileSync("gofmt", ["-l", "."], { cwd: moduleDir, encoding: "utf8" })).toBe("");
    go(["vet", "./..."]);
    expect(go(["list", "-m", "all"]).trim()).toBe(modulePath);
    expect(go(["test", "-count=1", "./..."])).toMatch(/^ok\s/m);
  });

  test("a program using only the module sees the spec's schema names and reads every file", () => {
    const dir = userModule({
      "main.go": goMain(
        ['"encoding/json"', '"os"', "", `schemas "${modulePath}"`],
        [
          "func main() {",
          "\tsizes := map[string]int{}",
          "\tfor _, name := range schemas.Names() {",
          '\t\traw, err := schemas.Schema("draft-07", name)',
          "\t\tif err != nil {",
          "\t\t\tpanic(err)",
          "\t\t}",
          "\t\tsizes[name] = len(raw)",
          "\t}",
          '\tjson.NewEncoder(os.Stdout).Encode(map[string]interface{}{"names": schemas.Names(), "sizes": sizes})',
          "}",
        ],
      ),
    });
    const out = JSON.parse(go(["run", "."], dir)) as { names: string[]; sizes: Record<string, number> };
    expect(out.names).toEqual(Object.keys(spec.components.schemas).sort());
    for (const name of out.names)
      expect(out.sizes[name], name).toBe(readFileSync(join(npmSchemas, "draft-07", `${name}.json`)).length);
  });
});
