/**
 * Seeded random instances driven by the 2020-12 schemas: valid ones built from each schema's
 * keywords, and single mutations of them (whose verdict nobody knows in advance; that is
 * what the differential test asks the validators).
 */

type Schema = boolean | Record<string, unknown>;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const strings = [
  "",
  "a",
  "job_ocZCnG1Df35XRL1QyCZSRxAG8",
  "Lighthouse stickers",
  "ünïcødé ✓",
  "with/slash",
  "tilde~key",
  "0",
  "true",
  "null",
  " ",
  "x".repeat(40),
];
const dates = ["2026-11-02T09:14:07.512Z", "2019-12-27T18:11:19Z", "2026-11-02T09:14:07+02:00"];
const notDates = ["yesterday", "2026-13-45", "createdAt"];
const numbers = [0, 1, -1, 0.5, 2, 12, 1e6, -3.25, 402, 2147483648];
const keys = ["foo", "extra", "x-custom", "a.b", "with/slash", "tilde~key", ""];

/** Keywords that say nothing about which values are valid (`format` is an annotation here). */
const annotations = new Set([
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "title",
  "description",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "format",
]);

/** The assertions the generator honours. Any other keyword is refused: its instances could be invalid. */
const honoured = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "allOf",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
]);

const kinds = ["null", "boolean", "number", "string", "array", "object"] as const;

/** A schema with the JSON Pointer it was reached by (`Job.json#/properties/status`), for errors. */
interface Part {
  schema: Record<string, unknown>;
  at: string;
}

interface Bound {
  value: number;
  exclusive: boolean;
}

/** The assertions of a schema's `allOf` parts taken together: the strictest bound, every pattern. */
interface Constraints {
  /** The allowed types (integer standing for itself), undefined: any. */
  types: string[] | undefined;
  values: unknown[] | undefined;
  lower: Bound | undefined;
  upper: Bound | undefined;
  multipleOf: number | undefined;
  minLength: number;
  maxLength: number;
  patterns: string[];
  minItems: number;
  maxItems: number | undefined;
  uniqueItems: boolean;
  items: Part | undefined;
  dateTime: boolean;
  /** Strings the schema offers as examples or default, tried for patterns. */
  samples: string[];
}

const stricter = (a: Bound | undefined, b: Bound | undefined, lower: boolean): Bound | undefined => {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value > b.value === lower ? a : b;
  return a.exclusive ? a : b;
};

const codePoints = (s: string) => [...s].length;

/** `^abc` → `abc`: the literal text a pattern anchors at the start, so that ids like `^job_` get candidates. */
function literalPrefix(pattern: string): string {
  const match = /^\^((?:[^\\^$.|?*+()[\]{}]|\\[\\^$.|?*+()[\]{}/-])*)(?![?*{])/.exec(pattern);
  return match ? match[1]!.replace(/\\(.)/g, "$1") : "";
}

export class InstanceGenerator {
  /** `schemasByRef`: every schema under the `$ref` text that names it. */
  constructor(
    private readonly schemasByRef: ReadonlyMap<string, Record<string, unknown>>,
    private readonly random: Random,
  ) {}

  private resolve(schema: Schema, at: string): { schema: Schema; at: string } {
    if (typeof schema === "object" && typeof schema.$ref === "string") {
      const target = this.schemasByRef.get(schema.$ref);
      if (!target) throw new Error(`generator: ${at}: unknown $ref ${schema.$ref}`);
      return { schema: target, at: `${schema.$ref}#` };
    }
    return { schema, at };
  }

  /** Any JSON value, bounded in depth. */
  anyJson(depth: number): unknown {
    const r = this.random;
    const kind = r.int(depth > 0 ? 7 : 5);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return r.chance(0.5);
      case 2:
        return r.pick(numbers);
      case 3:
        return r.pick(strings);
      case 4:
        return r.int(100);
      case 5:
        return Array.from({ length: r.int(3) }, () => this.anyJson(depth - 1));
      default:
        return Object.fromEntries(Array.from({ length: r.int(3) }, () => [r.pick(keys), this.anyJson(depth - 1)]));
    }
  }

  /**
   * A schema and its `allOf` members, `$ref`s followed, each checked for keywords the generator
   * cannot honour. Siblings of a `$ref` are assertions too (2020-12): the referring schema is a part.
   */
  private parts(schema: Schema, at: string): Part[] {
    if (schema === true) return [];
    if (schema === false) throw new Error(`generator: ${at}: no value satisfies false`);
    const refused = Object.keys(schema).filter((k) => !annotations.has(k) && !honoured.has(k) && !k.startsWith("x-"));
    if (refused.length > 0)
      throw new Error(
        `generator: ${at}: cannot honour ${refused.map((k) => `"${k}"`).join(", ")}; teach test/generate-instances.ts ` +
          "to generate values for it, or its instances could break it",
      );
    const own: Part = { schema, at };
    const target =
      typeof schema.$ref === "string" ? this.parts(this.resolve(schema, at).schema, `${schema.$ref}#`) : [];
    const members = Array.isArray(schema.allOf)
      ? schema.allOf.flatMap((m, i) => this.parts(m as Schema, `${at}/allOf/${i}`))
      : [];
    return [own, ...target, ...members];
  }

  private constraints(parts: Part[]): Constraints {
    const c: Constraints = {
      types: undefined,
      values: undefined,
      lower: undefined,
      upper: undefined,
      multipleOf: undefined,
      minLength: 0,
      maxLength: Number.POSITIVE_INFINITY,
      patterns: [],
      minItems: 0,
      maxItems: undefined,
      uniqueItems: false,
      items: undefined,
      dateTime: false,
      samples: [],
    };
    for (const { schema: s, at } of parts) {
      if (s.type !== undefined) {
        const listed = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
        const allowed = (t: string) => listed.includes(t) || (t === "integer" && listed.includes("number"));
        const mine = c.types ?? [...listed];
        // number ∩ integer is integer
        c.types = mine.flatMap((t) =>
          allowed(t) ? [t] : t === "number" && listed.includes("integer") ? ["integer"] : [],
        );
        if (c.types.length === 0) throw new Error(`generator: ${at}/type: no type is allowed by every allOf part`);
      }
      const values = "const" in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
      if (values) {
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        c.values = c.values ? c.values.filter((v) => values.some((w) => same(v, w))) : values;
        if (c.values.length === 0) throw new Error(`generator: ${at}: no value is in every enum/const`);
      }
      const num = (k: string) => (typeof s[k] === "number" ? (s[k] as number) : undefined);
      const bound = (k: string, exclusive: boolean) => {
        const v = num(k);
        return v === undefined ? undefined : { value: v, exclusive };
      };
      c.lower = stricter(stricter(c.lower, bound("minimum", false), true), bound("exclusiveMinimum", true), true);
      c.upper = stricter(stricter(c.upper, bound("maximum", false), false), bound("exclusiveMaximum", true), false);
      const m = num("multipleOf");
      if (m !== undefined) {
        if (c.multipleOf !== undefined && c.multipleOf !== m)
          throw new Error(`generator: ${at}/multipleOf: cannot honour two different multipleOf`);
        c.multipleOf = m;
      }
      c.minLength = Math.max(c.minLength, num("minLength") ?? 0);
      c.maxLength = Math.min(c.maxLength, num("maxLength") ?? Number.POSITIVE_INFINITY);
      if (typeof s.pattern === "string") c.patterns.push(s.pattern);
      c.minItems = Math.max(c.minItems, num("minItems") ?? 0);
      const maxItems = num("maxItems");
      if (maxItems !== undefined) c.maxItems = Math.min(c.maxItems ?? maxItems, maxItems);
      if (s.uniqueItems === true) c.uniqueItems = true;
      if (s.items !== undefined) {
        if (c.items && JSON.stringify(c.items.schema) !== JSON.stringify(s.items))
          throw new Error(`generator: ${at}/items: cannot honour two different items schemas`);
        c.items = { schema: s.items as Record<string, unknown>, at: `${at}/items` };
      }
      if (s.format === "date-time") c.dateTime = true;
      for (const sample of [...(Array.isArray(s.examples) ? s.examples : []), s.default])
        if (typeof sample === "string") c.samples.push(sample);
    }
    return c;
  }

  /** A value the schema accepts. */
  valid(schema: Schema, depth = 4, at = "#"): unknown {
    const r = this.random;
    if (schema === true) return this.anyJson(Math.min(depth, 2));
    const parts = this.parts(schema, at);
    const c = this.constraints(parts);
    if (c.values) return r.pick(c.values);
    const type = r.pick(c.types ?? kinds);
    switch (type) {
      case "null":
        return null;
      case "boolean":
        return r.chance(0.5);
      case "integer":
      case "number":
        return this.number(c, type === "integer", parts[0]!.at);
      case "string":
        return this.string(c, parts[0]!.at);
      case "array":
        return this.array(c, depth, parts[0]!.at);
      case "object":
        return this.validObject(parts, depth);
      default:
        throw new Error(`generator: ${parts[0]!.at}/type: unknown type ${JSON.stringify(type)}`);
    }
  }

  private number(c: Constraints, integer: boolean, at: string): number {
    const r = this.random;
    const { lower, upper, multipleOf } = c;
    const fits = (n: number) =>
      Number.isFinite(n) &&
      (!integer || Number.isInteger(n)) &&
      (!lower || (lower.exclusive ? n > lower.value : n >= lower.value)) &&
      (!upper || (upper.exclusive ? n < upper.value : n <= upper.value)) &&
      (multipleOf === undefined || Number.isInteger(n / multipleOf));
    const what = () =>
      `${integer ? "integer" : "number"}${lower ? ` ${lower.exclusive ? ">" : ">="} ${lower.value}` : ""}` +
      `${upper ? ` ${upper.exclusive ? "<" : "<="} ${upper.value}` : ""}${multipleOf !== undefined ? ` multipleOf ${multipleOf}` : ""}`;
    // Where to look: from the lower bound (or below the upper one, or around 0), 1000 wide.
    const from = lower ? lower.value : upper ? upper.value - 999 : -5;
    const to = upper ? upper.value : from + 999;
    if (from > to) throw new Error(`generator: ${at}: no ${what()}`);
    if (multipleOf !== undefined) {
      const steps = Array.from({ length: 64 }, (_, i) => Math.ceil(from / multipleOf) + i)
        .filter((k) => k * multipleOf <= to)
        .map((k) => k * multipleOf)
        .filter(fits);
      if (steps.length === 0) throw new Error(`generator: ${at}: found no ${what()}`);
      return r.pick(steps);
    }
    if (integer) {
      const lo = Math.ceil(from) + (lower?.exclusive && Number.isInteger(from) ? 1 : 0);
      const hi = Math.floor(to) - (upper?.exclusive && Number.isInteger(to) ? 1 : 0);
      if (lo > hi) throw new Error(`generator: ${at}: no ${what()}`);
      return lo + r.int(Math.min(hi - lo + 1, 1000));
    }
    // The usual sample numbers where they fit, shifted past the lower bound as before, and points between the bounds.
    const candidates = [
      ...numbers.filter(fits),
      ...numbers.map((n) => from + Math.abs(n)).filter(fits),
      ...[from, to, (from + to) / 2, from + (to - from) / 4].filter(fits),
    ];
    if (candidates.length === 0) throw new Error(`generator: ${at}: found no ${what()}`);
    return r.pick(candidates);
  }

  private string(c: Constraints, at: string): string {
    const r = this.random;
    const regexes = c.patterns.map((p) => new RegExp(p, "u"));
    const fits = (s: string) =>
      codePoints(s) >= c.minLength && codePoints(s) <= c.maxLength && regexes.every((re) => re.test(s));
    // `format` is an annotation: non-dates must pass too.
    const pool = c.dateTime ? (r.chance(0.7) ? dates : notDates) : strings;
    const prefixes = [...new Set(c.patterns.map(literalPrefix))];
    const sized = (s: string) =>
      codePoints(s) < c.minLength ? s + "x".repeat(c.minLength - codePoints(s)) : [...s].slice(0, c.maxLength).join("");
    const candidates = [
      ...pool,
      ...c.samples,
      ...prefixes.flatMap((p) => pool.map((s) => p + s)),
      ...[...pool, ...c.samples].map(sized),
    ].filter(fits);
    if (candidates.length === 0)
      throw new Error(
        `generator: ${at}: found no string of ${c.minLength}..${c.maxLength} characters` +
          `${c.patterns.length > 0 ? ` matching ${c.patterns.map((p) => JSON.stringify(p)).join(" and ")}` : ""}; ` +
          "give the schema an `examples` entry that does, or teach test/generate-instances.ts the pattern",
      );
    // The pool's own strings first, as before, when any fits.
    const plain = candidates.filter((s) => pool.includes(s));
    return r.pick(plain.length > 0 ? plain : candidates);
  }

  private array(c: Constraints, depth: number, at: string): unknown[] {
    const r = this.random;
    const items = c.items ?? { schema: true as unknown as Record<string, unknown>, at: `${at}/items` };
    const max = c.maxItems ?? c.minItems + 3;
    if (c.minItems > max) throw new Error(`generator: ${at}: minItems ${c.minItems} > maxItems ${max}`);
    const wanted = depth > 0 ? c.minItems + r.int(max - c.minItems + 1) : c.minItems;
    const out: unknown[] = [];
    const seen = new Set<string>();
    // uniqueItems: a repeated item is drawn again, a bounded number of times.
    for (let tries = 0; out.length < wanted && tries < wanted * 10 + 10; tries++) {
      const item = this.valid(items.schema as Schema, depth - 1, items.at);
      const key = JSON.stringify(item);
      if (c.uniqueItems && seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
    if (out.length < c.minItems)
      throw new Error(`generator: ${at}: found only ${out.length} unique items of ${c.minItems}`);
    return out;
  }

  private validObject(parts: Part[], depth: number): Record<string, unknown> {
    const r = this.random;
    const properties = new Map<string, Part>();
    const required = new Set<string>();
    let additional: Part = { schema: true as unknown as Record<string, unknown>, at: "" };
    for (const { schema: part, at } of parts) {
      for (const [k, v] of Object.entries((part.properties ?? {}) as Record<string, Schema>))
        if (!properties.has(k))
          properties.set(k, { schema: v as Record<string, unknown>, at: `${at}/properties/${k}` });
      for (const k of (part.required ?? []) as string[]) required.add(k);
      if (part.additionalProperties !== undefined)
        additional = { schema: part.additionalProperties as Record<string, unknown>, at: `${at}/additionalProperties` };
    }
    // A property declared by two parts must satisfy both; the generator keeps one site per name.
    for (const { schema: part, at } of parts)
      for (const [k, v] of Object.entries((part.properties ?? {}) as Record<string, Schema>))
        if (JSON.stringify(properties.get(k)!.schema) !== JSON.stringify(v))
          throw new Error(
            `generator: ${at}/properties/${k}: cannot honour a property declared differently by two allOf parts`,
          );
    const out: Record<string, unknown> = {};
    for (const [name, sub] of properties) {
      if (required.has(name) || (depth > 0 && r.chance(0.45)))
        out[name] = this.valid(sub.schema as Schema, depth - 1, sub.at);
    }
    for (const name of required)
      if (!properties.has(name)) out[name] = this.valid(additional.schema as Schema, depth - 1, additional.at);
    // Objects are open unless additionalProperties is false: names the schema does not list are
    // allowed, with any value or the additionalProperties schema.
    if (depth > 0 && (additional.schema as Schema) !== false && r.chance(0.3)) {
      const extra = r.pick(keys);
      if (!properties.has(extra)) out[extra] = this.valid(additional.schema as Schema, depth - 1, additional.at);
    }
    return out;
  }
}

/** JSON pointers of every location in a value, the value itself ("") included. */
export function locations(value: unknown, at = ""): string[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => locations(v, `${at}/${i}`)));
  if (value !== null && typeof value === "object") {
    return here.concat(
      Object.entries(value).flatMap(([k, v]) => locations(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
    );
  }
  return here;
}

function parentAndKey(root: unknown, pointer: string): [Record<string, unknown> | unknown[], string] | undefined {
  if (pointer === "") return undefined;
  const tokens = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = root as Record<string, unknown>;
  for (const t of tokens.slice(0, -1)) node = node[t] as Record<string, unknown>;
  return [node, tokens.at(-1)!];
}

/** A copy of `value` with one change at one random location, and a word on what changed. */
export function mutate(
  value: unknown,
  random: Random,
  generator: InstanceGenerator,
): { instance: unknown; mutation: string } {
  const copy = structuredClone(value);
  const at = random.pick(locations(copy));
  const target = parentAndKey(copy, at);
  const current = target ? (target[0] as Record<string, unknown>)[target[1]] : copy;
  const replacements: Array<[string, () => unknown]> = [
    ["another value", () => generator.anyJson(1)],
    ["a string", () => random.pick(["done", "Queued", "", "pdf", "12", "true"])],
    // Infinity is what JSON.parse makes of 1e400; the harness writes it back as 1e400 for the others.
    ["a number", () => random.pick([0, -1, 0.5, 1, 402, 3, Infinity])],
    ["null", () => null],
    ["an array of it", () => [current]],
    ["an empty object", () => ({})],
    ["a boolean", () => random.chance(0.5)],
  ];
  const canDelete = target !== undefined;
  const isObject = current !== null && typeof current === "object" && !Array.isArray(current);
  const choice = random.int(replacements.length + (canDelete ? 2 : 0) + (isObject ? 1 : 0));
  if (choice < replacements.length) {
    const [what, make] = replacements[choice]!;
    const next = make();
    if (!target) return { instance: next, mutation: `root → ${what}` };
    (target[0] as Record<string, unknown>)[target[1]] = next;
    return { instance: copy, mutation: `${at} → ${what}` };
  }
  if (canDelete && choice < replacements.length + 2) {
    const [parent, key] = target!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return { instance: copy, mutation: `${at} deleted` };
  }
  (current as Record<string, unknown>)[random.pick(keys)] = generator.anyJson(1);
  return { instance: copy, mutation: `${at} got an extra property` };
}
