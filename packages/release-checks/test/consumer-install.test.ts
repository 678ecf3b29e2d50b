import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { buildArtifacts, installInVenv, pythonTool } from "../../schemas-python/test/python-toolchain.ts";
import { goTool, moduleDir, moduleEnv, modulePath } from "../../schemas-go/test/go-toolchain.ts";
import { typescriptAlias, typescripts } from "./typescript-matrix.ts";
import { publishedPackages, repoRoot } from "./workspace.ts";

// The real user's path: what `npm publish` would send, installed into a project that knows
// nothing of this workspace (no links, its own npm install from the tarballs and the registry).
const fixtures = join(import.meta.dirname, "consumer");
let project = "";
const tarballs: string[] = [];

function run(cmd: string, args: string[], cwd = project): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_workspaces: "false" },
  });
}

beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), "scenario-packs-"));
  for (const pkg of publishedPackages()) {
    const out = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packs], {
        cwd: pkg.dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as Array<{ filename: string }>;
    tarballs.push(join(packs, out[0]!.filename));
  }
  // realpath: macOS-style /tmp symlinks would let node resolve back into the workspace.
  project = realpathSync(mkdtempSync(join(tmpdir(), "scenario-consumer-")));
  expect(project.startsWith(repoRoot)).toBe(false);
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  for (const f of readdirSync(fixtures).filter((f) => !f.endsWith(".txt"))) cpSync(join(fixtures, f), join(project, f));
  const compilers = typescripts.map(({ version }) => `${typescriptAlias(version)}@npm:typescript@${version}`);
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...compilers, ...tarballs]);
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("installed from the tarballs into a fresh project", () => {
  test("every package is a real copy, not a link into the workspace", () => {
    for (const pkg of publishedPackages()) {
      const installed = join(project, "node_modules", pkg.name);
      expect(realpathSync(installed).startsWith(project), `${pkg.name} resolves into ${realpathSync(installed)}`).toBe(
        true,
      );
      expect(existsSync(join(installed, "test")), `${pkg.name} ships its tests`).toBe(false);
    }
  });

  test("ESM import of the client, validators, types, mock server and spec", () => {
    expect(JSON.parse(run("node", ["esm.mjs"]))).toEqual({
      client: true,
      validators: true,
      types: true,
      mockServer: true,
      spec: true,
    });
  });

  test("CJS require of the client, validators, types, mock server and a schema file", () => {
    expect(JSON.parse(run("node", ["cjs.cjs"]))).toEqual({
      client: true,
      clientValidate: true,
      validators: true,
      types: true,
      mockServer: true,
      schemaFile: true,
    });
  });

  // The TypeScript releases the client README promises (typescript-matrix.ts).
  const resolutions = [
    ["node16", "Node16"],
    ["nodenext", "NodeNext"],
    ["bundler", "ESNext"],
  ] as const;
  const matrix = typescripts.flatMap(({ version, skipLibCheck }) =>
    resolutions.map(
      ([resolution, module]) =>
        [
          version,
          resolution,
          { tsc: () => join(project, "node_modules", typescriptAlias(version), "bin/tsc"), module, skipLibCheck },
        ] as const,
    ),
  );

  test.each(typescripts)(
    "typescript@$version is the compiler that runs (7.0: the native binary for this platform)",
    ({ version }) => {
      expect(
        run(process.execPath, [join(project, "node_modules", typescriptAlias(version), "bin/tsc"), "--version"]),
      ).toBe(`Version ${version}\n`);
    },
  );

  test.each(matrix)(
    "TypeScript %s, moduleResolution %s, strict, exactOptionalPropertyTypes",
    (version, resolution, { tsc, module, skipLibCheck }) => {
      // The same file as CommonJS (.ts in a package without "type") and as ESM (.mts): both export conditions.
      cpSync(join(project, "consumer.ts"), join(project, "consumer.mts"));
      const config = {
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          types: [],
          module,
          moduleResolution: resolution,
          skipLibCheck,
          // TypeScript's own lib files are not what is tested here, and checking them is most of the time.
          skipDefaultLibCheck: true,
        },
        files: ["consumer.ts", "consumer.mts"],
      };
      const name = `tsconfig.${version}.${resolution}.json`;
      writeFileSync(join(project, name), JSON.stringify(config));
      let output = "";
      try {
        output = run(process.execPath, [tsc(), "-p", name]);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
        throw new Error(`tsc ${version} (${resolution}) failed:\n${output}`);
      }
      expect(output).toBe("");
    },
  );

  test("a run from the installed client against the installed mock server's CLI", async () => {
    const bin = join(project, "node_modules/.bin/scenario-mock-server");
    const server: ChildProcess = spawn(bin, ["--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = "";
        server.stdout!.on("data", (chunk: Buffer) => {
          seen += chunk.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(seen);
          if (m) resolve(m[1]!);
        });
        server.once("exit", (code) => reject(new Error(`mock server exited (${code}): ${seen}`)));
        setTimeout(() => reject(new Error(`no URL from the mock server: ${seen}`)), 20_000);
      });
      const result = JSON.parse(run("node", ["run-against-mock.mjs", url]));
      expect(result).toEqual({
        status: "queued",
        valid: true,
        validated: ["queued", 200],
        estimate: 402,
        notFound: 404,
      });
    } finally {
      server.kill();
    }
  });

  test("Python validates with the schema files from node_modules/@scenario-api/schemas", ({ skip }) => {
    const python = "/usr/bin/python3";
    const available =
      existsSync(python) &&
      (() => {
        try {
          execFileSync(python, ["-c", "import jsonschema"], { stdio: "ignore" });
          return true;
        } catch {
          return false;
        }
      })();
    if (
      !requiredTool(
        "Python reading the installed schemas",
        available ? undefined : `${python} with jsonschema is not installed (apt-get install python3-jsonschema)`,
      )
    )
      skip();
    expect(JSON.parse(run(python, ["validate.py"]))).toEqual({
      valid2020: true,
      invalid2020: true,
      valid07: true,
      invalid07: true,
    });
  });

  test.skipIf(!requiredTool(pythonTool.name, pythonTool.missing))(
    "Python with only the wheel installed (pip, in a venv) validates the reference response",
    () => {
      const venvPython = installInVenv(buildArtifacts().wheel);
      const found = JSON.parse(run(venvPython, ["validate_wheel.py"])) as {
        installed: boolean;
        valid: Record<string, boolean>;
        errors: Record<string, string[]>;
      };
      expect(found.installed).toBe(true);
      expect(found.valid).toEqual({ "2020-12": true, "draft-07": true });
      for (const dialect of ["2020-12", "draft-07"])
        expect(found.errors[dialect]).toEqual([expect.stringMatching(/^\/job\/status: 'exploded' is not one of/)]);
    },
  );

  test.skipIf(!requiredTool(goTool.name, goTool.missing))(
    "Go: a throwaway program against the module (replace directive) reads every schema, resolves its $refs in the embedded files and decodes into the types",
    () => {
      const dir = join(project, "go-user");
      mkdirSync(dir);
      writeFileSync(
        join(dir, "go.mod"),
        `module example.test/consumer\n\ngo 1.19\n\nrequire ${modulePath} v0.0.0\n\nreplace ${modulePath} => ${moduleDir}\n`,
      );
      cpSync(join(fixtures, "schemas-go-main.go.txt"), join(dir, "main.go"));
      const out = execFileSync("go", ["run", "."], { cwd: dir, env: moduleEnv(), encoding: "utf8" });
      expect(JSON.parse(out)).toEqual({
        names: Object.keys(
          JSON.parse(readFileSync(join(project, "node_modules/@scenario-api/openapi/dist/openapi.json"), "utf8"))
            .components.schemas,
        ).length,
        id: "https://scenario-api.github.io/schemas/draft-07/RunWorkflowResponse.json",
        unresolved: [],
        unknown: expect.stringContaining('unknown schema "Nope": choose one of ApiError'),
        typo: 'schemas: unknown dialect "draft07": choose one of 2020-12, draft-07',
        decoded: true,
      });
    },
  );
});
