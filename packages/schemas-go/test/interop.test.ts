import { beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { defaultSeed, differentialCases, packagedVerdicts, readVectors } from "../../schemas/test/corpus.ts";
import { casesJson, type Verdict } from "../../schemas/test/interop.ts";
import { goTool, runGo } from "./go-toolchain.ts";

/**
 * gojsonschema reading the schemas through this module's API (interop/validate.go): the whole
 * conformance corpus and the seeded differential of @scenario-api/schemas, against ajv.
 */

const vectors = readVectors();
/**
 * The one documented difference: gojsonschema cannot tell a number beyond the double range, so
 * validate.go refuses any instance holding one, even where the schema asks for no type.
 */
const stricterInGo = new Set(vectors.filter((v) => v.valid && v.name.includes("1e400")).map((v) => v.id));

describe.skipIf(!requiredTool(goTool.name, goTool.missing))("gojsonschema through the module (draft-07)", () => {
  let corpus: Map<string, Verdict>;
  beforeAll(() => {
    const started = performance.now();
    corpus = runGo(vectors);
    console.log(
      `corpus in gojsonschema: ${vectors.length} vectors, ${Math.round(performance.now() - started)} ms (incl. go build)`,
    );
  });

  test("gives every vector its expected verdict", () => {
    const wrong = vectors
      .filter((v) => !stricterInGo.has(v.id) && corpus.get(v.id)?.valid !== v.valid)
      .map((v) => `${v.id}: expected ${v.valid ? "valid" : "invalid"}, got ${JSON.stringify(corpus.get(v.id))}`);
    expect(wrong).toEqual([]);
  });

  test("refuses a number beyond the double range even where the schema asks for no type (the documented exception)", () => {
    expect([...stricterInGo]).toHaveLength(1);
    for (const id of stricterInGo)
      expect(corpus.get(id)).toMatchObject({
        valid: false,
        errors: [{ path: "/input/seed", message: "is a number beyond the range of a double" }],
      });
  });

  test("agrees with ajv on every instance of the seeded differential", () => {
    const seed = Number(process.env.SCHEMAS_SEED ?? defaultSeed);
    const cases = differentialCases(seed);
    const reference = packagedVerdicts(cases);
    const started = performance.now();
    const verdicts = runGo(cases);
    console.log(
      `differential in gojsonschema: ${cases.length} instances, ${Math.round(performance.now() - started)} ms (one process)`,
    );
    // The documented exception: an instance holding a number beyond the double range is invalid for Go.
    const exceptions = cases.filter((c) => reference.get(c.id)!.valid && /1e400/.test(casesJson([c])));
    expect(exceptions.filter((c) => verdicts.get(c.id)?.valid !== false).map((c) => c.id)).toEqual([]);
    console.log(
      `differential in gojsonschema: ${exceptions.length} instances valid for ajv but refused by validate.go for a number beyond the double range`,
    );
    const disagree = cases
      .filter((c) => !exceptions.includes(c) && verdicts.get(c.id)?.valid !== reference.get(c.id)!.valid)
      .map(
        (c) =>
          `${c.id} (${c.origin}), seed ${seed}: ajv ${JSON.stringify(reference.get(c.id))}, go ${JSON.stringify(verdicts.get(c.id))}; instance ${JSON.stringify(c.instance)}`,
      );
    expect(disagree).toEqual([]);
  });
});
