/**
 * The files a spec loads, checked before any third-party resolver (Redocly's lint and bundle)
 * reads one of them. Starting from the root file, every `$ref` of every file reached is read
 * by this check alone, and refused, with the file:line:col where it stands and never the
 * content of what it names, when it:
 *
 * - is a URL (`http://...`, `file:...`, `//host/...`): nothing is fetched, ever;
 * - names a file outside the spec's folder (the folder of the root file: `openapi/`), by `..`,
 *   by an absolute path (`/etc/passwd`, `/proc/self/environ`) or through a symbolic link;
 * - starts a cycle of `$ref`s that never reaches a value (Redocly: "Self-referencing circular
 *   pointer", with no place).
 *
 * Every file reached is also held to the limits the root always was: at most `maxAliasCount`
 * YAML alias expansions (an alias bomb of a few hundred bytes expands to gigabytes) and at most
 * `maxNesting` levels of nesting (Redocly's own reader refuses deeper, without saying where).
 * The walk is iterative and linear in the files' size.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { escapeToken } from "./json-pointer.ts";
import type { SpecProblem } from "./spec-problems.ts";

/** YAML alias expansions allowed per file: the `yaml` library's default, the limit the root always had. */
export const maxAliasCount = 100;
/** Levels of nesting allowed in a file (Redocly's YAML reader stops at 100 with no location). */
export const maxNesting = 100;

const rule = "spec-files";
const shownRef = (ref: string) => `'${ref.length > 120 ? `${ref.slice(0, 117)}...` : ref}'`;

/** A `$ref` found in a file: its text, where it stands, and the JSON pointer of the object holding it. */
interface RefSite {
  ref: string;
  file: string;
  line: number;
  col: number;
  holder: string;
}

/** `$ref '<ref>' <why>`, at the `$ref`'s place. */
function refProblem(site: RefSite, shown: (file: string) => string, why: string): SpecProblem {
  return {
    file: shown(site.file),
    line: site.line,
    col: site.col,
    message: `$ref ${shownRef(site.ref)} ${why}`,
    rule,
    severity: "error",
  };
}

interface ReadFile {
  refs: RefSite[];
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Reads one file: its problems (syntax, aliases, nesting) go to `problems`; its `$ref`s are
 * returned when it could be read.
 */
function readSpecFile(file: string, shown: string, problems: SpecProblem[]): ReadFile | undefined {
  const problem = (line: number, col: number, message: string) =>
    problems.push({ file: shown, line, col, message, rule, severity: "error" });
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  } catch (error) {
    problem(
      1,
      1,
      `cannot be read as YAML or JSON (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`,
    );
    return undefined;
  }
  // A syntax error is Redocly's to report (rule yaml, at its place). The `$ref`s of what could be
  // read are still checked: Redocly's reader is more lenient (duplicate keys) and may read them.
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  if (overflow) {
    const { line, col } = lineCounter.linePos(overflow.pos[0]);
    problem(line, col, `nested too deeply to read (more than ${maxNesting} levels)`);
    return undefined;
  }
  const refs: RefSite[] = [];
  const stack: Array<[node: unknown, depth: number, pointer: string]> = [[doc.contents, 1, ""]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth, pointer] = item;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > maxNesting) {
      const { line, col } = lineCounter.linePos((node as Node).range?.[0] ?? 0);
      problem(line, col, `nested deeper than ${maxNesting} levels`);
      return undefined;
    }
    node.items.forEach((entry: unknown, index: number) => {
      if (isPair(entry)) {
        const key = isScalar(entry.key) ? String(entry.key.value) : "";
        if (key === "$ref" && isScalar(entry.value) && typeof entry.value.value === "string") {
          const { line, col } = lineCounter.linePos((entry.key as Node).range?.[0] ?? 0);
          refs.push({ ref: entry.value.value, file, line, col, holder: pointer });
        }
        if (!isAlias(entry.value)) stack.push([entry.value, depth + 1, `${pointer}/${escapeToken(key)}`]);
      } else if (!isAlias(entry)) stack.push([entry, depth + 1, `${pointer}/${index}`]);
    });
  }
  try {
    doc.toJS({ maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message))
      problem(1, 1, `more than ${maxAliasCount} YAML alias expansions (an alias bomb?): refused`);
    else if (doc.errors.length === 0) problem(1, 1, `cannot be read (${message.split("\n")[0]})`);
    return undefined;
  }
  return { refs };
}

/**
 * The problems of the files `rootFile` loads through `$ref`s (none: every file may be read by
 * Redocly). Paths in the problems are relative to `cwd`. A root file that does not exist is
 * left to the caller to report.
 */
export function checkSpecFiles(rootFile: string, cwd = process.cwd()): SpecProblem[] {
  const root = resolve(cwd, rootFile);
  if (!existsSync(root)) return [];
  const folder = realpathSync(dirname(root));
  const shownFolder = `${relative(cwd, folder) || "."}/`;
  const problems: SpecProblem[] = [];
  const shown = (file: string) => relative(cwd, file) || file;
  const queue = [realpathSync(root)];
  const queued = new Set(queue);
  // "file#pointer" of each object holding a $ref → the "file#pointer" it names.
  const edges = new Map<string, { target: string; site: RefSite }>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const read = readSpecFile(file, shown(file), problems);
    for (const site of read?.refs ?? []) {
      const refuse = (why: string) => problems.push(refProblem(site, shown, why));
      const { ref } = site;
      if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref) || ref.startsWith("//")) {
        refuse(`is a URL: a $ref may name only files under ${shownFolder} (nothing is fetched)`);
        continue;
      }
      const hash = ref.indexOf("#");
      const [path, fragment] = hash < 0 ? [ref, ""] : [ref.slice(0, hash), ref.slice(hash + 1)];
      let decodedPath: string;
      let pointer: string;
      try {
        decodedPath = decodeURIComponent(path);
        pointer = decodeURIComponent(fragment);
      } catch {
        refuse("is not a valid URI reference");
        continue;
      }
      let target = file;
      if (decodedPath !== "") {
        const named = resolve(dirname(site.file), decodedPath);
        if (decodedPath.includes("\0") || !inside(folder, named)) {
          refuse(`leaves the spec's folder: a $ref may name only files under ${shownFolder}`);
          continue;
        }
        // A file that is not there is Redocly's to report ("Can't resolve $ref"), with its place.
        if (!existsSync(named)) continue;
        target = realpathSync(named);
        if (!inside(folder, target)) {
          refuse(`leaves the spec's folder through a symbolic link: a $ref may name only files under ${shownFolder}`);
          continue;
        }
        if (!statSync(target).isFile()) continue;
        if (!queued.has(target)) queued.add(target), queue.push(target);
      }
      edges.set(`${site.file}#${site.holder}`, { target: `${target}#${pointer === "/" ? "" : pointer}`, site });
    }
  }
  problems.push(...refCycles(edges, shown));
  return problems;
}

/**
 * Cycles of objects that are only `$ref`s (A: {$ref: B}, B: {$ref: A}): each is reported once,
 * at the `$ref` the walk met first. A schema that refers to itself from inside (a tree) is no
 * such cycle: its `$ref` sits below the object it names.
 */
function refCycles(
  edges: Map<string, { target: string; site: RefSite }>,
  shown: (file: string) => string,
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const done = new Set<string>();
  for (const start of edges.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let key: string | undefined = start;
    while (key !== undefined && !done.has(key) && !onPath.has(key)) {
      onPath.set(key, path.length);
      path.push(key);
      const next: string | undefined = edges.get(key)?.target;
      key = next !== undefined && edges.has(next) ? next : undefined;
    }
    if (key !== undefined && onPath.has(key)) {
      const cycle = path.slice(onPath.get(key));
      const { site } = edges.get(cycle[0]!)!;
      const names = cycle.map((k) => shownRef(edges.get(k)!.site.ref));
      problems.push(
        refProblem(site, shown, `is a cycle of $refs that never reaches a value (${names.join(" → ")} → back)`),
      );
    }
    for (const k of path) done.add(k);
  }
  return problems;
}
