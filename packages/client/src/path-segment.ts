import { ScenarioError } from "./errors.js";

/**
 * A value as one URL path segment. Empty, `.` and `..` are refused: URL parsing would drop or
 * climb them and send the request (with its credentials) to another endpoint.
 */
export function pathSegment(name: string, value: unknown): string {
  if (value === "" || value === "." || value === ".." || typeof value !== "string") {
    throw new ScenarioError(`${name} must be a string other than "", "." and ".."`);
  }
  return encodeURIComponent(value);
}
