import { env } from "./environment.js";
import { ScenarioError } from "./errors.js";

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** What the client logs to: `console`, winston as it is, pino through an adapter (see the README). */
export interface Logger {
  error(message: string, fields: Record<string, unknown>): void;
  warn(message: string, fields: Record<string, unknown>): void;
  info(message: string, fields: Record<string, unknown>): void;
  debug(message: string, fields: Record<string, unknown>): void;
}

/** One call's logging, used by `send`: its entries carry the call's method, path and query parameter names. */
export interface CallLog {
  (level: Exclude<LogLevel, "off">, message: string, fields: Record<string, unknown>): void;
  /** `attempt`, logging each one (number, status, duration, request id) and a refused redirect. */
  attempts(attempt: (signal: AbortSignal) => Promise<Response>): (signal: AbortSignal) => Promise<Response>;
  /** A retry decided by `send`: after attempt `attempt`, for `why` (a status; true: a timeout; false: no connection), in `waitMs`. */
  retrying(attempt: number, waitMs: number, why: number | boolean): void;
  /** The call's promise, logging the error it rejects with. */
  failure<T>(call: Promise<T>): Promise<T>;
}

/** The client's logging: a CallLog for a request to `url`. */
export type Log = (method: string, url: string) => CallLog;

/**
 * Logging, for `createWorkflowsClient({ logging })` (createScenarioClient has it built in). Kept
 * out of the smallest bundle: an app that never passes it never bundles it.
 */
export type Logging = (logLevel: LogLevel | undefined, logger: Logger | undefined) => Log | undefined;

const levels: LogLevel[] = ["off", "error", "warn", "info", "debug"];

// Redirects fetch would follow, as send.ts refuses them (a browser's opaque redirect has status 0).
const REDIRECT = /^(0|30[12378])$/;

/**
 * The client's logging from its options: `logLevel`, else `SCENARIO_LOG` where the runtime has an
 * environment, else off; undefined when off, so that a call that logs nothing builds nothing.
 */
export const logging: Logging = (logLevel, logger) => {
  const level = logLevel ?? env("SCENARIO_LOG") ?? "off";
  const max = levels.indexOf(level as LogLevel);
  if (max < 0)
    throw new ScenarioError(
      `${logLevel === undefined ? "SCENARIO_LOG" : "logLevel"} must be one of ${levels.join(", ")}, got ${JSON.stringify(level)}`,
    );
  const to = logger ?? console;
  for (const name of levels.slice(1, max + 1)) {
    if (typeof (to as unknown as Record<string, unknown> | null)?.[name] !== "function")
      throw new ScenarioError(`logger.${name} must be a function (logLevel ${level} logs at ${name})`);
  }
  if (max === 0) return undefined;
  return (method, url) => {
    // The path and the names of the query parameters: their values may be a user's data.
    const { pathname: path, searchParams } = new URL(url);
    const query = [...searchParams.keys()];
    const log: CallLog = (entryLevel, message, fields) => {
      if (levels.indexOf(entryLevel) <= max) to[entryLevel](message, { method, path, query, ...fields });
    };
    let n = 0;
    log.attempts = (attempt) => async (signal) => {
      const fields = { attempt: ++n };
      const started = Date.now();
      try {
        const response = await attempt(signal);
        const status = response.status;
        log("debug", "attempt", {
          ...fields,
          status,
          durationMs: Date.now() - started,
          requestId: response.headers.get("x-request-id") ?? undefined,
        });
        // Not its Location: a header value, which may carry a token.
        if (response.type === "opaqueredirect" || REDIRECT.test(String(status)))
          log("warn", "redirect refused", { ...fields, status });
        return response;
      } catch (error) {
        // No answer: the runtime's error by name only (its message may quote the URL and its query).
        log("debug", "attempt", {
          ...fields,
          error: signal.aborted ? "aborted (timeout or signal)" : (error as { name?: unknown } | null)?.name,
          durationMs: Date.now() - started,
        });
        throw error;
      }
    };
    // Built here, not in send.ts: the words cost the smallest bundle nothing while logging is off.
    log.retrying = (attempt, waitMs, why) =>
      log("warn", "retrying", {
        attempt,
        reason: why === true ? "timeout" : why === false ? "connection failed before sending" : `HTTP ${why}`,
        waitMs: Math.round(waitMs),
      });
    log.failure = (call) =>
      call.catch((error: unknown) => {
        const e = error as {
          name?: unknown;
          message?: unknown;
          status?: unknown;
          requestId?: unknown;
          location?: unknown;
        } | null;
        // The client's errors never hold credentials; their cause (the runtime's own error) is not
        // logged, nor a RedirectError's Location (a header value, which may carry a token).
        const message =
          typeof e?.location === "string" ? String(e.message).replace(e.location, "[Location]") : e?.message;
        log("error", "request failed", { error: e?.name, message, status: e?.status, requestId: e?.requestId });
        throw error;
      });
    return log;
  };
};
