// How an answer is read and judged, for both call paths (workflows.* and the openapi-fetch client):
// the body within maxResponseBytes, as JSON or else as text, and a success only when it is a JSON object.
import { apiError } from "./errors.js";
import { readText } from "./read-body.js";

/** A JSON object (not an array, string, number or null): the only shape of a successful answer. */
export function isJsonObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The body as JSON when it is JSON, else the text. */
export function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The answer's body, read within `limit` bytes (else a ResponseTooLargeError): its JSON, else its text. */
export async function readAnswer(response: Response, limit: number): Promise<unknown> {
  return parseBody(await readText(response, limit));
}

/**
 * `body` when the call got what it expects: a JSON object, with `expected` true (by default, a 2xx
 * status). Anything else is thrown as the error for the answer's status (see apiError): a status
 * from 600 to 999, which fetch hands over, as an InternalServerError.
 */
export function expectedAnswer(response: Response, body: unknown, expected = response.ok): object {
  if (expected && isJsonObject(body)) return body;
  throw apiError(response.status, response.headers, body);
}
