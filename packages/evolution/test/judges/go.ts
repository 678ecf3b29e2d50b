/**
 * Go: programs built against a scratch copy's module in GOPATH mode, with Debian's gojsonschema
 * beside it (as packages/schemas-go's interop tests do). `go:embed` reads the schema files at
 * build time, so each copy is built on its own; the build cache is shared.
 *
 * The Go judges are a list: validate.go checks payloads, names.go asks for the schemas an
 * application uses, and types.go reads a decoded answer through the generated types (the response
 * side: the request type of today's spec is an open map, which no edit of a request field changes
 * for a Go caller that builds it).
 */
import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { runTool } from "./tool.ts";

export const modulePath = "github.com/scenario-api/scenario-api/packages/schemas-go";
const sharedCache = mkdtempSync(join(tmpdir(), "evolution-gocache-"));

export const validateProgram = (goModule: string) => join(goModule, "interop/validate.go");

const built = new Map<string, Promise<string>>();

/** Builds one `//go:build ignore` program against the module at `goModule` (once); returns the binary. */
export function buildGoProgram(goModule: string, program: string): Promise<string> {
  const key = `${goModule}\0${program}`;
  let binary = built.get(key);
  if (!binary) {
    binary = build(goModule, program);
    built.set(key, binary);
  }
  return binary;
}

async function build(goModule: string, program: string): Promise<string> {
  const root = join(dirname(goModule), `.gopath-${basename(program, ".go")}`);
  const at = join(root, "src", modulePath);
  mkdirSync(dirname(at), { recursive: true });
  try {
    symlinkSync(goModule, at);
  } catch {
    // built before in this copy: the link is there
  }
  const binary = join(root, basename(program, ".go"));
  const ran = await runTool("go", ["build", "-o", binary, program], {
    cwd: dirname(program),
    env: { ...process.env, GO111MODULE: "off", GOPATH: `${root}:/usr/share/gocode`, GOFLAGS: "", GOCACHE: sharedCache },
  });
  if (ran.code !== 0) throw new GoBuildError(`go build ${basename(program)}: ${ran.stderr.trim()}`);
  return binary;
}

export class GoBuildError extends Error {}

export interface GoJudge {
  name: string;
  /** "both": a name the module stops exporting breaks requests and responses alike. */
  side: "request" | "response" | "both";
  /** The failure, or undefined when the program ran clean against the copy's module. */
  run(goModule: string): Promise<string | undefined>;
}

const namesProgram = join(import.meta.dirname, "../consumers/go/names.go");
const typesProgram = join(import.meta.dirname, "../consumers/go/types.go");

/** A judge that builds `program` against the copy's module and runs it: a failure to build or a non-zero exit. */
function programJudge(program: string, side: GoJudge["side"]): GoJudge {
  const name = basename(program);
  return {
    name,
    side,
    async run(goModule) {
      try {
        const ran = await runTool(await buildGoProgram(goModule, program), []);
        return ran.code === 0 ? undefined : `${name} exited ${ran.code}: ${ran.stderr.trim()}`;
      } catch (error) {
        if (error instanceof GoBuildError) return error.message;
        throw error;
      }
    },
  };
}

export const goJudges: GoJudge[] = [programJudge(namesProgram, "both"), programJudge(typesProgram, "response")];
