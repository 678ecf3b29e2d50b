import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkInputs, type InputRule } from "./check-inputs.js";
import { unsupportedContentEncoding, unsupportedContentType } from "./content-type.js";
import { tooDeep } from "./nesting-depth.js";
import { readBody } from "./read-body.js";
import { responseExamples } from "./generated/spec-examples.js";
import { validateRunWorkflowRequest, type ValidationError } from "@scenario-api/schemas";
import {
  pointerToDots,
  validateRunWorkflowHeaders,
  validateRunWorkflowPath,
  validateRunWorkflowQuery,
} from "./validate-request.js";

/** The credentials the mock accepts unless told otherwise. */
export const DEFAULT_CREDENTIALS = Object.freeze({ apiKey: "test-key", apiSecret: "test-secret" });

/** The path prefix of the API, as in the real base URL `https://api.cloud.scenario.com/v1`. */
export const BASE_PATH = "/v1";

/** What the mock saw of one request. */
export interface RecordedRequest {
  method: string;
  /** The request target exactly as sent, query included (`/v1/workflows/a%2Fb/run?dryRun=true`). */
  rawUrl: string;
  /** The raw path, without the query (still percent-encoded). */
  path: string;
  /** The decoded workflowId when the path is the run endpoint's, else undefined. */
  workflowId: string | undefined;
  query: Record<string, string>;
  /** Lower-cased names; `authorization` is replaced by "[REDACTED]". */
  headers: Record<string, string>;
  /**
   * The body parsed as JSON, the raw text when it is not JSON (decoded as UTF-8, U+FFFD in place of
   * invalid bytes), undefined when empty or over `maxBodyBytes` (not read).
   */
  body: unknown;
  /** `performance.now()` when the request arrived, to measure gaps between requests. */
  receivedAt: number;
}

/** A forced answer. With no `status`, the request is delayed (`delayMs`) and then handled normally. */
export interface ScenarioReply {
  /** A final status, 200..999 (see {@link MIN_FORCED_STATUS}). */
  status?: number;
  /** An object is sent as JSON; a string as is (text/html when it starts with "<"). Default: the spec's example error body for `status`. */
  body?: unknown;
  headers?: Record<string, string>;
  /** 0..{@link MAX_DELAY_MS}. */
  delayMs?: number;
  /** Destroy the connection without answering. */
  hangUp?: boolean;
}

export type Scenario = (request: RecordedRequest) => ScenarioReply | undefined | Promise<ScenarioReply | undefined>;

export interface MockServerOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Added before every answer, 0..{@link MAX_DELAY_MS}. */
  latencyMs?: number;
  /** Accepted credentials (default {@link DEFAULT_CREDENTIALS}). */
  credentials?: { apiKey: string; apiSecret: string };
  /** Workflow ids that exist (others get 404). Default: every id except those starting with "missing". */
  workflows?: readonly string[] | ((workflowId: string) => boolean);
  /**
   * After `limit` authenticated requests (a whole number >= 0) in a window of `windowMs` (> 0,
   * default 60 s), answer 429 with Retry-After. Default: no limit. Anything else is refused: a
   * `windowMs` of 0 or a `limit` of NaN would otherwise turn the limit off without a word.
   */
  rateLimit?: { limit: number; windowMs?: number };
  /** The `estimatedCost` of dry runs (default: the spec's example). */
  estimatedCost?: number;
  /** Keep every request in `requests` (default true; the CLI, which runs for long, does not). */
  record?: boolean;
  /**
   * Called for every request whose credentials are accepted, before any other check; return a reply
   * to force it (see README for the `mock:` workflow-id convention, which comes at the same point).
   */
  scenario?: Scenario;
  /** The largest request body read, in bytes (default 1 MiB); a larger one is answered 413 without being read. */
  maxBodyBytes?: number;
}

/**
 * The longest delay (`mock:slow:<ms>`, `delayMs`, `latencyMs`): 2^31 - 1 ms, about 24.8 days, the
 * most a Node timer holds. A longer timer fires at once, so a longer delay is refused, not clamped:
 * a test that asked for "slower than any timeout" must not get an instant answer, nor a silently
 * different wait.
 */
export const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The lowest status a forced answer may have. A 1xx is an interim response that HTTP sends before
 * the final one, never as the answer: a client given one as final hangs or misreads the exchange,
 * which tests nothing the real API does. 600..999 are allowed (Node's limit), to test how a
 * client handles a status outside the standard range.
 */
export const MIN_FORCED_STATUS = 200;

/** The default of {@link MockServerOptions.maxBodyBytes}: 1 MiB, many times a run's inputs. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface MockServer {
  /** The base URL to give a client: `http://127.0.0.1:<port>/v1`. */
  url: string;
  port: number;
  /** Every request received, in arrival order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function example(status: number): Record<string, unknown> | undefined {
  const byName = responseExamples[String(status)];
  return byName ? (Object.values(byName)[0] as Record<string, unknown>) : undefined;
}

/** The spec's example error body for a status, or an ApiError of the same shape. */
export function errorBody(status: number, message?: string): Record<string, unknown> {
  const base = example(status) ?? {
    statusCode: status,
    error: STATUS_TEXT[status] ?? "Error",
    message: STATUS_TEXT[status] ?? "Error",
  };
  return message === undefined ? { ...base } : { ...base, message };
}

const QUEUED = responseExamples["200"]!.RunWorkflowQueuedResponse as {
  job: Record<string, unknown> & { metadata: Record<string, unknown>; statusHistory: Array<Record<string, unknown>> };
  workflow: Record<string, unknown> & { inputs: InputRule[] };
};

const ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `job_` + 25 random base-62 characters, like the example's `job_ocZCnG1Df35XRL1QyCZSRxAG8`. */
function newJobId(): string {
  let id = "job_";
  for (const byte of randomBytes(25)) id += ID_ALPHABET[byte % 62];
  return id;
}

/** The spec's queued-job example, made this request's: new job id, current timestamps, its workflow id and input. */
export function queuedResponse(
  workflowId: string,
  input: Record<string, unknown>,
  now = new Date(),
): Record<string, unknown> {
  const { job, workflow } = structuredClone(QUEUED);
  const at = now.toISOString();
  job.jobId = newJobId();
  job.createdAt = at;
  job.updatedAt = at;
  job.statusHistory = [{ date: at, status: "queued" }];
  job.metadata.workflowId = workflowId;
  job.metadata.input = input;
  workflow.id = workflowId;
  return { job, workflow };
}

// `mock:<status>[:html|:empty]`, `mock:slow:<ms>`, `mock:hangup`: forced answers chosen by workflow id,
// for clients in any language.
// A directive the mock cannot honour (a 1xx, a delay past MAX_DELAY_MS) is answered 400 with why.
export function directiveReply(workflowId: string | undefined): ScenarioReply | undefined {
  const m = /^mock:(?:(\d{3})(?::(html|empty))?|slow:(\d+)|(hangup))$/.exec(workflowId ?? "");
  if (!m) return undefined;
  if (m[3]) {
    const shown = m[3].length > 20 ? `${m[3].slice(0, 20)}...` : m[3];
    const refused = delayProblem(`mock:slow:${shown}`, Number(m[3]));
    return refused ? { status: 400, body: errorBody(400, refused) } : { delayMs: Number(m[3]) };
  }
  if (m[4]) return { hangUp: true };
  const status = Number(m[1]);
  const refused = statusProblem(`mock:${m[1]}`, status);
  if (refused) return { status: 400, body: errorBody(400, refused) };
  if (m[2] === "html")
    return {
      status,
      body: `<html><head><title>${status}</title></head><body><h1>${status} ${STATUS_TEXT[status] ?? ""}</h1></body></html>`,
    };
  if (m[2] === "empty") return { status, body: "" };
  return { status };
}

/** Why `ms` cannot be a delay, or undefined when it can. */
function delayProblem(what: string, ms: number): string | undefined {
  if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_DELAY_MS) return undefined;
  return `${what}: a delay must be 0..${MAX_DELAY_MS} ms (about 24.8 days, the longest a timer holds)`;
}

/** Why `status` cannot be a forced answer's, or undefined when it can. */
function statusProblem(what: string, status: number): string | undefined {
  if (Number.isInteger(status) && status >= MIN_FORCED_STATUS && status <= 999) return undefined;
  return `${what}: a forced answer's status must be ${MIN_FORCED_STATUS}..999 (a 1xx is an interim response, never the final answer)`;
}

function credentialsMatch(header: string | undefined, expected: { apiKey: string; apiSecret: string }): boolean {
  const m = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header ?? "");
  if (!m) return false;
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 && decoded.slice(0, colon) === expected.apiKey && decoded.slice(colon + 1) === expected.apiSecret;
}

const formatErrors = (where: string, errors: ValidationError[]) =>
  errors.map((e) => `${where}${pointerToDots(e.path)} ${e.message}`).join("; ");

// Browsers on another origin may call the mock: the API's clients send Authorization, not cookies.
const CORS = { "access-control-allow-origin": "*", "access-control-expose-headers": "retry-after, x-request-id" };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new TypeError(
      `startMockServer: maxBodyBytes must be a whole number of bytes >= 0, got ${String(maxBodyBytes)}`,
    );
  }
  const latencyProblem = options.latencyMs === undefined ? undefined : delayProblem("latencyMs", options.latencyMs);
  if (latencyProblem) throw new TypeError(`startMockServer: ${latencyProblem}, got ${String(options.latencyMs)}`);
  if (options.rateLimit) {
    const { limit, windowMs } = options.rateLimit;
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new TypeError(
        `startMockServer: rateLimit.limit must be a whole number of requests >= 0, got ${String(limit)}`,
      );
    }
    if (windowMs !== undefined && !(Number.isFinite(windowMs) && windowMs > 0)) {
      throw new TypeError(
        `startMockServer: rateLimit.windowMs must be a number of milliseconds > 0, got ${String(windowMs)}`,
      );
    }
  }
  const exists =
    typeof options.workflows === "function"
      ? options.workflows
      : options.workflows
        ? (
            (ids: ReadonlySet<string>) => (id: string) =>
              ids.has(id)
          )(new Set(options.workflows))
        : (id: string) => !id.startsWith("missing");
  const requests: RecordedRequest[] = [];
  let rateWindow = { start: Number.NEGATIVE_INFINITY, count: 0 };
  let served = 0;

  async function reply(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<void> {
    if (options.latencyMs) await wait(options.latencyMs);
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const type =
      typeof body === "string"
        ? body.startsWith("<")
          ? "text/html; charset=utf-8"
          : "text/plain; charset=utf-8"
        : "application/json; charset=utf-8";
    res.writeHead(status, {
      ...CORS,
      "content-type": type,
      "x-request-id": `req_${++served}_${randomBytes(6).toString("hex")}`,
      ...headers,
    });
    res.end(text);
  }

  /**
   * Answers one request; `rawBody` is undefined when the body was over `maxBodyBytes` and not
   * read; `utf8` is false when its bytes are not valid UTF-8.
   */
  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    rawBody: string | undefined,
    utf8: boolean,
  ): Promise<void> {
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = Object.fromEntries(new URLSearchParams(q < 0 ? "" : rawUrl.slice(q + 1)));
    const segments = path.split("/");
    const isRun =
      segments.length === 5 && `/${segments[1]}` === BASE_PATH && segments[2] === "workflows" && segments[4] === "run";
    let workflowId: string | undefined;
    let badEncoding = false;
    if (isRun) {
      try {
        workflowId = decodeURIComponent(segments[3]!);
      } catch {
        badEncoding = true;
      }
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      headers[name] = name === "authorization" ? "[REDACTED]" : Array.isArray(value) ? value.join(", ") : String(value);
    }
    let body: unknown;
    let bodyIsJson = rawBody === "";
    if (rawBody !== undefined && rawBody !== "") {
      try {
        body = JSON.parse(rawBody);
        bodyIsJson = true;
      } catch {
        body = rawBody;
      }
    }
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      rawUrl,
      path,
      workflowId,
      query,
      headers,
      body,
      receivedAt: performance.now(),
    };
    if (options.record !== false) requests.push(recorded);

    // Before credentials, as a front end refuses an oversized body before the API sees it. The rest
    // of the body is not read, so the connection cannot be reused: close it.
    if (rawBody === undefined) {
      return reply(res, 413, errorBody(413, `body is larger than the limit of ${maxBodyBytes} bytes`), {
        connection: "close",
      });
    }

    // Credentials first, as the real API does: a forced answer is for a caller that authenticated.
    if (!credentialsMatch(req.headers.authorization, credentials)) {
      return reply(res, 401, errorBody(401), { "www-authenticate": 'Basic realm="Scenario API"' });
    }
    const forced = (await options.scenario?.(recorded)) ?? directiveReply(workflowId);
    // A hook's mistake is the test author's: a 500 that says what is wrong (see `fail`).
    const forcedProblem =
      (forced?.delayMs !== undefined && delayProblem("scenario delayMs", forced.delayMs)) ||
      (forced?.status !== undefined && statusProblem("scenario status", forced.status));
    if (forcedProblem) throw new TypeError(forcedProblem);
    if (forced?.delayMs) await wait(forced.delayMs);
    if (forced?.hangUp) {
      req.socket.destroy();
      return;
    }
    if (forced?.status !== undefined) {
      return reply(res, forced.status, forced.body ?? errorBody(forced.status), forced.headers);
    }

    if (!isRun || req.method !== "PUT") return reply(res, 404, errorBody(404, `Cannot ${req.method} ${path}`));
    if (options.rateLimit) {
      const now = performance.now();
      const windowMs = options.rateLimit.windowMs ?? 60_000;
      if (now - rateWindow.start >= windowMs) rateWindow = { start: now, count: 0 };
      if (++rateWindow.count > options.rateLimit.limit) {
        const retryAfter = Math.max(1, Math.ceil((rateWindow.start + windowMs - now) / 1000));
        return reply(res, 429, errorBody(429), { "retry-after": String(retryAfter) });
      }
    }
    if (badEncoding) return reply(res, 400, errorBody(400, "path.workflowId is not valid percent-encoding"));
    const pathCheck = validateRunWorkflowPath({ workflowId });
    if (!pathCheck.valid) return reply(res, 400, errorBody(400, formatErrors("path", pathCheck.errors)));
    const queryCheck = validateRunWorkflowQuery(query);
    if (!queryCheck.valid) return reply(res, 400, errorBody(400, formatErrors("query", queryCheck.errors)));
    const headerCheck = validateRunWorkflowHeaders(headers);
    if (!headerCheck.valid) return reply(res, 400, errorBody(400, formatErrors("header", headerCheck.errors)));
    const contentType = req.headers["content-type"];
    // No content-type and no body is a missing body (400 below), not a wrong media type.
    if (contentType !== undefined || rawBody !== "") {
      const unsupported = unsupportedContentType(contentType);
      if (unsupported) return reply(res, 415, errorBody(415, unsupported));
    }
    const encoding = unsupportedContentEncoding(req.headers["content-encoding"]);
    // RFC 9110 §15.5.16: a 415 for a content coding says which codings would do.
    if (encoding) return reply(res, 415, errorBody(415, encoding), { "accept-encoding": "identity" });
    // JSON text is UTF-8 (RFC 8259): bad bytes would otherwise reach the run as U+FFFD.
    if (!utf8) return reply(res, 400, errorBody(400, "body is not valid UTF-8"));
    if (!bodyIsJson) return reply(res, 400, errorBody(400, "body is not valid JSON"));
    // The spec marks the request body required; the client sends {} when there are no inputs.
    if (body === undefined)
      return reply(res, 400, errorBody(400, "body is required: a JSON object of the workflow's inputs"));
    const deep = tooDeep(body);
    if (deep) return reply(res, 400, errorBody(400, formatErrors("body", [deep])));
    const bodyCheck = validateRunWorkflowRequest(body);
    if (!bodyCheck.valid) return reply(res, 400, errorBody(400, formatErrors("body", bodyCheck.errors)));
    const id = pathCheck.value.workflowId;
    if (!exists(id)) return reply(res, 404, errorBody(404, `Workflow ${id} not found`));
    const inputErrors = checkInputs(QUEUED.workflow.inputs, bodyCheck.value);
    if (inputErrors.length > 0) return reply(res, 400, errorBody(400, formatErrors("body", inputErrors)));
    if ("dryRun" in query && query.dryRun !== "false") {
      return reply(res, 402, {
        ...errorBody(402),
        ...(options.estimatedCost !== undefined && { estimatedCost: options.estimatedCost }),
      });
    }
    return reply(res, 200, queuedResponse(id, bodyCheck.value));
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      // A CORS preflight: allowed, and not recorded (it is the browser's, not the client's).
      res.writeHead(204, {
        ...CORS,
        "access-control-allow-methods": "PUT, GET, POST, DELETE, OPTIONS",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    const read = await readBody(req, maxBodyBytes);
    if (read.kind === "aborted") return; // the client went away: no one to answer
    if (read.kind === "text") await handle(req, res, read.text, read.utf8);
    else await handle(req, res, undefined, true);
  }

  // No request may take the process down (with startMockServer, that is the caller's test runner):
  // anything thrown while answering becomes a 500, or a closed connection once headers are out.
  function fail(res: ServerResponse, error: unknown): void {
    try {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const message = `mock server failure: ${error instanceof Error ? error.message : String(error)}`;
      res.writeHead(500, { ...CORS, "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(errorBody(500, message)));
    } catch {
      res.destroy();
    }
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => fail(res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep backlog: the 1,000-concurrent-runs test and benchmarks connect all at once.
    server.listen({ port: options.port ?? 0, host: "127.0.0.1", backlog: 4096 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
