// The contract every runtime is held to: one table, run by every runtime's driver. Each case has
// its own mock server in the test process; the call is data (see plan.ts) that the runtime makes
// with the built client; the check reads what the runtime reported and what the mock received.
import { expect } from "vitest";
import type { MockServerOptions, RecordedRequest, ScenarioReply } from "@scenario-api/mock-server";
import type { CallSpec, ErrorReport, Outcome } from "./plan.js";

export const KEY = "key-7f3a91d4";
export const SECRET = "secret-c2d8e4b6";
// Not ASCII, and a colon in the secret: Basic auth must be base64 of the UTF-8 bytes, split at the first colon.
const ODD_KEY = "clé-4b2e";
const ODD_SECRET = "sécret:9d1f";
const WRONG_SECRET = "wrong-secret-5e1f83";
// Every character that must not stay as it is in a path segment.
const ODD_ID = "wf/é ?#%";

/** What differs from one runtime to another, and what the contract expects of each. */
export interface RuntimeFacts {
  /** Where credentials come from when none are passed (undefined: nowhere, the options are needed). */
  credentialsFrom: string | undefined;
  /** What the missing-credentials error says there, when the environment cannot give them. */
  missingCredentials: RegExp;
  /** The runtime's own error for a refused connection, as the cause's code or message. */
  refused: RegExp;
  /** Whether that error is recognisable as "nothing was sent" (and so retried). */
  retriesRefused: boolean;
  /**
   * Whether the runtime itself sends a request again when the connection drops before the answer
   * (Chromium does on a kept-alive connection, here the CORS preflight's); the client never does.
   */
  resendsDroppedRequest: boolean;
  /** Whether the client sends its User-Agent (not in browsers, where CORS would have to allow it). */
  sendsUserAgent: boolean;
  /**
   * How the contract turns logging on at debug: `SCENARIO_LOG=debug` where the runtime has an
   * environment the client reads, the `logLevel` option elsewhere; undefined where neither applies
   * (Deno without --allow-env: the variable is unreadable, so nothing is logged).
   */
  logLevelFrom: "SCENARIO_LOG" | "logLevel" | undefined;
}

/** Every credential the contract uses, and their Basic tokens: none may appear in any log entry. */
export const CREDENTIALS = [
  KEY,
  SECRET,
  ODD_KEY,
  ODD_SECRET,
  WRONG_SECRET,
  ...[`${KEY}:${SECRET}`, `${KEY}:${WRONG_SECRET}`, `${ODD_KEY}:${ODD_SECRET}`].map((pair) =>
    Buffer.from(pair).toString("base64"),
  ),
  "Basic ",
];

/** The entries without what varies from run to run (durations, the mock's request ids). */
function steady(logs: Outcome["logs"]): unknown[] {
  return logs.map(([level, message, { durationMs: _, requestId: __, ...fields }]) => [level, message, fields]);
}

/** The test-side things a case can use: its mock's URL, a port nothing listens on, a gate. */
export interface CaseContext {
  mockUrl: string;
  refusedUrl: string;
  /** A URL whose GET answers once `openGate()` is called. */
  gateUrl: string;
  openGate(): void;
  /** A reply that comes only when the test is over: a server that never answers. */
  never: Promise<ScenarioReply>;
}

export interface ContractCase {
  name: string;
  /** This case's mock server options (credentials KEY/SECRET unless set). */
  mock?(ctx: Omit<CaseContext, "mockUrl">): MockServerOptions;
  call(ctx: CaseContext): CallSpec;
  check(outcome: Outcome, requests: RecordedRequest[], runtime: RuntimeFacts): void;
}

const withKey = (baseUrl: string, extra: Partial<CallSpec["client"]> = {}): CallSpec["client"] => ({
  apiKey: KEY,
  apiSecret: SECRET,
  baseUrl,
  ...extra,
});

function value(outcome: Outcome): Record<string, unknown> & { job?: { status?: unknown } } {
  if (!outcome.ok)
    throw new Error(
      `expected an answer, got ${outcome.error.name}: ${outcome.error.message}\n${outcome.error.printed}`,
    );
  return outcome.value as Record<string, unknown>;
}

function error(outcome: Outcome): ErrorReport {
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value).slice(0, 200)}`);
  return outcome.error;
}

function queuedRun(requests: RecordedRequest[], rawUrl: string, runtime: RuntimeFacts): void {
  expect(requests.map((r) => [r.method, r.rawUrl])).toEqual([["PUT", rawUrl]]);
  const headers = requests[0]!.headers;
  expect(headers["content-type"]).toBe("application/json");
  expect(headers.authorization).toBe("[REDACTED]");
  expect(headers["user-agent"]?.startsWith("scenario-api-client/") ?? false).toBe(runtime.sendsUserAgent);
}

export const contract: ContractCase[] = [
  {
    name: "run: the queued job",
    call: ({ mockUrl }) => ({ kind: "run", workflowId: "wf_contract", body: {}, client: withKey(mockUrl) }),
    check(outcome, requests, runtime) {
      expect(value(outcome).job?.status).toBe("queued");
      queuedRun(requests, "/v1/workflows/wf_contract/run", runtime);
      expect(requests[0]!.body).toEqual({});
    },
  },
  {
    name: "estimate: the dry run's price from the 402 answer",
    mock: () => ({ estimatedCost: 37 }),
    call: ({ mockUrl }) => ({ kind: "estimate", workflowId: "wf_contract", client: withKey(mockUrl) }),
    check(outcome, requests) {
      expect(value(outcome).estimatedCost).toBe(37);
      expect(requests.map((r) => r.rawUrl)).toEqual(["/v1/workflows/wf_contract/run?dryRun=true"]);
    },
  },
  {
    name: "openapi-fetch PUT: the same run through the typed client",
    call: ({ mockUrl }) => ({ kind: "put", workflowId: "wf_contract", client: withKey(mockUrl) }),
    check(outcome, requests, runtime) {
      expect(value(outcome).job?.status).toBe("queued");
      queuedRun(requests, "/v1/workflows/wf_contract/run", runtime);
    },
  },
  {
    name: "auth header: Basic of the UTF-8 key and secret (a colon in the secret)",
    mock: () => ({ credentials: { apiKey: ODD_KEY, apiSecret: ODD_SECRET } }),
    call: ({ mockUrl }) => ({
      kind: "run",
      workflowId: "wf_contract",
      client: { apiKey: ODD_KEY, apiSecret: ODD_SECRET, baseUrl: mockUrl },
    }),
    // The mock answers 401 unless the header decodes to exactly this key and secret.
    check(outcome, requests) {
      expect(value(outcome).job?.status).toBe("queued");
      expect(requests).toHaveLength(1);
    },
  },
  {
    name: "percent-encoding: an id with / é space ? # % is one path segment",
    call: ({ mockUrl }) => ({ kind: "run", workflowId: ODD_ID, client: withKey(mockUrl) }),
    check(outcome, requests) {
      expect(value(outcome).job?.status).toBe("queued");
      expect(requests.map((r) => [r.rawUrl, r.workflowId])).toEqual([
        ["/v1/workflows/wf%2F%C3%A9%20%3F%23%25/run", ODD_ID],
      ]);
    },
  },
  {
    name: "a `..` id is refused before anything is sent",
    call: ({ mockUrl }) => ({ kind: "run", workflowId: "..", client: withKey(mockUrl) }),
    check(outcome, requests) {
      const e = error(outcome);
      expect(e.classes).toEqual(["ScenarioError"]);
      expect(e.message).toMatch(/workflowId/);
      expect(requests).toEqual([]);
    },
  },
  {
    name: "401: AuthenticationError, without the secret in it",
    call: ({ mockUrl }) => ({
      kind: "run",
      workflowId: "wf_contract",
      client: withKey(mockUrl, { apiSecret: WRONG_SECRET }),
    }),
    check(outcome, requests) {
      const e = error(outcome);
      expect(e.classes).toEqual(["ScenarioError", "ScenarioApiError", "AuthenticationError"]);
      expect(e.status).toBe(401);
      for (const secret of [WRONG_SECRET, btoa(`${KEY}:${WRONG_SECRET}`)]) expect(e.printed).not.toContain(secret);
      expect(requests).toHaveLength(1);
    },
  },
  {
    name: "429 with Retry-After: waits that long and retries once",
    mock: () => {
      let seen = 0;
      return { scenario: () => (++seen === 1 ? { status: 429, headers: { "retry-after": "1" } } : undefined) };
    },
    // A 1 ms backoff: only Retry-After can make the client wait a second.
    call: ({ mockUrl }) => ({
      kind: "run",
      workflowId: "wf_contract",
      client: withKey(mockUrl, { retry: { initialDelayMs: 1 } }),
    }),
    check(outcome, requests, runtime) {
      expect(value(outcome).job?.status).toBe("queued");
      expect(requests).toHaveLength(2);
      // A lower bound only (timers may fire a little early, never much): it holds on a slow machine too.
      expect(requests[1]!.receivedAt - requests[0]!.receivedAt).toBeGreaterThanOrEqual(900);
      if (runtime.logLevelFrom) {
        const where = { method: "PUT", path: "/v1/workflows/wf_contract/run", query: [] };
        expect(steady(outcome.logs)).toEqual([
          ["debug", "attempt", { ...where, attempt: 1, status: 429 }],
          ["warn", "retrying", { ...where, attempt: 1, reason: "HTTP 429", waitMs: 1000 }],
          ["debug", "attempt", { ...where, attempt: 2, status: 200 }],
        ]);
      } else expect(outcome.logs).toEqual([]);
    },
  },
  {
    name: "a timeout: ScenarioTimeoutError, not retried (the run may have started)",
    mock: ({ never }) => ({ scenario: () => never }),
    call: ({ mockUrl }) => ({ kind: "run", workflowId: "wf_contract", client: withKey(mockUrl, { timeoutMs: 250 }) }),
    check(outcome, requests) {
      const e = error(outcome);
      expect(e.classes).toEqual(["ScenarioError", "ScenarioTimeoutError"]);
      expect(e.message).toMatch(/250 ms/);
      expect(requests).toHaveLength(1);
    },
  },
  {
    name: "an abort, once the server has the request: ScenarioAbortError",
    mock: ({ never, openGate }) => ({ scenario: () => (openGate(), never) }),
    call: ({ mockUrl, gateUrl }) => ({
      kind: "run",
      workflowId: "wf_contract",
      client: withKey(mockUrl),
      abortWhen: gateUrl,
    }),
    check(outcome, requests) {
      expect(error(outcome).classes).toEqual(["ScenarioError", "ScenarioAbortError"]);
      expect(requests).toHaveLength(1);
    },
  },
  {
    name: "connection refused: ScenarioConnectionError from the runtime's own error, retried where it says nothing was sent",
    call: ({ refusedUrl }) => ({
      kind: "run",
      workflowId: "wf_contract",
      client: withKey(refusedUrl, { maxRetries: 1, retry: { initialDelayMs: 1 } }),
      countFetches: true,
    }),
    check(outcome, _requests, runtime) {
      const e = error(outcome);
      expect(e.classes).toEqual(["ScenarioError", "ScenarioConnectionError"]);
      expect([...e.causeCodes, ...e.causeMessages].join("\n")).toMatch(runtime.refused);
      expect(outcome.fetches).toBe(runtime.retriesRefused ? 2 : 1);
    },
  },
  {
    name: "a hang-up after the request was sent: ScenarioConnectionError, not retried",
    call: ({ mockUrl }) => ({
      kind: "run",
      workflowId: "mock:hangup",
      client: withKey(mockUrl, { maxRetries: 1, retry: { initialDelayMs: 1 } }),
      countFetches: true,
    }),
    check(outcome, requests, runtime) {
      expect(error(outcome).classes).toEqual(["ScenarioError", "ScenarioConnectionError"]);
      expect(outcome.fetches).toBe(1);
      expect(requests).toHaveLength(runtime.resendsDroppedRequest ? 2 : 1);
    },
  },
  {
    name: "credentials from the environment, or a clear error where the runtime has none",
    call: ({ mockUrl }) => ({ kind: "run", workflowId: "wf_contract", client: { baseUrl: mockUrl } }),
    check(outcome, requests, runtime) {
      if (runtime.credentialsFrom) {
        expect(value(outcome).job?.status).toBe("queued");
        expect(requests).toHaveLength(1);
      } else {
        const e = error(outcome);
        expect(e.classes).toEqual(["ScenarioError"]);
        expect(e.message).toMatch(/pass apiKey and apiSecret/);
        expect(e.message).toMatch(runtime.missingCredentials);
        expect(requests).toEqual([]);
      }
    },
  },
];
