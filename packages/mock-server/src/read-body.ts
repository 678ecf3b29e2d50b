import { isUtf8 } from "node:buffer";
import type { IncomingMessage } from "node:http";

/**
 * A request body read up to a limit: its text (with `utf8: false` when the bytes are not valid
 * UTF-8, decoded with U+FFFD in place of each bad sequence), or why there is none to handle.
 */
export type BodyRead = { kind: "text"; text: string; utf8: boolean } | { kind: "too-large" } | { kind: "aborted" };

/**
 * Reads a request body, keeping at most `limit` bytes. Past the limit it stops reading: TCP then
 * holds the sender back, so a body of any size costs at most `limit` bytes of memory and the
 * sender cannot push the rest (the connection is closed once answered; Node's requestTimeout ends
 * one whose client never leaves). A `Content-Length` over the limit is refused before any byte is
 * read. Never rejects: a client that goes away mid-body gives `aborted`.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ kind: "too-large" });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.pause();
      chunks.length = 0;
      resolve({ kind: "too-large" });
    };
    req.on("data", onData);
    req.once("end", () => {
      const bytes = Buffer.concat(chunks);
      // toString alone would replace bad bytes silently, and the body would parse as JSON it is not.
      resolve({ kind: "text", text: bytes.toString("utf8"), utf8: isUtf8(bytes) });
    });
    // After "end" this changes nothing (a promise settles once); before it, the client went away.
    req.once("close", () => resolve({ kind: "aborted" }));
    req.once("error", () => resolve({ kind: "aborted" }));
  });
}
