// The rules every header of a request follows, whoever gives it (the client's options, a call's
// `headers`, the API's header parameters, an openapi-fetch call's own), on both call paths.
import { ScenarioError } from "./errors.js";

// RFC 9110 field names (tokens), and values without CR, LF or NUL, of Latin-1 characters (fetch's ByteString).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[^\0\r\n\u0100-\uffff]*$/;

// The Fetch standard's forbidden request headers that belong to the connection and its framing.
// Given as options, undici refuses most of them on every call, a content-length shorter than the
// body hangs each call until its timeout, and a Host would name another server than baseUrl does.
const TRANSPORT_HEADER = /^(connection|content-length|expect|host|keep-alive|te|trailer|transfer-encoding|upgrade)$/i;

/** A header fetch would refuse, refused here with a ScenarioError naming it (never its value, which may be a token). */
export function checkHeader(name: string, value: unknown): void {
  if (!HEADER_NAME.test(name))
    throw new ScenarioError(`header name ${JSON.stringify(name)} is not a valid HTTP field name`);
  if (TRANSPORT_HEADER.test(name))
    throw new ScenarioError(`header ${name} refused: fetch manages it (the connection, Host and framing)`);
  if (typeof value !== "string" || !HEADER_VALUE.test(value)) {
    throw new ScenarioError(
      `header ${name}: the value must be a string without CR, LF, NUL or characters above U+00FF`,
    );
  }
}

/**
 * `given` added to `headers`, each checked (checkHeader) and lower-cased, so that a caller's
 * "Content-Type" replaces the one already there instead of being sent twice.
 */
export function setHeaders(
  headers: Record<string, string>,
  given: Record<string, unknown> | undefined,
): Record<string, string> {
  for (const [name, value] of Object.entries(given ?? {})) {
    checkHeader(name, value);
    headers[name.toLowerCase()] = value as string;
  }
  return headers;
}
