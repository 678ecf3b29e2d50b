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

export class InstanceGenerator {
  /** `schemasByRef`: every schema under the `$ref` text that names it. */
  constructor(
    private readonly schemasByRef: ReadonlyMap<string, Record<string, unknown>>,
    private readonly random: Random,
  ) {}

  private resolve(schema: Schema): Schema {
    if (typeof schema === "object" && typeof schema.$ref === "string") {
      const target = this.schemasByRef.get(schema.$ref);
      if (!target) throw new Error(`generator: unknown $ref ${schema.$ref}`);
      return target;
    }
    return schema;
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

  /** The object constraints of a schema, with `$ref` and `allOf` flattened. */
  private objectParts(schema: Schema): Array<Record<string, unknown>> {
    const resolved = this.resolve(schema);
    if (typeof resolved !== "object") return [];
    const nested = Array.isArray(resolved.allOf) ? resolved.allOf.flatMap((s) => this.objectParts(s as Schema)) : [];
    return [resolved, ...nested];
  }

  /** A value the schema accepts. */
  valid(schema: Schema, depth = 4): unknown {
    const r = this.random;
    if (schema === true) return this.anyJson(Math.min(depth, 2));
    if (schema === false) throw new Error("generator: no value satisfies false");
    const s = this.resolve(schema) as Record<string, unknown>;
    if (s !== schema) return this.valid(s, depth);
    if ("const" in s) return s.const;
    if (Array.isArray(s.enum)) return r.pick(s.enum);
    const parts = this.objectParts(s);
    const type = parts.map((p) => p.type).find((t) => typeof t === "string") as string | undefined;
    switch (type) {
      case "string":
        // `format` is an annotation: non-dates must pass too.
        return s.format === "date-time" ? r.pick(r.chance(0.7) ? dates : notDates) : r.pick(strings);
      case "integer": {
        const min = typeof s.minimum === "number" ? Math.ceil(s.minimum) : -5;
        return min + r.int(1000);
      }
      case "number": {
        const min = typeof s.minimum === "number" ? s.minimum : undefined;
        const n = r.pick(numbers);
        return min === undefined ? n : min + Math.abs(n);
      }
      case "boolean":
        return r.chance(0.5);
      case "array": {
        const items = (s.items ?? true) as Schema;
        return Array.from({ length: depth > 0 ? r.int(4) : 0 }, () => this.valid(items, depth - 1));
      }
      case "object":
        return this.validObject(parts, depth);
      default:
        return this.anyJson(Math.min(depth, 2));
    }
  }

  private validObject(parts: Array<Record<string, unknown>>, depth: number): Record<string, unknown> {
    const r = this.random;
    const properties = new Map<string, Schema>();
    const required = new Set<string>();
    let additional: Schema = true;
    for (const part of parts) {
      for (const [k, v] of Object.entries((part.properties ?? {}) as Record<string, Schema>))
        if (!properties.has(k)) properties.set(k, v);
      for (const k of (part.required ?? []) as string[]) required.add(k);
      if (part.additionalProperties !== undefined) additional = part.additionalProperties as Schema;
    }
    const out: Record<string, unknown> = {};
    for (const [name, sub] of properties) {
      if (required.has(name) || (depth > 0 && r.chance(0.45))) out[name] = this.valid(sub, depth - 1);
    }
    // Objects are open: names the schema does not list are allowed, with any value or the additionalProperties schema.
    if (depth > 0 && r.chance(0.3)) {
      const extra = r.pick(keys);
      if (!properties.has(extra)) out[extra] = this.valid(additional, depth - 1);
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
