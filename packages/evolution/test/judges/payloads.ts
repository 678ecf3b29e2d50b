/**
 * The payload judge: payloads through the validators of each language, as a scratch copy built
 * them: TypeScript (the precompiled ajv code @scenario-api/schemas ships), Python
 * (scenario_api_schemas, both dialects) and Go (the module's draft-07 files with gojsonschema).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Outputs } from "../pipeline.ts";
import { buildGoProgram, validateProgram } from "./go.ts";
import { python } from "./python.ts";
import { runTool } from "./tool.ts";

export interface Payload {
  /** The component schema it is an instance of. */
  schema: string;
  instance: unknown;
  /** Where it comes from, for messages. */
  what: string;
}

/** The validators that refused a payload: `typescript`, `python 2020-12`, `python draft-07`, `go`. */
export type Refusals = Map<string, string[]>;

interface Verdict {
  id: string;
  valid: boolean;
  errors: unknown[];
}

type Compiled = Record<string, ((data: unknown) => boolean) & { errors?: unknown }>;

export async function validatePayloads(out: Outputs, payloads: readonly Payload[]): Promise<Refusals> {
  const refusals: Refusals = new Map();
  const refuse = (payload: Payload, validator: string, why: unknown) =>
    refusals.set(payload.what, [
      ...(refusals.get(payload.what) ?? []),
      `${validator}: ${JSON.stringify(why).slice(0, 300)}`,
    ]);
  const cases = payloads.map((p, i) => ({ id: String(i), schema: p.schema, instance: p.instance }));
  const file = join(mkdtempSync(join(tmpdir(), "evolution-cases-")), "cases.json");
  writeFileSync(file, JSON.stringify(cases));

  const compiled = (await import(pathToFileURL(out.standalone).href)) as Compiled;
  payloads.forEach((p, i) => {
    const validate = compiled[p.schema];
    if (!validate) refuse(p, "typescript", `no validator named ${p.schema}`);
    else if (!validate(p.instance)) refuse(p, "typescript", validate.errors);
    void i;
  });

  const pythonRuns = ["2020-12", "draft-07"].map(async (dialect) => {
    const ran = await runTool(
      python,
      [join(import.meta.dirname, "../consumers/python/validate_cases.py"), file, dialect],
      {
        env: { ...process.env, PYTHONPATH: out.pythonSrc },
      },
    );
    if (ran.code !== 0) throw new Error(`validate_cases.py (${dialect}) exited ${ran.code}: ${ran.stderr}`);
    return [`python ${dialect}`, JSON.parse(ran.stdout) as Verdict[]] as const;
  });
  const goRun = (async () => {
    const binary = await buildGoProgram(out.goModule, validateProgram(out.goModule));
    const ran = await runTool(binary, [file]);
    if (ran.code !== 0) throw new Error(`validate.go exited ${ran.code}: ${ran.stderr}`);
    return ["go", JSON.parse(ran.stdout) as Verdict[]] as const;
  })();
  for (const [validator, verdicts] of await Promise.all([...pythonRuns, goRun])) {
    for (const v of verdicts) if (!v.valid) refuse(payloads[Number(v.id)]!, validator, v.errors);
  }
  return refusals;
}
