import {
  RedirectError,
  ScenarioAbortError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
} from "./errors.js";
import { onAbort } from "./abort-listener.js";
import type { CallLog } from "./log.js";
import { retryDelayMs, type RetryOptions } from "./retry-delay.js";

export interface SendPolicy {
  timeoutMs: number;
  maxRetries: number;
  retry: RetryOptions;
}

// Failures that happen before a byte of the request leaves (Node/undici and Bun codes, Deno's
// message): only these are retried, since anything later may already have started a run.
const CONNECT_FAILURE =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|CONNECT_TIMEOUT|ConnectionRefused|\(Connect\)/;

function isConnectFailure(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  return CONNECT_FAILURE.test(`${e?.code} ${e?.message} ${e?.cause?.code} ${e?.cause?.message}`);
}

// setTimeout fires at once past 2^31-1 ms (about 24.8 days); a longer wait is that long.
const MAX_TIMER_MS = 2 ** 31 - 1;

// Redirects fetch would follow. They reach us as they are (`redirect: "manual"`), or in browsers
// as an opaque redirect whose status and Location are hidden.
function isRedirect(response: Response): boolean {
  const status = response.status;
  return (
    response.type === "opaqueredirect" ||
    status === 301 ||
    status === 302 ||
    status === 303 ||
    status === 307 ||
    status === 308
  );
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // An abort event has already fired for a signal that is aborted: no listener would hear it.
    if (signal?.aborted) return reject(new ScenarioAbortError("Request was aborted", { cause: signal.reason }));
    const stop = onAbort(signal, () => {
      clearTimeout(timer);
      reject(new ScenarioAbortError("Request was aborted", { cause: signal?.reason }));
    });
    const timer = setTimeout(
      () => {
        stop();
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
  });
}

/**
 * The one retry, timeout and abort loop, shared by `workflows.*` and the openapi-fetch client.
 * `attempt` sends the request once (with `redirect: "manual"`); `read` consumes the answer under
 * the same timeout (and may throw a ScenarioError, which is passed through untouched). With `log`
 * (only when logging is on) each attempt, retry, refused redirect and the error thrown are logged.
 */
export function send<T>(
  attempt: (signal: AbortSignal) => Promise<Response>,
  read: (response: Response) => T | Promise<T>,
  policy: SendPolicy,
  signal?: AbortSignal | null,
  log?: CallLog,
): Promise<T> {
  return log
    ? log.failure(loop(log.attempts(attempt), read, policy, signal, log))
    : loop(attempt, read, policy, signal);
}

async function loop<T>(
  attempt: (signal: AbortSignal) => Promise<Response>,
  read: (response: Response) => T | Promise<T>,
  policy: SendPolicy,
  signal: AbortSignal | null | undefined,
  log?: CallLog,
): Promise<T> {
  if (signal != null && !(typeof signal.aborted === "boolean" && typeof signal.addEventListener === "function")) {
    throw new ScenarioError("signal must be an AbortSignal");
  }
  for (let n = 0; ; n++) {
    if (signal?.aborted) throw new ScenarioAbortError("Request was aborted");
    const controller = new AbortController();
    let timedOut = false;
    // Once an answer arrived the run may have started: a failure while reading it is never retried.
    let answered = false;
    // setTimeout fires at once past 2^31-1 ms, and `timeoutMs: Infinity` means "no timeout", not "now".
    const timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort();
      },
      Math.min(policy.timeoutMs, MAX_TIMER_MS),
    );
    const stop = onAbort(signal, () => controller.abort());
    const retriesLeft = n < policy.maxRetries;
    let wait: number;
    // What the retry is for: the answer's status, else whether the attempt timed out (or failed to connect).
    let why: number | boolean;
    try {
      const response = await attempt(controller.signal);
      answered = true;
      const status = response.status;
      if (isRedirect(response)) {
        response.body?.cancel().catch(() => {});
        throw new RedirectError(status || undefined, response.headers.get("location") ?? undefined);
      }
      if (!(retriesLeft && (status === 429 || (policy.retry.onServerError && status > 499))))
        return await read(response);
      // Free the connection; the body of an answer we retry is of no use.
      response.body?.cancel().catch(() => {});
      wait = retryDelayMs(n, response.headers, policy.retry);
      why = status;
    } catch (error) {
      if (error instanceof ScenarioError) throw error;
      if (signal?.aborted) throw new ScenarioAbortError("Request was aborted", { cause: signal.reason ?? error });
      if (timedOut) {
        if (answered || !(retriesLeft && policy.retry.onTimeout)) {
          throw new ScenarioTimeoutError(
            `Request timed out after ${policy.timeoutMs} ms${answered ? ", while reading the answer" : ""}`,
          );
        }
        why = true;
      } else if (answered) {
        throw new ScenarioConnectionError("Connection error: the answer was cut off", { cause: error });
      } else if (!(retriesLeft && isConnectFailure(error))) {
        throw new ScenarioConnectionError("Connection error: the request got no answer", { cause: error });
      } else why = false;
      wait = retryDelayMs(n, null, policy.retry);
    } finally {
      clearTimeout(timer);
      stop();
    }
    log?.retrying(n + 1, wait, why);
    await sleep(wait, signal);
  }
}
