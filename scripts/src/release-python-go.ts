import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { defineCommand } from "./lib/command.ts";

/**
 * The release step of the schemas' Python and Go packages, which npm does not publish: builds
 * the wheel and the sdist (offline, with the installed hatchling), checks them, and prints the
 * upload command and the Go module's tag (`packages/schemas-go/vX.Y.Z`, the tag a module in a
 * subdirectory needs). It uploads nothing; `--tag` creates the git tag, nothing else.
 */

export const goTagPrefix = "packages/schemas-go/v";

export interface ReleasePlan {
  version: string;
  artifacts: string[];
  tag: string;
}

/** The Python and Go packages carry @scenario-api/schemas's version (one changesets fixed group); a mismatch stops the release. */
export function planRelease(versions: { python: string; go: string }, artifacts: string[]): ReleasePlan {
  if (versions.python !== versions.go) {
    throw new Error(
      `schemas-python is ${versions.python} but schemas-go is ${versions.go}: they are one changesets fixed group (run npm run version)`,
    );
  }
  return { version: versions.python, artifacts, tag: `${goTagPrefix}${versions.go}` };
}

/** What a maintainer runs to publish, in order. */
export function releaseCommands(plan: ReleasePlan, tagCreated: boolean): string[] {
  return [
    `python3 -m twine upload ${plan.artifacts.join(" ")}`,
    ...(tagCreated ? [] : [`git tag ${plan.tag}`]),
    `git push origin ${plan.tag}`,
  ];
}

/**
 * The core metadata a package index refuses a distribution without (what `twine check` looks
 * at first), for machines without twine: problems as sentences, [] when none.
 */
export function metadataProblems(metadata: string, version: string): string[] {
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, "m").exec(metadata)?.[1]?.trim();
  const problems: string[] = [];
  if (!field("Metadata-Version")) problems.push("no Metadata-Version");
  if (field("Name") !== "scenario-api-schemas")
    problems.push(`Name is ${JSON.stringify(field("Name"))}, want "scenario-api-schemas"`);
  if (field("Version") !== version)
    problems.push(`Version is ${JSON.stringify(field("Version"))}, want "${version}" (package.json)`);
  if (!field("Summary")) problems.push("no Summary");
  if (field("Description-Content-Type") !== "text/markdown")
    problems.push("the long description is not declared text/markdown");
  if (!/\n\n\S/.test(metadata)) problems.push("no long description (README.md)");
  return problems;
}

function versionOf(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

export const command = defineCommand({
  name: "release-python-go",
  summary: "Builds and checks the Python wheel and sdist, prints the twine upload and Go tag commands (maintainers).",
  flags: {
    python: { description: "the Python package folder", default: "packages/schemas-python" },
    go: { description: "the Go module folder", default: "packages/schemas-go" },
    python3: { description: "the Python interpreter", default: "/usr/bin/python3" },
    tag: { description: "also create the Go module's git tag", type: "boolean" },
  },
  run: ({ flags }) => {
    const pythonDir = resolve(flags.python);
    const goDir = resolve(flags.go);
    const python3 = flags.python3;
    const outDir = join(pythonDir, "dist");
    const version = versionOf(pythonDir);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    execFileSync(python3, ["-m", "build", "--no-isolation", "--skip-dependency-check", "--outdir", outDir, pythonDir], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const artifacts = readdirSync(outDir)
      .sort()
      .map((f) => relative(process.cwd(), join(outDir, f)));
    const plan = planRelease({ python: version, go: versionOf(goDir) }, artifacts);
    const twine = spawnSync(python3, ["-m", "twine", "check", "--strict", ...artifacts], { encoding: "utf8" });
    if (twine.error === undefined && !/No module named twine/.test(twine.stderr)) {
      if (twine.status !== 0) throw new Error(`twine check failed:\n${twine.stdout}${twine.stderr}`);
      console.log(`twine check --strict: ${artifacts.length} distributions PASSED`);
    } else {
      const sdist = artifacts.find((a) => a.endsWith(".tar.gz"));
      if (!sdist) throw new Error(`no sdist in ${outDir}`);
      const metadata = execFileSync("tar", ["xzOf", sdist, `scenario_api_schemas-${version}/PKG-INFO`], {
        encoding: "utf8",
      });
      const problems = metadataProblems(metadata, version);
      if (problems.length > 0) throw new Error(`${sdist}: ${problems.join("; ")}`);
      console.log("twine is not installed: checked the core metadata instead");
    }
    if (flags.tag) {
      execFileSync("git", ["tag", plan.tag], { stdio: "inherit" });
      console.log(`created the git tag ${plan.tag}`);
    }
    console.log(
      [
        "",
        `scenario-api-schemas ${plan.version} and the Go module ${plan.tag} are ready. To publish them:`,
        ...releaseCommands(plan, flags.tag).map((c) => `  ${c}`),
      ].join("\n"),
    );
  },
});
