import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { distDir, examples, pkgDir, readDistSpec } from "./spec-fixtures.ts";

/**
 * dist/ published as the site the schemas' `$id`s name: served here by a static server on
 * 127.0.0.1 standing in for that host, validators that follow `$id`s load a schema by its `$id`
 * and fetch every file it refers to from the site. Nothing is fetched from the real host.
 */

const require = createRequire(join(pkgDir, "package.json"));
const schemasDir = dirname(require.resolve("@scenario-api/schemas/package.json"));
const dialects = ["2020-12", "draft-07"] as const;
const files = dialects.flatMap((dialect) =>
  readdirSync(join(schemasDir, dialect))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(schemasDir, dialect, f), "utf8");
      return { dialect, file: f, text, id: (JSON.parse(text) as { $id: string }).$id };
    }),
);
/** The host the `$id`s name, read from the files themselves. */
const origin = new URL(files[0]!.id).origin;
const response = examples(readDistSpec()).response as { job: { status: string } };
const broken = { ...response, job: { ...response.job, status: "done" } };

const types: Record<string, string> = { ".json": "application/json", ".html": "text/html", ".yaml": "text/yaml" };
let server: Server;
let site: string;
/** Every path the server was asked for, in order. */
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requested.push(path);
    const file = normalize(join(distDir, path));
    if (!file.startsWith(distDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function runAsync(command: string, args: string[], input: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", () => resolve({ stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The stand-in for the real host: a URL on it, on the local server instead. */
const local = (url: string) => {
  if (!url.startsWith(`${origin}/`)) throw new Error(`not on ${origin}: ${url}`);
  return site + url.slice(origin.length);
};

test("every schema file of both dialects is served at the path its $id names, byte for byte, as JSON", async () => {
  expect(files.length).toBeGreaterThan(60);
  const wrong: string[] = [];
  for (const { dialect, file, text, id } of files) {
    const res = await fetch(local(id));
    const body = await res.text();
    if (res.status !== 200 || body !== text || res.headers.get("content-type") !== "application/json")
      wrong.push(`${dialect}/${file} at ${id}: ${res.status} ${res.headers.get("content-type")}`);
  }
  expect(wrong).toEqual([]);
});

describe.each(dialects)("%s", (dialect) => {
  const entry = files.find((f) => f.dialect === dialect && f.file === "RunWorkflowResponse.json")!;

  test("ajv, given only the $id, fetches the schema and every file it refers to from the site, and validates", async () => {
    requested.length = 0;
    const loadSchema = async (uri: string) => {
      const res = await fetch(local(uri));
      if (!res.ok) throw new Error(`${uri}: ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const ajv =
      dialect === "2020-12"
        ? new Ajv2020.default({ loadSchema, strict: false, validateFormats: false })
        : new Ajv.default({ loadSchema, strict: false, validateFormats: false });
    const validate = await ajv.compileAsync({ $ref: entry.id });
    expect(validate(response)).toBe(true);
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/job/status");
    expect(requested).toContain(`${new URL(entry.id).pathname}`);
    expect(requested).toContain(new URL("JobStatus.json", entry.id).pathname);
  });

  const python = "/usr/bin/python3";
  const pythonMissing = (() => {
    const run = spawnSync(python, ["-c", "import jsonschema"], { encoding: "utf8" });
    return run.status === 0
      ? undefined
      : `${python} cannot import jsonschema (Debian: apt-get install python3-jsonschema)`;
  })();
  test.skipIf(!requiredTool("python3 with jsonschema", pythonMissing))(
    "Python jsonschema, given only the $id, resolves every $ref against the $ids and fetches them from the site",
    async () => {
      // RefResolver (jsonschema 4.10 to 4.26) follows $id; its https handler is the only way out, and it
      // goes to the local site instead of the real host. Any other host fails the run.
      const program = `
import json, sys, urllib.request, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import jsonschema
origin, site, uri = sys.argv[1], sys.argv[2], sys.argv[3]
fetched = []
def from_site(url):
    if not url.startswith(origin + "/"): raise AssertionError("not on the site: " + url)
    fetched.append(url)
    with urllib.request.urlopen(site + url[len(origin):]) as response:
        return json.load(response)
resolver = jsonschema.RefResolver(uri, {"$ref": uri}, handlers={"https": from_site, "http": from_site})
schema = resolver.resolve(uri)[1]
cls = jsonschema.validators.validator_for(schema)
validator = cls(schema, resolver=jsonschema.RefResolver.from_schema(schema, handlers={"https": from_site, "http": from_site}))
payloads = json.load(sys.stdin)
print(json.dumps({"valid": [validator.is_valid(p) for p in payloads], "fetched": sorted(set(fetched))}))
`;
      // Not spawnSync: the server answering the child runs on this process's event loop.
      const run = await runAsync(python, ["-c", program, origin, site, entry.id], JSON.stringify([response, broken]));
      expect(run.stderr).toBe("");
      const out = JSON.parse(run.stdout) as { valid: boolean[]; fetched: string[] };
      expect(out.valid).toEqual([true, false]);
      expect(out.fetched).toContain(entry.id);
      expect(out.fetched).toContain(new URL("Job.json", entry.id).href);
    },
  );
});
