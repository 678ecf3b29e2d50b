import type { ValidationError } from "@scenario-api/schemas";
import { pointerToken } from "./json-pointer.js";

/** How deep a body may nest: far beyond any workflow's inputs, far below what recursion survives. */
export const MAX_BODY_DEPTH = 64;

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | undefined;
  key: string;
}

/**
 * The first object or array nested more than `max` levels deep in a parsed JSON value, as a
 * validation error at its JSON pointer. Walks with an explicit stack, not recursion: a body nested
 * 100,000 deep is what it must answer for without overflowing the call stack (validators,
 * `JSON.stringify` and `structuredClone` recurse).
 */
export function tooDeep(value: unknown, max = MAX_BODY_DEPTH): ValidationError | undefined {
  const stack: Visit[] = [{ value, depth: 0, parent: undefined, key: "" }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.value === null || typeof visit.value !== "object") continue;
    if (visit.depth >= max) {
      const tokens: string[] = [];
      for (let v: Visit | undefined = visit; v?.parent !== undefined; v = v.parent) tokens.push(pointerToken(v.key));
      return {
        path: tokens
          .reverse()
          .map((t) => `/${t}`)
          .join(""),
        message: `must not nest more than ${max} levels deep`,
      };
    }
    for (const [key, child] of Object.entries(visit.value))
      stack.push({ value: child, depth: visit.depth + 1, parent: visit, key });
  }
  return undefined;
}
