export interface RetryOptions {
  /** Retry HTTP 5xx answers. Off by default: the run may have started (and be billed). */
  onServerError?: boolean | undefined;
  /** Retry attempts that timed out. Off by default, for the same reason. */
  onTimeout?: boolean | undefined;
  /** First backoff delay (default 500 ms); it doubles on each retry. */
  initialDelayMs?: number | undefined;
  /** Cap of the backoff delay (default 8 s). */
  maxDelayMs?: number | undefined;
  /** Cap of a server-sent `retry-after-ms` or `Retry-After` (default 60 s). */
  maxRetryAfterMs?: number | undefined;
}

/** `Retry-After` in ms from `now`: delay-seconds or an HTTP date (RFC 9110); undefined when absent or unreadable. */
export function parseRetryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // Only digits: "0x10", "1e3" and "-0" are not delay-seconds, though Number() reads them.
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  // An HTTP date ends in GMT; Date.parse alone would read "1" as a year.
  const at = text.endsWith(" GMT") ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait a server asked for: `retry-after-ms` (milliseconds), else `Retry-After`; undefined when neither is readable. */
export function serverDelayMs(
  headers: { get(name: string): string | null | undefined } | null | undefined,
): number | undefined {
  const ms = headers?.get("retry-after-ms")?.trim();
  // Digits with an optional fraction: "1e3", "-5" and "0x10" are not milliseconds, though Number() reads them.
  return ms && /^\d+(\.\d+)?$/.test(ms) ? Number(ms) : parseRetryAfterMs(headers?.get("retry-after"));
}

/** How long to wait before retry `attempt + 1`: the server's wait (capped), else backoff with jitter. */
export function retryDelayMs(
  attempt: number,
  headers: { get(name: string): string | null | undefined } | null,
  retry: RetryOptions,
  random = Math.random(),
): number {
  const after = serverDelayMs(headers);
  return after !== undefined
    ? Math.min(after, retry.maxRetryAfterMs ?? 60_000)
    : // Up to 25% under the doubling delay, so clients throttled together do not retry together.
      Math.min((retry.initialDelayMs ?? 500) * 2 ** attempt, retry.maxDelayMs ?? 8_000) * (1 - random / 4);
}
