/**
 * Big-number JSON parsers (json-bigint, lossless-json, `JSON.parse` with a reviver) give a BigInt
 * for an integer too large for a double. A BigInt is a JSON integer, and Python's and Go's
 * validators take such integers by value; so do ours, by validating a copy in which each BigInt
 * is the number nearest its value. That number is exact within ±2^53 and an integer beyond, so a
 * BigInt meets `type: integer` and `type: number`, and bounds and enums see its value (compared
 * exactly within ±2^53, to a double's precision beyond). Past the largest double it is ±Infinity:
 * like `1e400` read by JSON.parse, it is not a finite double, which no validator we ship accepts
 * as a number (schemas README, "Numbers").
 */

const nearestNumber = (n: bigint): number => Number(n);

const isPlainContainer = (v: unknown): v is Record<string, unknown> | unknown[] => {
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * `value` with every BigInt inside plain objects and arrays replaced by its nearest number, or
 * undefined when it holds none. Walks with an explicit stack and a map of visited containers, so
 * deep nesting cannot overflow the call stack and a cycle is copied as a cycle, not followed forever.
 */
export function withBigIntsAsNumbers(value: unknown): unknown {
  if (typeof value === "bigint") return nearestNumber(value);
  if (!isPlainContainer(value) || !holdsBigInt(value)) return undefined;
  let found = false;
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const copyOf = (v: Record<string, unknown> | unknown[]) => {
    let copy = copies.get(v);
    if (copy === undefined) {
      copy = Array.isArray(v)
        ? new Array<unknown>(v.length)
        : (Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>);
      copies.set(v, copy);
      stack.push(v);
    }
    return copy;
  };
  const stack: Array<Record<string, unknown> | unknown[]> = [];
  const root = copyOf(value);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const copy = copies.get(node) as Record<string, unknown>;
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === "bigint") {
        found = true;
        copy[key] = nearestNumber(child);
      } else copy[key] = isPlainContainer(child) ? copyOf(child) : child;
    }
  }
  return found ? root : undefined;
}

/**
 * Whether a BigInt is anywhere inside `value`'s plain objects and arrays: a walk that copies
 * nothing, so that an invalid value without BigInts (the usual case) costs no copy of itself.
 */
function holdsBigInt(value: Record<string, unknown> | unknown[]): boolean {
  const seen = new Set<object>([value]);
  const stack: Array<Record<string, unknown> | unknown[]> = [value];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === "bigint") return true;
      if (isPlainContainer(child) && !seen.has(child)) seen.add(child), stack.push(child);
    }
  }
  return false;
}
