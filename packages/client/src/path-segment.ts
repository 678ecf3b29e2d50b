import { ScenarioError } from "./errors.js";

/**
 * A value as one URL path segment. Empty, `.` and `..` are refused: URL parsing would drop or
 * climb them and send the request (with its credentials) to another endpoint.
 */
export function pathSegment(name: string, value: unknown): string {
  if (value === "" || value === "." || value === ".." || typeof value !== "string") {
    throw new ScenarioError(`${name} must be a string other than "", "." and ".."`);
  }
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate has no UTF-8 form; the URIError would not say which value.
    throw new ScenarioError(`${name} is not well-formed Unicode`);
  }
}
