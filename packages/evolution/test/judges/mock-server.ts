/**
 * The mock server judge: consumers/runtime/send.ts run with tsx against a scratch copy's mock
 * server and client (their hand-written sources, with the copy's generated files), on a loopback
 * port. The application's calls must keep working exactly when requests are not broken; a row's
 * probes show the mock server checks what the edit added.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../pipeline.ts";
import { runTool } from "./tool.ts";

export interface MockProbe {
  what: string;
  query?: Record<string, string>;
  body: unknown;
  /** The status the revised mock server must answer. */
  status: number;
}

export interface MockResult {
  /** The application's calls the mock server (or the client) refused, with why. */
  refused: string[];
  /** Probes answered with another status than the row expects. */
  wrong: string[];
}

const tsx = join(repoRoot, "node_modules/tsx/dist/cli.mjs");

export async function runAgainstMock(dir: string, probes: readonly MockProbe[]): Promise<MockResult> {
  const work = join(dir, "consumer-runtime");
  mkdirSync(work, { recursive: true });
  cpSync(join(import.meta.dirname, "../consumers/runtime"), work, { recursive: true });
  const src = (p: string) => [relative(work, join(dir, "packages", p, "src/index.ts"))];
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "ESNext",
        moduleResolution: "bundler",
        target: "ES2022",
        baseUrl: ".",
        paths: {
          "@scenario-api/types": src("types"),
          "@scenario-api/schemas": src("schemas"),
          "@scenario-api/client": src("client"),
          "@scenario-api/mock-server": src("mock-server"),
          "@scenario-api/openapi/*": [relative(work, join(dir, "openapi/dist/*"))],
        },
      },
    }),
  );
  writeFileSync(join(work, "probes.json"), JSON.stringify(probes));
  writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module", private: true }));
  const ran = await runTool(process.execPath, [tsx, "send.ts", "probes.json"], {
    cwd: work,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(work, "tsconfig.json") },
  });
  if (ran.code !== 0) throw new Error(`send.ts exited ${ran.code}: ${ran.stderr.slice(0, 2000)}`);
  const out = JSON.parse(ran.stdout) as {
    calls: Array<{ what: string; error?: string }>;
    probes: Array<{ what: string; status: number }>;
  };
  return {
    refused: out.calls.filter((c) => c.error !== undefined).map((c) => `${c.what}: ${c.error}`),
    wrong: out.probes.flatMap((p, i) =>
      p.status === probes[i]?.status
        ? []
        : [`mock server probe "${p.what}": answered ${p.status}, expected ${probes[i]?.status}`],
    ),
  };
}
