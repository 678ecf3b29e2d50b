import type { JsonObject } from "./json-object.js";

/**
 * A Redocly rule whose visitor is built anew after every `every` visitor calls.
 *
 * Redocly's example rules (no-invalid-media-type-examples and the like) keep one ajv instance
 * per lint with every schema compiled so far. On a spec with 1,000 operations that cache
 * held about a gigabyte at the end of the lint (the bundle step peaked at 2.5 GB RSS) and made
 * the garbage collector rescan it again and again. Renewing the visitor lets each instance go;
 * the cost is compiling again a schema that media types on both sides of a renewal share.
 *
 * Only for rules whose sole state across visits is such a cache: a rule that pairs an
 * `enter` with a later `leave` through its state would see the pair split.
 */
type Rule = (options: never) => unknown;

export function renewedEvery<R extends Rule>(rule: R, every: number): R {
  const renewed = (options: never) => {
    let current = rule(options);
    let calls = 0;
    const at = (path: string[]) => path.reduce<unknown>((node, key) => (node as JsonObject)[key], current);
    // The same shape as the rule's visitor, every function calling the current visitor's.
    const delegate = (node: unknown, path: string[]): unknown => {
      if (typeof node === "function") {
        return (...args: unknown[]) => {
          if (++calls > every) {
            current = rule(options);
            calls = 1;
          }
          return (at(path) as (...a: unknown[]) => unknown)(...args);
        };
      }
      if (node !== null && typeof node === "object" && !Array.isArray(node)) {
        return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, delegate(value, [...path, key])]));
      }
      return node;
    };
    return delegate(current, []);
  };
  return renewed as R;
}
