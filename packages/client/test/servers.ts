import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer, type MockServer, type MockServerOptions } from "@scenario-api/mock-server";
import { createScenarioClient, type ScenarioClientOptions } from "@scenario-api/client";
import { afterEach } from "vitest";

export const KEY = "key-7f3a91d4";
export const SECRET = "secret-c2d8e4b6";

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A mock server (closed after the test) accepting KEY/SECRET, and a client for it with fast backoff. */
export async function setup(server: MockServerOptions = {}, client: ScenarioClientOptions = {}) {
  const mock = await startMockServer({ credentials: { apiKey: KEY, apiSecret: SECRET }, ...server });
  open.push(mock);
  const scenario = createScenarioClient({
    apiKey: KEY,
    apiSecret: SECRET,
    baseUrl: mock.url,
    ...client,
    retry: { initialDelayMs: 10, ...client.retry },
  });
  return { mock, client: scenario };
}

/** A port nothing listens on: bound once by us, then released. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A bare node:http server that records the raw requests and answers 200 with `answer`. */
export async function rawServer(answer: unknown): Promise<{ url: string; seen: IncomingMessage[]; server: Server }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push({ close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen, server };
}

/** Waits for a promise to reject and returns the reason. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, got a result");
}
