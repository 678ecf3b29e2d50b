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
