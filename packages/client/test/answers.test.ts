import { gzipSync } from "node:zlib";
import type { ServerResponse } from "node:http";
import { describe, expect, test } from "vitest";
import { ResponseTooLargeError, ScenarioApiError, ScenarioError } from "@scenario-api/client";
import { callPaths, clientFor, rejection, serve } from "./servers.js";

const ok = { job: { jobId: "job_1", status: "queued" }, workflow: { id: "wf" } };
const MiB = 1024 * 1024;
// 64 MiB of spaces, gzipped (about 64 kB): made once, for both call paths.
let zipped64MiB: Buffer | undefined;

/** Writes `chunk` until `total` bytes are out or the client goes away; resolves to the bytes written. */
function stream(res: ServerResponse, chunk: Buffer, total: number): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    const more = () => {
      while (written < total && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", more);
      }
      if (written >= total) res.end();
    };
    res.on("close", () => resolve(written));
    more();
  });
}

describe.each(callPaths)("%s", (_, call) => {
  test.each([
    ["an array", []],
    ["a string", "queued"],
    ["a number", 1],
    ["null", null],
    ["true", true],
  ])("a 200 whose body is %s is a ScenarioApiError, not a success", async (_, body) => {
    const server = await serve((_, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)),
    );
    const error = await rejection(call(clientFor(server.url)));
    expect(error).toBeInstanceOf(ScenarioApiError);
    expect(error).toMatchObject({ status: 200, body });
  });

  test("a 200 whose body is not JSON is a ScenarioApiError", async () => {
    const server = await serve((_, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end("<html>maintenance</html>"),
    );
    expect(await rejection(call(clientFor(server.url)))).toMatchObject({
      name: "ScenarioApiError",
      status: 200,
      message: "200 non-JSON body",
    });
  });

  test("an answer of exactly maxResponseBytes is read; one byte less is too large", async () => {
    const text = JSON.stringify(ok);
    const server = await serve((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(text));
    await expect(call(clientFor(server.url, { maxResponseBytes: text.length }))).resolves.toBeTruthy();
    const error = await rejection(call(clientFor(server.url, { maxResponseBytes: text.length - 1 })));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, limit: text.length - 1 });
  });

  const large: Array<[string, { limit?: number; send: (res: ServerResponse) => Promise<number>; total: number }]> = [
    [
      "a chunked answer that never ends (within 64 MiB)",
      {
        limit: MiB,
        total: 64 * MiB,
        send: (res) => (
          res.writeHead(200, { "content-type": "application/json" }),
          stream(res, Buffer.alloc(64 * 1024, 0x20), 64 * MiB)
        ),
      },
    ],
    [
      "a declared Content-Length over the default limit of 32 MiB",
      {
        total: 40 * MiB,
        send: (res) => (
          res.writeHead(200, { "content-type": "application/json", "content-length": 40 * MiB }),
          stream(res, Buffer.alloc(64 * 1024, 0x20), 40 * MiB)
        ),
      },
    ],
    [
      "a small gzip body that inflates to 64 MiB",
      {
        limit: MiB,
        total: 0,
        send: (res) => {
          zipped64MiB ??= gzipSync(Buffer.alloc(64 * MiB, 0x20));
          const zipped = zipped64MiB;
          res
            .writeHead(200, {
              "content-type": "application/json",
              "content-encoding": "gzip",
              "content-length": zipped.length,
            })
            .end(zipped);
          return Promise.resolve(zipped.length);
        },
      },
    ],
  ];
  test.each(large)(
    "%s: ResponseTooLargeError, and the client stops reading early",
    async (_, { limit, send, total }) => {
      let written: Promise<number> | undefined;
      const server = await serve((_, res) => {
        written = send(res);
      });
      const error = await rejection(
        call(clientFor(server.url, limit === undefined ? {} : { maxResponseBytes: limit })),
      );
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as Error).message).toMatch(/too large/);
      expect(error).toMatchObject({ status: 200, limit: limit ?? 32 * MiB });
      // The server saw the connection close long before it could write everything.
      if (total > 0) expect(await written).toBeLessThan(total / 2);
      expect(server.seen).toHaveLength(1);
    },
  );
});
