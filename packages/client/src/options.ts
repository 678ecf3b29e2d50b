import { env, envUnreadable } from "./environment.js";
import { ScenarioError, type ResponseValidators } from "./errors.js";
import { setHeaders } from "./headers.js";
import { wellFormed } from "./path-segment.js";
import type { Log, Logger, Logging, LogLevel } from "./log.js";
import type { RetryOptions } from "./retry-delay.js";
import type { SendPolicy } from "./send.js";

declare const __VERSION__: string;

export interface ScenarioClientOptions {
  /** Default: `SCENARIO_SDK_API_KEY` from the environment. */
  apiKey?: string | undefined;
  /** Default: `SCENARIO_SDK_API_SECRET` from the environment. */
  apiSecret?: string | undefined;
  /** Default: `SCENARIO_BASE_URL` from the environment, else `https://api.cloud.scenario.com/v1`. */
  baseUrl?: string | undefined;
  /** A fetch to use instead of `globalThis.fetch` (called as `fetch(url, init)` and `fetch(request, init)`). */
  fetch?: ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Per attempt, in ms (default 60 000). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default 2). What is retried: see `retry`. */
  maxRetries?: number | undefined;
  /** By default only HTTP 429 and failures to connect are retried: a run is billed and not idempotent. */
  retry?: RetryOptions | undefined;
  /** Sent with every request. */
  headers?: Record<string, string> | undefined;
  /** `User-Agent` (default `scenario-api-client/<version>`, not set in browsers where CORS would need to allow it). */
  userAgent?: string | undefined;
  /** Allow an `http:` baseUrl to a host other than loopback (credentials then travel in clear). */
  allowInsecureHttp?: boolean | undefined;
  /** The largest answer read, in bytes (default 32 MiB); past it the call throws ResponseTooLargeError. */
  maxResponseBytes?: number | undefined;
  /**
   * Check every 2xx body of `workflows.*` against the API's schema (throws ResponseValidationError):
   * pass `responseValidators` from `@scenario-api/client/validate`. Off by default; a call may turn it
   * on (`validateResponses: true`) or off. Kept out of the main entry so the default bundle stays small.
   */
  validateResponses?: ResponseValidators | false | undefined;
  /**
   * What is logged (default `SCENARIO_LOG` from the environment, else `"off"`): `"error"` the error a
   * call throws, `"warn"` (and `"info"`) retries and refused redirects too, `"debug"` every attempt.
   * Never a body, a header value or the credentials.
   */
  logLevel?: LogLevel | undefined;
  /** Where entries go, as `logger[level](message, fields)` (default `console`). */
  logger?: Logger | undefined;
  /**
   * Only for `createWorkflowsClient`, which logs nothing without it (SCENARIO_LOG included): pass
   * `logging` from `@scenario-api/client`, which its smallest bundle leaves out otherwise.
   */
  logging?: Logging | undefined;
}

export interface ResolvedOptions extends SendPolicy {
  baseUrl: string;
  validateResponses: ResponseValidators | undefined;
  maxResponseBytes: number;
  fetch: (input: string | Request, init?: RequestInit) => Promise<Response>;
  /** Every header of a `workflows.*` request, Authorization included, computed once. */
  headers: Record<string, string>;
  authorization: string;
  /** Undefined when logging is off. */
  log: Log | undefined;
}

/** `Basic base64(key:secret)`, UTF-8 like curl, with web APIs only. */
function basicAuth(key: string, secret: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${key}:${secret}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

// Loopback hosts, where http: does not leave the machine: IP literals, and `localhost` itself.
// Not `*.localhost`, which a resolver may send to DNS (and the credentials in clear with it).
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/;

/** The options checked and computed once; `logging` is createScenarioClient's (built in). */
export function resolveOptions(given: ScenarioClientOptions, logging = given.logging): ResolvedOptions {
  const apiKey = given.apiKey ?? env("SCENARIO_SDK_API_KEY");
  const apiSecret = given.apiSecret ?? env("SCENARIO_SDK_API_SECRET");
  if (!apiKey || !apiSecret) {
    throw new ScenarioError(
      "Missing credentials: pass apiKey and apiSecret to createScenarioClient, or set SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET" +
        envUnreadable(["SCENARIO_SDK_API_KEY", "SCENARIO_SDK_API_SECRET"]),
    );
  }
  // RFC 7617: the user-id cannot hold a colon (the server would split there). A lone surrogate has
  // no UTF-8 form: TextEncoder would quietly send U+FFFD instead.
  if (apiKey.includes(":"))
    throw new ScenarioError('apiKey must not contain ":" (HTTP basic auth splits the key from the secret there)');
  wellFormed("apiKey", apiKey);
  wellFormed("apiSecret", apiSecret);
  const baseUrlGiven = given.baseUrl ?? env("SCENARIO_BASE_URL") ?? "https://api.cloud.scenario.com/v1";
  let url: URL;
  try {
    url = new URL(baseUrlGiven);
  } catch {
    // Not the URL parser's error: it keeps the whole input, user info (a secret) included.
    throw new ScenarioError("baseUrl is not an absolute URL");
  }
  if (
    // `?` or `#` anywhere: a bare one leaves `search`/`hash` empty but still ends the path.
    url.username ||
    url.password ||
    /[?#]/.test(baseUrlGiven) ||
    !/^https?:$/.test(url.protocol) ||
    (url.protocol === "http:" && !LOOPBACK.test(url.hostname) && !given.allowInsecureHttp)
  ) {
    // Named without user info, which is the one part that may hold a secret.
    throw new ScenarioError(
      `baseUrl ${url.protocol}//${url.host} refused: use https: without user info, query or fragment (http: is for loopback hosts, or set allowInsecureHttp: true)`,
    );
  }
  // Requests are built from the parsed URL only: what was checked is what is used (the given
  // string may hold spaces around it, which fetch would keep inside the path).
  const baseUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  const authorization = basicAuth(apiKey, apiSecret);
  const userAgent = given.userAgent ?? ("document" in globalThis ? undefined : `scenario-api-client/${__VERSION__}`);
  const headers: Record<string, string> = { accept: "application/json", "content-type": "application/json" };
  if (userAgent !== undefined) setHeaders(headers, { "user-agent": userAgent });
  setHeaders(headers, given.headers);
  headers.authorization = authorization;
  // Not quietly without logs: the smallest client only logs when the app brings the logging in.
  if (!logging && ((given.logLevel ?? "off") !== "off" || given.logger))
    throw new ScenarioError(
      "logLevel and logger need { logging } from @scenario-api/client in createWorkflowsClient's options",
    );
  const maxResponseBytes = given.maxResponseBytes ?? 32 * 1024 * 1024;
  if (!(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0) && maxResponseBytes !== Number.POSITIVE_INFINITY) {
    throw new ScenarioError(`maxResponseBytes must be an integer > 0 (or Infinity), got ${maxResponseBytes}`);
  }
  return {
    baseUrl,
    // Checked with each call's own (see validatorsFor).
    validateResponses: given.validateResponses || undefined,
    maxResponseBytes,
    fetch: given.fetch ?? ((input, init) => fetch(input, init)),
    ...checkPolicy({ timeoutMs: given.timeoutMs ?? 60_000, maxRetries: given.maxRetries ?? 2 }),
    retry: checkRetry(given.retry ?? {}),
    authorization,
    headers,
    log: logging?.(given.logLevel, given.logger),
  };
}

/** The retry options checked like `timeoutMs`: delays are numbers ≥ 0 (Infinity allowed), flags booleans. */
function checkRetry(retry: RetryOptions): RetryOptions {
  for (const name of ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
    const value = retry[name];
    if (value !== undefined && !(typeof value === "number" && value >= 0))
      throw new ScenarioError(`retry.${name} must be a number ≥ 0, got ${String(value)}`);
  }
  for (const name of ["onServerError", "onTimeout"] as const) {
    const value = retry[name];
    if (value !== undefined && typeof value !== "boolean")
      throw new ScenarioError(`retry.${name} must be a boolean, got ${String(value)}`);
  }
  return retry;
}

/**
 * `timeoutMs` > 0 (Infinity: none) and `maxRetries` a whole number ≥ 0, checked where they are
 * given (client or call): 0, NaN or -1 would otherwise time out every attempt at once.
 */
export function checkPolicy<T extends { timeoutMs: number; maxRetries: number }>(policy: T): T {
  if (!(policy.timeoutMs! > 0)) throw new ScenarioError(`timeoutMs must be > 0, got ${policy.timeoutMs}`);
  if (!(Number.isInteger(policy.maxRetries) && policy.maxRetries! >= 0))
    throw new ScenarioError(`maxRetries must be an integer ≥ 0, got ${policy.maxRetries}`);
  return policy;
}
