import { ResponseTooLargeError } from "./errors.js";

/**
 * The whole body, or a ResponseTooLargeError as soon as it passes `limit` bytes (decoded, as
 * `fetch` hands them over: a small gzip body may inflate past the limit). Reading stops there, so
 * a huge or endless answer is never buffered.
 */
export async function readBytes(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  // A declared length is checked before reading, unless an encoding makes it the compressed size.
  if (Number(response.headers.get("content-length")) > limit && !response.headers.has("content-encoding")) {
    response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(response.status, limit);
  }
  const reader = response.body?.getReader();
  const chunks: Array<Uint8Array<ArrayBuffer>> = [];
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    size += chunk.value.byteLength;
    if (size > limit) {
      reader!.cancel().catch(() => {});
      throw new ResponseTooLargeError(response.status, limit);
    }
    chunks.push(chunk.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const utf8 = new TextDecoder();

/** The body as text (UTF-8, like `response.text()`), within `limit` bytes. */
export async function readText(response: Response, limit: number): Promise<string> {
  return utf8.decode(await readBytes(response, limit));
}
