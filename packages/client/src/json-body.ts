import { ScenarioError } from "./errors.js";

/** The request body as JSON; a BigInt, a cycle or a throwing `toJSON` is a ScenarioError saying so. */
export function jsonBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ScenarioError(`body cannot be sent as JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
