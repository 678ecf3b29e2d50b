import { describe, expect, test } from "vitest";
import { parseRetryAfterMs, retryDelayMs, serverDelayMs } from "../src/retry-delay.js";

describe("retryDelayMs: Retry-After when sent (capped), else 0.5 s doubling to 8 s, minus up to 25% jitter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  const cases: Array<
    [string, { attempt: number; retryAfter: string | null; random: number; options?: object; want: number }]
  > = [
    ["first backoff, no jitter", { attempt: 0, retryAfter: null, random: 0, want: 500 }],
    ["second backoff", { attempt: 1, retryAfter: null, random: 0, want: 1000 }],
    ["fifth backoff", { attempt: 4, retryAfter: null, random: 0, want: 8000 }],
    ["capped at 8 s", { attempt: 9, retryAfter: null, random: 0, want: 8000 }],
    ["full jitter takes 25% off", { attempt: 2, retryAfter: null, random: 1, want: 1500 }],
    ["Retry-After seconds, no jitter", { attempt: 0, retryAfter: "3", random: 1, want: 3000 }],
    ["Retry-After 0", { attempt: 3, retryAfter: "0", random: 0, want: 0 }],
    ["Retry-After capped at 60 s", { attempt: 0, retryAfter: "3600", random: 0, want: 60_000 }],
    ["unreadable Retry-After falls back to backoff", { attempt: 1, retryAfter: "soon", random: 0, want: 1000 }],
    [
      "custom initial delay and cap",
      { attempt: 5, retryAfter: null, random: 0, options: { initialDelayMs: 10, maxDelayMs: 100 }, want: 100 },
    ],
    [
      "custom Retry-After cap",
      { attempt: 0, retryAfter: "5", random: 0, options: { maxRetryAfterMs: 2000 }, want: 2000 },
    ],
  ];
  test.each(cases)("%s", (_, { attempt, retryAfter, random, options, want }) => {
    const headers = retryAfter === null ? null : new Headers({ "retry-after": retryAfter });
    expect(retryDelayMs(attempt, headers, options ?? {}, random)).toBe(want);
  });

  const dates: Array<[string | null, number | undefined]> = [
    ["Thu, 01 Jan 2026 00:00:05 GMT", 5000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
    ["1.5", undefined],
    ["0x10", undefined],
    ["1e3", undefined],
    ["-0", undefined],
    [" 7 ", 7000],
    ["Thu, 01 Jan 1970 00:00:00 GMT", 0],
    ["", undefined],
    [null, undefined],
    ["-1", undefined],
    ["never", undefined],
  ];
  test.each(dates)("parseRetryAfterMs(%j) = %s", (value, want) => expect(parseRetryAfterMs(value, now)).toBe(want));
});

describe("retry-after-ms: milliseconds, before Retry-After, capped like it", () => {
  const cases: Array<[string, { headers: Record<string, string>; options?: object; want: number | undefined }]> = [
    ["milliseconds", { headers: { "retry-after-ms": "1500" }, want: 1500 }],
    ["a fraction of a millisecond", { headers: { "retry-after-ms": " 2.5 " }, want: 2.5 }],
    ["over Retry-After when both are sent", { headers: { "retry-after-ms": "20", "retry-after": "3" }, want: 20 }],
    [
      "an unreadable one gives way to Retry-After",
      { headers: { "retry-after-ms": "1e3", "retry-after": "3" }, want: 3000 },
    ],
    ["negative is unreadable", { headers: { "retry-after-ms": "-5" }, want: undefined }],
    ["hex is unreadable", { headers: { "retry-after-ms": "0x10" }, want: undefined }],
    ["empty is unreadable", { headers: { "retry-after-ms": "" }, want: undefined }],
  ];
  test.each(cases)("serverDelayMs: %s", (_, { headers, want }) =>
    expect(serverDelayMs(new Headers(headers))).toBe(want),
  );

  test("capped by maxRetryAfterMs (default 60 s), and no jitter", () => {
    expect(retryDelayMs(0, new Headers({ "retry-after-ms": "3600000" }), {}, 1)).toBe(60_000);
    expect(retryDelayMs(0, new Headers({ "retry-after-ms": "900" }), { maxRetryAfterMs: 500 }, 1)).toBe(500);
    expect(retryDelayMs(3, new Headers({ "retry-after-ms": "7" }), {}, 1)).toBe(7);
  });
});
