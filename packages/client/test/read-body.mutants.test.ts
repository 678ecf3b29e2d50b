// How an answer's body is read within maxResponseBytes (read-body.ts), where the mutation run
// (bench/mutation) found the boundaries untested: a declared length of exactly the limit, a
// compressed length over it (the limit is on decoded bytes), and a body that arrives in pieces.
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { ResponseTooLargeError } from "@scenario-api/client";
import { callPaths, clientFor, rejection, serve } from "./servers.js";

const ok = '{"job":{"jobId":"job_1"},"workflow":{"id":"wf"}}';

/** A fetch answering 200 with `pieces` as separate chunks of the body stream, as a slow network would. */
function chunkedFetch(pieces: string[]) {
  return () =>
    Promise.resolve(
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
            controller.close();
          },
        }),
        { status: 200, headers: { "content-type": "application/json" } },
      ),
    );
}
/** `ok` in three pieces of about a third each. */
const thirds = [ok.slice(0, 15), ok.slice(15, 30), ok.slice(30)];

describe.each(callPaths)("%s", (_, call) => {
  test("a declared Content-Length of exactly maxResponseBytes is read", async () => {
    const server = await serve((_, res) =>
      res.writeHead(200, { "content-type": "application/json", "content-length": ok.length }).end(ok),
    );
    await expect(call(clientFor(server.url, { maxResponseBytes: ok.length }))).resolves.toBeTruthy();
  });

  test("a gzip answer whose compressed length is over maxResponseBytes but whose JSON is not is read", async () => {
    const zipped = gzipSync(ok);
    expect(zipped.length).toBeGreaterThan(ok.length);
    const server = await serve((_, res) =>
      res
        .writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
          "content-length": zipped.length,
        })
        .end(zipped),
    );
    await expect(call(clientFor(server.url, { maxResponseBytes: ok.length }))).resolves.toBeTruthy();
  });

  test("a body that arrives in pieces is read whole", async () => {
    const client = clientFor("https://api.example.com/v1", { fetch: chunkedFetch(thirds) });
    const result = (await call(client)) as { job?: unknown; data?: { job: unknown } };
    expect(result.data?.job ?? result.job).toEqual({ jobId: "job_1" });
  });

  test("pieces that together pass maxResponseBytes are too large, though each is under it", async () => {
    const client = clientFor("https://api.example.com/v1", { fetch: chunkedFetch(thirds), maxResponseBytes: 40 });
    const error = await rejection(call(client));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, limit: 40 });
  });
});
