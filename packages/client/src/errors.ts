import { serverDelayMs } from "./retry-delay.js";

/** Base class of every error the client throws. */
export class ScenarioError extends Error {
  override name = "ScenarioError";
}

export interface ScenarioApiErrorInit {
  status: number;
  /** The parsed JSON body, or the text when it is not JSON (an HTML page, `""`). */
  body: unknown;
  /**
   * The response headers, lower-cased. Credentials and cookies (any name with `authorization` or
   * `cookie` in it: `set-cookie`, a server's echo of `authorization`, ...) are `"[REDACTED]"`.
   */
  headers: Record<string, string>;
  /** `x-request-id` of the response, when present: quote it to support. */
  requestId?: string | undefined;
}

/** The API answered with an HTTP error status (or an answer the call did not expect). */
export class ScenarioApiError extends ScenarioError {
  override name = "ScenarioApiError";
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly headers: Record<string, string>;
  declare readonly requestId: string | undefined;
  constructor(message: string, init: ScenarioApiErrorInit) {
    super(message);
    Object.assign(this, init);
  }
}

export class BadRequestError extends ScenarioApiError {
  override name = "BadRequestError";
  declare readonly status: 400;
}
export class AuthenticationError extends ScenarioApiError {
  override name = "AuthenticationError";
  declare readonly status: 401;
}
export class PermissionDeniedError extends ScenarioApiError {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
}
export class NotFoundError extends ScenarioApiError {
  override name = "NotFoundError";
  declare readonly status: 404;
}
export class RateLimitError extends ScenarioApiError {
  override name = "RateLimitError";
  declare readonly status: 429;
  /** From `retry-after-ms`, else `Retry-After` (seconds or HTTP date), when the API sent a readable one. */
  readonly retryAfterMs = serverDelayMs({ get: (name) => this.headers[name] });
}
export class InternalServerError extends ScenarioApiError {
  override name = "InternalServerError";
}

/** Checks a 2xx body of `workflows.*`: `responseValidators` from `@scenario-api/client/validate`. */
export interface ResponseValidators {
  /** Throws (a ResponseValidationError) when `body`, the answer of `kind` with HTTP `status`, breaks the API's schema. */
  check(kind: "run" | "estimate", body: unknown, status: number): void;
}

/**
 * Runs a call's validators on a 2xx body. What a custom validator throws that is not a ScenarioError
 * is reported as its failure (its name and the start of its message; the thrown value is the `cause`),
 * not as an answer cut off.
 */
export function validateAnswer(
  validators: ResponseValidators | undefined,
  kind: "run" | "estimate",
  body: unknown,
  status: number,
): void {
  try {
    validators?.check(kind, body, status);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    // Not String() of any value: an object without a prototype, or with a throwing toString, would throw here.
    const what = error instanceof Error ? String(error).slice(0, 200) : `a ${typeof error}`;
    throw new ScenarioError(`validateResponses: the validator threw ${what}`, { cause: error });
  }
}

/** The request got no answer: DNS, refused or reset connection, TLS, ... (see `cause`). */
export class ScenarioConnectionError extends ScenarioError {
  override name = "ScenarioConnectionError";
}
/** An attempt took longer than `timeoutMs`. The run may have started. */
export class ScenarioTimeoutError extends ScenarioError {
  override name = "ScenarioTimeoutError";
}
/** The caller's `signal` aborted the request. */
export class ScenarioAbortError extends ScenarioError {
  override name = "ScenarioAbortError";
}

/**
 * The server answered with a redirect, which the client never follows: a run is billed and not
 * idempotent, so its body is never sent again, to the same host or another. Point `baseUrl` at
 * the final URL instead. `status` and `location` are undefined in browsers, which hide both.
 */
export class RedirectError extends ScenarioError {
  override name = "RedirectError";
  constructor(
    readonly status: number | undefined,
    readonly location: string | undefined,
  ) {
    super(
      `${status ?? "The"} redirect${location ? ` to ${location}` : ""} refused: a run is never sent twice; set baseUrl to the final URL`,
    );
  }
}

/** The answer was bigger than `maxResponseBytes`; the client stopped reading it there. */
export class ResponseTooLargeError extends ScenarioError {
  override name = "ResponseTooLargeError";
  constructor(
    readonly status: number,
    readonly limit: number,
  ) {
    super(`The answer (HTTP ${status}) is too large: over maxResponseBytes, ${limit} B`);
  }
}

/** The error class of an answer's status: 5xx (and 600 to 999) is an InternalServerError. */
function errorClass(status: number): typeof ScenarioApiError {
  if (status === 400) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 429) return RateLimitError;
  if (status > 499) return InternalServerError;
  return ScenarioApiError;
}

/** What the message says after the status: the API's `message`, else what kind of body came. */
function summary(body: unknown): string {
  const message = (body as { message?: unknown } | null)?.message;
  if (typeof message === "string") return message;
  if (typeof body !== "string") return "unexpected answer";
  if (body) return "non-JSON body";
  return "empty body";
}

/** The one mapping from an HTTP answer to an error class, for every call path. */
export function apiError(status: number, headers: Headers, body: unknown): ScenarioApiError {
  // Errors get logged: a session cookie or an echoed Authorization would travel with them.
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    kept[name] = /authorization|cookie/.test(name) ? "[REDACTED]" : value;
  });
  const Class = errorClass(status);
  return new Class(`${status} ${summary(body)}`, { status, body, headers: kept, requestId: kept["x-request-id"] });
}

/**
 * The same error `workflows.*` would throw, for an openapi-fetch answer:
 * `const { error, response } = await client.PUT(...); if (error !== undefined) throw errorFromResponse(response, error);`
 */
export function errorFromResponse(response: Response, body: unknown): ScenarioApiError {
  return apiError(response.status, response.headers, body);
}
