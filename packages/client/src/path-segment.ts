import { ScenarioError } from "./errors.js";

/** `value` percent-encoded; a lone surrogate (no UTF-8 form) is a ScenarioError naming `name`, not a URIError. */
export function wellFormed(name: string, value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // The URIError would not say which value (and the value may be a credential).
    throw new ScenarioError(`${name} is not well-formed Unicode (it holds a lone surrogate)`);
  }
}

/**
 * A value as one URL path segment. Empty, `.` and `..` are refused: URL parsing would drop or
 * climb them and send the request (with its credentials) to another endpoint.
 */
export function pathSegment(name: string, value: unknown): string {
  if (value === "" || value === "." || value === ".." || typeof value !== "string") {
    throw new ScenarioError(`${name} must be a string other than "", "." and ".."`);
  }
  return wellFormed(name, value);
}
