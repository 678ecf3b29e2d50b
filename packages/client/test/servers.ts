import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer, type MockServerOptions } from "@scenario-api/mock-server";
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
/**
 * A loopback port nothing listens on, for "connection refused". It is taken below Linux's
 * ephemeral range (32768 and up), so no server the tests start on port 0 can be given it later:
 * a port freed from that range was handed to the next mock server and the refused case got a job.
 */
export async function freePort(): Promise<number> {
  for (let port = 20_000 + (process.pid % 5_000); ; port++) {
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (bound) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
}

export interface TestServer {
  /** `http://127.0.0.1:<port>/v1` */
  url: string;
  /** Every request received, in order. */
  seen: IncomingMessage[];
  server: Server;
  /** Resolves once the server has received `count` requests (for tests that act when a request arrived). */
  received(count?: number): Promise<void>;
}

/**
 * A bare node:http server on 127.0.0.1 (closed after the test) that records each request and
 * hands it to `handle` once its body has been read.
 */
export async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const seen: IncomingMessage[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const server = createServer((req, res) => {
    seen.push(req);
    for (const w of waiting.filter((w) => seen.length >= w.count)) w.resolve();
    req.resume();
    req.on("end", () => handle(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    seen,
    server,
    received: (count = 1) =>
      seen.length >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve })),
  };
}

/** A bare node:http server that records the raw requests and answers 200 with `answer`. */
export function rawServer(answer: unknown): Promise<TestServer> {
  return serve((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer)));
}

/** A server that records requests and never answers them (until the test ends). */
export function silentServer(): Promise<TestServer> {
  return serve(() => {});
}

/** A client for `baseUrl` with the test credentials. */
export function clientFor(baseUrl: string, options: ScenarioClientOptions = {}) {
  return createScenarioClient({ apiKey: KEY, apiSecret: SECRET, baseUrl, ...options });
}

/** Both call paths, as one function each, for tests that must hold on both. */
export type Client = ReturnType<typeof createScenarioClient>;
export const callPaths: Array<
  [
    string,
    (
      client: Client,
      options?: { workflowId?: string; body?: unknown; projectId?: string; signal?: AbortSignal },
    ) => Promise<unknown>,
  ]
> = [
  [
    "workflows.run",
    (client, { workflowId = "wf", body = {}, projectId, signal } = {}) =>
      client.workflows.run(
        workflowId,
        body as never,
        { ...(projectId !== undefined && { projectId }) },
        { ...(signal !== undefined && { signal }) },
      ),
  ],
  [
    "client.PUT",
    (client, { workflowId = "wf", body = {}, projectId, signal } = {}) =>
      client.PUT("/workflows/{workflowId}/run", {
        params: { path: { workflowId }, ...(projectId !== undefined && { query: { projectId } }) },
        body: body as never,
        ...(signal !== undefined && { signal }),
      }),
  ],
];

/** Waits for a promise to reject and returns the reason. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, got a result");
}
