/**
 * The media types the spec's requestBody lists for the run endpoint (`content: application/json`).
 * A test reads the bundled spec and fails if this drifts from it.
 */
export const REQUEST_MEDIA_TYPES: readonly string[] = ["application/json"];

/**
 * Why a request's `Content-Type` is not one the endpoint accepts, or undefined when it is. The
 * media type is compared without case and parameters (`application/json; charset=utf-8` is
 * JSON); a `charset` other than UTF-8 is refused, since JSON text is UTF-8 (RFC 8259). Other
 * `+json` types (`application/merge-patch+json`) are refused: the spec does not list them.
 */
export function unsupportedContentType(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === "")
    return `content-type must be ${REQUEST_MEDIA_TYPES.join(" or ")} (got none)`;
  const [type = "", ...params] = header.split(";");
  const mediaType = type.trim().toLowerCase();
  if (!REQUEST_MEDIA_TYPES.includes(mediaType))
    return `content-type must be ${REQUEST_MEDIA_TYPES.join(" or ")} (got '${header}')`;
  for (const param of params) {
    const [name = "", value = ""] = param.split("=");
    const charset = value
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    if (name.trim().toLowerCase() === "charset" && charset !== "utf-8" && charset !== "utf8") {
      return `content-type charset must be utf-8 (got '${header}')`;
    }
  }
  return undefined;
}

/**
 * Why a request's `Content-Encoding` is not one the endpoint accepts, or undefined when there is
 * none (or `identity`). The spec's request body is plain `application/json`: the mock, like the
 * API, does not inflate gzip or any other coding, so such a body is a 415 (RFC 9110 §15.5.16), not
 * a body that "is not valid JSON".
 */
export function unsupportedContentEncoding(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const codings = header
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return undefined;
  return `content-encoding '${header}' is not supported: send the JSON body uncompressed`;
}
