import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { forEachSchema } from "@scenario-api/scripts/src/lib/schema-tree.ts";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { newAjv, type Dialect } from "./ajv-runtime.ts";
import { packageDir, python, pythonTool } from "./interop.ts";

/**
 * The per-schema files used straight from disk by path, as a command-line validator does:
 * every `$ref` resolves to a file beside the referring one, with no network.
 */

const dialects: Dialect[] = ["2020-12", "draft-07"];
const spec = JSON.parse(readFileSync(join(packageDir, "../../openapi/dist/openapi.json"), "utf8")) as Record<
  string,
  any
>;
const example = spec.components.examples.RunWorkflowReferenceResponse.value as { job: { status: string } };
const broken = { ...example, job: { ...example.job, status: "done" } };

describe.each(dialects)("%s", (dialect) => {
  const dir = join(packageDir, dialect);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "scenario-api.json")
    .sort();

  test("every $ref, resolved against the referring file's path, names a file beside it", () => {
    const unresolved: string[] = [];
    for (const file of files) {
      const at = pathToFileURL(join(dir, file));
      forEachSchema(JSON.parse(readFileSync(join(dir, file), "utf8")), (node, pointer) => {
        if (typeof node.$ref !== "string") return;
        const target = new URL(node.$ref, at);
        if (target.protocol !== "file:" || !existsSync(fileURLToPath(target)))
          unresolved.push(`${file}#${pointer}: ${node.$ref}`);
      });
    }
    expect(unresolved).toEqual([]);
  });

  test("ajv loading each referenced file from disk (compileAsync, no fetch) validates the reference response", async () => {
    const ajv = newAjv(dialect);
    const loaded: string[] = [];
    const validate = await new (ajv.constructor as typeof import("ajv").default)({
      ...ajv.opts,
      loadSchema: async (uri: string) => {
        // Only files of this directory, by the name the relative $ref gave: anything else is refused.
        const name = /^https:\/\/scenario-api\.github\.io\/schemas\/[^/]+\/([A-Za-z0-9]+\.json)$/.exec(uri)?.[1];
        if (!name || !existsSync(join(dir, name))) throw new Error(`not a file beside the schema: ${uri}`);
        loaded.push(name);
        return JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>;
      },
    }).compileAsync(JSON.parse(readFileSync(join(dir, "RunWorkflowResponse.json"), "utf8")) as Record<string, unknown>);
    expect(validate(example)).toBe(true);
    expect(validate(broken)).toBe(false);
    expect(loaded).toContain("Job.json");
  });

  test.skipIf(!requiredTool(pythonTool.name, pythonTool.missing))(
    "Python jsonschema resolving file: URIs only, with sockets blocked, validates the reference response",
    () => {
      // The validator ignores the files' $ids (id_of gives ""), so every $ref resolves against the file's own
      // path; a file: handler reads it; an http(s) URI or a socket fails the run.
      const program = `
import json, socket, sys, urllib.parse
def blocked(*a, **k): raise AssertionError("network used")
socket.socket.connect = blocked
socket.getaddrinfo = blocked
import jsonschema
path, dialect = sys.argv[1], sys.argv[2]
base = jsonschema.Draft202012Validator if dialect == "2020-12" else jsonschema.Draft7Validator
# version= registers the class for the dialect, so the files a $ref reaches (each with its $schema) get it too.
Cls = jsonschema.validators.create(meta_schema=base.META_SCHEMA, validators=base.VALIDATORS, type_checker=base.TYPE_CHECKER, id_of=lambda schema: schema["$id"] if schema.get("$id") == base.META_SCHEMA["$id"] else "", version="by-path")
def from_disk(uri):
    with open(urllib.parse.urlparse(uri).path, encoding="utf-8") as handle:
        return json.load(handle)
def refuse(uri): raise AssertionError("not a file: " + uri)
schema = from_disk("file://" + path)
resolver = jsonschema.RefResolver("file://" + path, schema, handlers={"file": from_disk, "http": refuse, "https": refuse})
validator = Cls(schema, resolver=resolver)
payloads = json.load(sys.stdin)
print(json.dumps([validator.is_valid(p) for p in payloads]))
`;
      const run = spawnSync(python, ["-c", program, join(dir, "RunWorkflowResponse.json"), dialect], {
        input: JSON.stringify([example, broken]),
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual([true, false]);
    },
  );
});
