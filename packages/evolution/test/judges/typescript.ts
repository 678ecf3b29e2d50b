/**
 * The TypeScript judge: the fixed consumer programs (consumers/typescript/), and a row's own
 * snippet of new code, compiled with `tsc --strict` against a scratch copy's generated types and
 * the hand-written client, types and schemas sources (as copied, never edited).
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../pipeline.ts";
import { errorsByFile, runTool } from "./tool.ts";

const consumers = join(import.meta.dirname, "../consumers/typescript");
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");

export interface CompileResult {
  /** Errors by consumer file (request.ts, response.ts, names.ts, uses.ts); absent: it compiled. */
  consumers: Map<string, string[]>;
  /** Errors in anything else (the hand-written sources, the generated files): the build is broken. */
  elsewhere: string[];
}

export async function compileTypeScript(dir: string, uses?: string): Promise<CompileResult> {
  const work = join(dir, "consumer-ts");
  mkdirSync(work, { recursive: true });
  cpSync(consumers, work, { recursive: true });
  if (uses) writeFileSync(join(work, "uses.ts"), `${uses}\n`);
  const src = (p: string) => [relative(work, join(dir, "packages", p, "src/index.ts"))];
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "bundler",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        types: [],
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        baseUrl: ".",
        paths: {
          "@scenario-api/types": src("types"),
          "@scenario-api/schemas": src("schemas"),
          "@scenario-api/client": src("client"),
        },
      },
      include: ["*.ts"],
    }),
  );
  const ran = await runTool(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { cwd: work });
  const lines = ran.stdout.split("\n").filter((l) => /error TS\d+/.test(l));
  const byFile = errorsByFile(lines, (l) => /^([\w-]+\.ts)\(/.exec(l)?.[1]);
  const elsewhere = lines.filter((l) => !/^[\w-]+\.ts\(/.test(l));
  if (ran.code !== 0 && lines.length === 0) elsewhere.push(`tsc exited ${ran.code}: ${ran.stdout}${ran.stderr}`);
  return { consumers: byFile, elsewhere };
}
