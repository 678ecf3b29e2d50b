/** Schema rules: what a change to a schema does to the requests or responses it describes. */
import { type Direction, type Finding, sameJson } from "./model.ts";
import { finding, schemaRuleId } from "./rules.ts";
import { type SchemaSource, type SchemaView, type Site, schemaView, typesOf } from "./schema-view.ts";
import { isObject, type JsonObject } from "../lib/json-object.ts";
import { resolveRef } from "../lib/resolve-ref.ts";

export interface SchemaDiff {
  base: SchemaSource;
  revision: SchemaSource;
  out: Finding[];
  /** Pairs of schemas already compared (by pointer and direction): recursive schemas end. */
  seen: Set<string>;
}

const EMPTY: Site = { node: {}, at: "" };
const flip = (dir: Direction): Direction => (dir === "request" ? "response" : "request");
const show = (v: unknown) => JSON.stringify(v);
const WIDER_FORMAT: Record<string, string> = { int32: "int64", float: "double" };

/** `.job.status`, `[]`, `<oneOf[1]>` after the operation's own label. */
const child = (label: string, part: string) => `${label}${part}`;

export function compareSchemas(
  ctx: SchemaDiff,
  b: Site,
  a: Site,
  dir: Direction,
  label: string,
  opts: { ignoreDefault?: boolean } = {},
): void {
  const vb = schemaView(ctx.base, b);
  const va = schemaView(ctx.revision, a);
  // One finding per place: a schema met again (recursion, or shared by two operations) is done.
  const key = `${dir}|${vb.at}|${va.at}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const emit = (suffix: string, at: string, message: string) =>
    ctx.out.push(finding(schemaRuleId(dir, suffix), at, `${label || "(root)"}: ${message}`));
  const at = va.at || vb.at;

  compareTypes(vb, va, at, emit);
  compareValues(vb, va, at, emit, opts);
  compareBounds(vb, va, at, emit);
  compareObjects(ctx, vb, va, dir, label);
  compareComposition(ctx, vb, va, dir, label, emit);
}

type Emit = (suffix: string, at: string, message: string) => void;

function compareTypes(vb: SchemaView, va: SchemaView, at: string, emit: Emit): void {
  const b = typesOf(vb);
  const a = typesOf(va);
  if (b.types && a.types) {
    if (b.nullable && !a.nullable) emit("became-not-nullable", at, "no longer allows null");
    if (!b.nullable && a.nullable) emit("became-nullable", at, "now allows null");
    const covers = (set: Set<string>, t: string) => set.has(t) || (t === "integer" && set.has("number"));
    const lost = [...b.types].filter((t) => !covers(a.types!, t));
    const gained = [...a.types].filter((t) => !covers(b.types!, t));
    const from = [...b.types].join("|") || "null";
    const to = [...a.types].join("|") || "null";
    if (lost.length > 0 && gained.length > 0) emit("type-changed", at, `type changed from ${from} to ${to}`);
    else if (gained.length > 0) emit("type-generalized", at, `type widened from ${from} to ${to}`);
    else if (lost.length > 0) emit("type-specialized", at, `type narrowed from ${from} to ${to}`);
  } else if (b.types && !a.types) {
    emit("type-generalized", at, `type widened from ${[...b.types].join("|")} to any`);
  } else if (!b.types && a.types) {
    emit("type-specialized", at, `type narrowed from any to ${[...a.types].join("|")}${a.nullable ? "|null" : ""}`);
  }

  const fb = vb.scalars.format;
  const fa = va.scalars.format;
  if (fb === undefined && fa !== undefined) emit("format-added", at, `format ${show(fa)} added`);
  else if (fb !== undefined && fa === undefined) emit("format-removed", at, `format ${show(fb)} removed`);
  else if (fb !== fa) {
    if (typeof fb === "string" && WIDER_FORMAT[fb] === fa)
      emit("format-generalized", at, `format widened from ${show(fb)} to ${show(fa)}`);
    else emit("format-changed", at, `format changed from ${show(fb)} to ${show(fa)}`);
  }
}

function valuesOf(view: SchemaView): unknown[] | undefined {
  if (Array.isArray(view.scalars.enum)) return view.scalars.enum;
  if ("const" in view.scalars) return [view.scalars.const];
  return undefined;
}

function compareValues(
  vb: SchemaView,
  va: SchemaView,
  at: string,
  emit: Emit,
  opts: { ignoreDefault?: boolean },
): void {
  const eb = valuesOf(vb);
  const ea = valuesOf(va);
  if (eb && ea) {
    const removed = eb.filter((v) => !ea.some((w) => sameJson(v, w)));
    const added = ea.filter((v) => !eb.some((w) => sameJson(v, w)));
    if (removed.length > 0) emit("enum-value-removed", at, `enum value(s) removed: ${removed.map(show).join(", ")}`);
    if (added.length > 0) emit("enum-value-added", at, `enum value(s) added: ${added.map(show).join(", ")}`);
  } else if (!eb && ea) emit("became-enum", at, `now restricted to ${ea.map(show).join(", ")}`);
  else if (eb && !ea) emit("became-not-enum", at, "no longer restricted to listed values");

  if (!opts.ignoreDefault && !sameJson(vb.scalars.default, va.scalars.default)) {
    emit(
      "default-value-changed",
      at,
      `default changed from ${show(vb.scalars.default) ?? "none"} to ${show(va.scalars.default) ?? "none"}`,
    );
  }

  // An empty pattern matches every string: it is no pattern.
  const patternOf = (v: SchemaView) => (v.scalars.pattern === "" ? undefined : v.scalars.pattern);
  const pb = patternOf(vb);
  const pa = patternOf(va);
  if (pb === undefined && pa !== undefined) emit("pattern-added", at, `pattern ${show(pa)} added`);
  else if (pb !== undefined && pa === undefined) emit("pattern-removed", at, `pattern ${show(pb)} removed`);
  else if (pb !== pa) emit("pattern-changed", at, `pattern changed from ${show(pb)} to ${show(pa)}`);
}

interface Bound {
  value: number;
  exclusive: boolean;
}
function lowerBound(s: JsonObject): Bound | undefined {
  const inc = typeof s.minimum === "number" ? { value: s.minimum, exclusive: false } : undefined;
  const exc = typeof s.exclusiveMinimum === "number" ? { value: s.exclusiveMinimum, exclusive: true } : undefined;
  if (!inc || !exc) return inc ?? exc;
  return exc.value >= inc.value ? exc : inc;
}
function upperBound(s: JsonObject): Bound | undefined {
  const inc = typeof s.maximum === "number" ? { value: s.maximum, exclusive: false } : undefined;
  const exc = typeof s.exclusiveMaximum === "number" ? { value: s.exclusiveMaximum, exclusive: true } : undefined;
  if (!inc || !exc) return inc ?? exc;
  return exc.value <= inc.value ? exc : inc;
}
const showBound = (b: Bound | undefined, sign: string) => (b ? `${sign}${b.exclusive ? "" : "="} ${b.value}` : "none");

/** -1: the after bound admits fewer values, 1: more, 0: same. `lower` bounds grow to tighten. */
function compareBound(b: Bound | undefined, a: Bound | undefined, lower: boolean): number {
  if (!b && !a) return 0;
  if (!b) return -1;
  if (!a) return 1;
  if (a.value !== b.value) return a.value > b.value === lower ? -1 : 1;
  if (a.exclusive !== b.exclusive) return a.exclusive ? -1 : 1;
  return 0;
}

/** For integers, `< 11` is `<= 10` and `> 0.5` is `>= 1`: bounds said either way compare equal. */
function integerBound(b: Bound | undefined, lower: boolean, integers: boolean): Bound | undefined {
  if (!b || !integers) return b;
  if (lower) return { value: b.exclusive ? Math.floor(b.value) + 1 : Math.ceil(b.value), exclusive: false };
  return { value: b.exclusive ? Math.ceil(b.value) - 1 : Math.floor(b.value), exclusive: false };
}
const onlyIntegers = (v: SchemaView) => {
  const { types } = typesOf(v);
  return types !== undefined && types.size === 1 && types.has("integer");
};

function compareBounds(vb: SchemaView, va: SchemaView, at: string, emit: Emit): void {
  const integers = onlyIntegers(vb) && onlyIntegers(va);
  const report = (name: string, verdict: number, from: string, to: string) => {
    if (verdict < 0) emit(`${name}-tightened`, at, `${name} tightened from ${from} to ${to}`);
    if (verdict > 0) emit(`${name}-loosened`, at, `${name} loosened from ${from} to ${to}`);
  };
  const lb = lowerBound(vb.scalars);
  const la = lowerBound(va.scalars);
  report(
    "min",
    compareBound(integerBound(lb, true, integers), integerBound(la, true, integers), true),
    showBound(lb, ">"),
    showBound(la, ">"),
  );
  const ub = upperBound(vb.scalars);
  const ua = upperBound(va.scalars);
  report(
    "max",
    compareBound(integerBound(ub, false, integers), integerBound(ua, false, integers), false),
    showBound(ub, "<"),
    showBound(ua, "<"),
  );
  for (const [keyword, name, lower] of [
    ["minLength", "min-length", true],
    ["maxLength", "max-length", false],
    ["minItems", "min-items", true],
    ["maxItems", "max-items", false],
    ["minProperties", "min-properties", true],
    ["maxProperties", "max-properties", false],
    ["minContains", "min-contains", true],
    ["maxContains", "max-contains", false],
  ] as const) {
    const b = vb.scalars[keyword];
    const a = va.scalars[keyword];
    const asBound = (v: unknown) => (typeof v === "number" ? { value: v, exclusive: false } : undefined);
    report(name, compareBound(asBound(b), asBound(a), lower), String(b ?? "none"), String(a ?? "none"));
  }
  const mb = vb.scalars.multipleOf;
  const ma = va.scalars.multipleOf;
  if (mb !== ma) {
    const from = String(mb ?? "none");
    const to = String(ma ?? "none");
    const divides = (x: unknown, y: unknown) =>
      typeof x === "number" && typeof y === "number" && Number.isInteger(y / x);
    if (ma === undefined) report("multiple-of", 1, from, to);
    else if (mb === undefined || divides(mb, ma)) report("multiple-of", -1, from, to);
    else if (divides(ma, mb)) report("multiple-of", 1, from, to);
    else {
      report("multiple-of", -1, from, to);
      report("multiple-of", 1, from, to);
    }
  }
  const ub2 = vb.scalars.uniqueItems === true;
  const ua2 = va.scalars.uniqueItems === true;
  if (ub2 !== ua2) report("unique-items", ua2 ? -1 : 1, String(ub2), String(ua2));
}

/** A property that never travels in this direction (readOnly in requests, writeOnly in responses). */
function absentIn(site: Site | undefined, source: SchemaSource, dir: Direction): boolean {
  if (!site) return false;
  const s = schemaView(source, site).scalars;
  return dir === "request" ? s.readOnly === true : s.writeOnly === true;
}

function compareObjects(ctx: SchemaDiff, vb: SchemaView, va: SchemaView, dir: Direction, label: string): void {
  const emitRule = (id: string, at: string, message: string) =>
    ctx.out.push(finding(id, at, `${label || "(root)"}: ${message}`));
  for (const [name, pb] of vb.properties) {
    const pa = va.properties.get(name);
    if (absentIn(pb, ctx.base, dir) || absentIn(pa, ctx.revision, dir)) continue;
    const where = child(label, `.${name}`);
    if (!pa) {
      if (dir === "request") emitRule("request-property-removed", pb.at, `property ${name} removed`);
      else if (vb.required.has(name))
        emitRule("response-required-property-removed", pb.at, `required property ${name} removed`);
      else emitRule("response-optional-property-removed", pb.at, `optional property ${name} removed`);
      continue;
    }
    const wasRequired = vb.required.has(name);
    const isRequired = va.required.has(name);
    if (!wasRequired && isRequired)
      ctx.out.push(finding(schemaRuleId(dir, "became-required"), pa.at, `${where}: became required`));
    if (wasRequired && !isRequired)
      ctx.out.push(finding(schemaRuleId(dir, "became-optional"), pa.at, `${where}: became optional`));
    compareSchemas(ctx, pb, pa, dir, where);
  }
  for (const [name, pa] of va.properties) {
    if (vb.properties.has(name) || absentIn(pa, ctx.revision, dir)) continue;
    const required = va.required.has(name);
    const id =
      dir === "request"
        ? required
          ? "new-required-request-property"
          : "new-optional-request-property"
        : required
          ? "response-required-property-added"
          : "response-optional-property-added";
    emitRule(id, pa.at, `${required ? "required" : "optional"} property ${name} added`);
  }

  const closedB = vb.scalars.additionalProperties === false;
  const closedA = va.scalars.additionalProperties === false;
  const at = va.at || vb.at;
  if (!closedB && closedA)
    ctx.out.push(
      finding(
        schemaRuleId(dir, "additional-properties-closed"),
        at,
        `${label || "(root)"}: no longer allows properties it does not list`,
      ),
    );
  if (closedB && !closedA)
    ctx.out.push(
      finding(
        schemaRuleId(dir, "additional-properties-opened"),
        at,
        `${label || "(root)"}: now allows properties it does not list`,
      ),
    );
  // Keywords whose absence means "anything": compared with {} when one side lacks them.
  for (const [keyword, part] of [
    ["items", "[]"],
    ["additionalProperties", "{}"],
    ["propertyNames", "<propertyNames>"],
    ["unevaluatedProperties", "<unevaluatedProperties>"],
    ["unevaluatedItems", "<unevaluatedItems>"],
    ["additionalItems", "<additionalItems>"],
  ] as const) {
    const sb = vb.single.get(keyword);
    const sa = va.single.get(keyword);
    if (!sb && !sa) continue;
    if (keyword === "additionalProperties" && (closedB || closedA)) continue;
    compareSchemas(
      ctx,
      sb ?? { ...EMPTY, at: `${vb.at}/${keyword}` },
      sa ?? { ...EMPTY, at: `${va.at}/${keyword}` },
      dir,
      child(label, part),
    );
  }
}

/** A branch's identity: the ref it names, or its JSON. */
const identity = (site: Site) =>
  isObject(site.node) && typeof site.node.$ref === "string" ? `ref:${site.node.$ref}` : JSON.stringify(site.node);

/** Pairs branches by identity, then the rest in order; what is left was added or removed. */
function pairBranches(
  before: Site[],
  after: Site[],
): { pairs: Array<[Site, Site, number]>; removed: Site[]; added: Site[] } {
  const restB = [...before];
  const restA = [...after];
  const pairs: Array<[Site, Site, number]> = [];
  for (const b of before) {
    const i = restA.findIndex((a) => identity(a) === identity(b));
    if (i >= 0) {
      pairs.push([b, restA[i]!, after.indexOf(restA[i]!)]);
      restA.splice(i, 1);
      restB.splice(restB.indexOf(b), 1);
    }
  }
  const n = Math.min(restB.length, restA.length);
  for (let i = 0; i < n; i++) pairs.push([restB[i]!, restA[i]!, after.indexOf(restA[i]!)]);
  return { pairs, removed: restB.slice(n), added: restA.slice(n) };
}

function compareComposition(
  ctx: SchemaDiff,
  vb: SchemaView,
  va: SchemaView,
  dir: Direction,
  label: string,
  emit: Emit,
): void {
  for (const [keyword, suffix] of [
    ["oneOf", "one-of"],
    ["anyOf", "any-of"],
    ["allOf", "all-of"],
  ] as const) {
    const before = vb.lists.get(keyword) ?? [];
    const after = va.lists.get(keyword) ?? [];
    const { pairs, removed, added } = pairBranches(before, after);
    for (const r of removed)
      emit(`${suffix}-removed`, r.at, `${keyword} member ${identity(r).replace(/^ref:/, "")} removed`);
    for (const a of added) emit(`${suffix}-added`, a.at, `${keyword} member ${identity(a).replace(/^ref:/, "")} added`);
    for (const [b, a, i] of pairs) compareSchemas(ctx, b, a, dir, child(label, `<${keyword}[${i}]>`));
  }

  // Absent means "no constraint" (not "anything"): appearing narrows, disappearing widens.
  for (const [keyword, suffix] of [
    ["contains", "contains"],
    ["if", "if"],
    ["then", "then"],
    ["else", "else"],
    ["not", "not"],
  ] as const) {
    const sb = vb.single.get(keyword);
    const sa = va.single.get(keyword);
    // `false` is read as `not: {}`: say it as a user wrote it.
    const everything = (site: Site) => keyword === "not" && isObject(site.node) && Object.keys(site.node).length === 0;
    if (!sb && sa)
      emit(`${suffix}-added`, sa.at, everything(sa) ? "now rejects every value (false)" : `${keyword} added`);
    else if (sb && !sa)
      emit(`${suffix}-removed`, sb.at, everything(sb) ? "no longer rejects every value (false)" : `${keyword} removed`);
    else if (sb && sa) {
      if (keyword === "if") {
        // The nodes the refs end at: an `if: {$ref}` whose target changed is a changed condition.
        if (
          !sameJson(schemaView(ctx.base, sb).scalars, schemaView(ctx.revision, sa).scalars) ||
          !sameJson(resolveRef(ctx.base.doc, sb.node, sb.at).node, resolveRef(ctx.revision.doc, sa.node, sa.at).node)
        )
          emit("if-changed", sa.at, "if condition changed");
      } else if (keyword === "not") {
        // `not X` excludes more when X accepts more: compare X the other way round.
        const inner: SchemaDiff = { ...ctx, out: [], seen: new Set() };
        compareSchemas(inner, sb, sa, flip(dir), child(label, "<not>"));
        const breaking = inner.out.find((f) => f.level === "breaking");
        if (breaking) emit("not-changed", sa.at, `not changed (${breaking.message})`);
      } else compareSchemas(ctx, sb, sa, dir, child(label, `<${keyword}>`));
    }
  }

  const prefixB = vb.lists.get("prefixItems") ?? [];
  const prefixA = va.lists.get("prefixItems") ?? [];
  for (let i = 0; i < Math.max(prefixB.length, prefixA.length); i++) {
    const b = prefixB[i];
    const a = prefixA[i];
    if (b && a) compareSchemas(ctx, b, a, dir, child(label, `[${i}]`));
    else if (a) emit("prefix-items-added", a.at, `prefixItems[${i}] added`);
    else if (b) emit("prefix-items-removed", b.at, `prefixItems[${i}] removed`);
  }

  for (const [keyword, suffix] of [
    ["patternProperties", "pattern-properties"],
    ["dependentSchemas", "dependent-schemas"],
  ] as const) {
    const mb = vb.maps.get(keyword) ?? new Map<string, Site>();
    const ma = va.maps.get(keyword) ?? new Map<string, Site>();
    for (const [name, b] of mb) {
      const a = ma.get(name);
      if (a) compareSchemas(ctx, b, a, dir, child(label, `<${keyword}[${name}]>`));
      else emit(`${suffix}-removed`, b.at, `${keyword} ${show(name)} removed`);
    }
    for (const [name, a] of ma) if (!mb.has(name)) emit(`${suffix}-added`, a.at, `${keyword} ${show(name)} added`);
  }

  const db = isObject(vb.scalars.dependentRequired) ? vb.scalars.dependentRequired : {};
  const da = isObject(va.scalars.dependentRequired) ? va.scalars.dependentRequired : {};
  const names = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  for (const key of new Set([...Object.keys(db), ...Object.keys(da)])) {
    const before = names(db[key]);
    const after = names(da[key]);
    const at = `${va.at}/dependentRequired/${key}`;
    const added = after.filter((n) => !before.includes(n));
    const removed = before.filter((n) => !after.includes(n));
    if (added.length > 0) emit("dependent-required-added", at, `with ${key}, now also requires ${added.join(", ")}`);
    if (removed.length > 0)
      emit("dependent-required-removed", at, `with ${key}, no longer requires ${removed.join(", ")}`);
  }
}
