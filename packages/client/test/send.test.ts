// send() on its own: an injected attempt (the fetch) and fake timers, so every retry, backoff,
// timeout and abort path runs in milliseconds. The real-server tests (errors, hardening, redirects)
// keep the end-to-end contract.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  RedirectError,
  ScenarioAbortError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
} from "../src/errors.js";
import { send, type SendPolicy } from "../src/send.js";
import { answer, policy, readStatus, refused, reset, scripted, settle, type Step } from "./send-steps.js";

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00Z") });
  // No jitter: backoff delays are exactly initialDelayMs * 2^n.
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("retries: which answers and failures, and when", () => {
  const cases: Array<
    [
      string,
      { steps: Step[]; policy?: Partial<SendPolicy>; want: "ok" | (new (...args: never[]) => Error); at: number[] },
    ]
  > = [
    [
      "429 then 200, Retry-After: 2 (seconds) is waited exactly",
      { steps: [answer(429, { "retry-after": "2" }), answer(200)], want: "ok", at: [0, 2_000] },
    ],
    [
      "429 with an HTTP-date Retry-After, 5 s ahead",
      {
        steps: [answer(429, { "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), answer(200)],
        want: "ok",
        at: [0, 5_000],
      },
    ],
    [
      "Retry-After is capped by maxRetryAfterMs",
      {
        steps: [answer(429, { "retry-after": "3600" }), answer(200)],
        policy: { retry: { maxRetryAfterMs: 1_500 } },
        want: "ok",
        at: [0, 1_500],
      },
    ],
    [
      "429 without Retry-After: backoff 500 ms, then 1,000 ms",
      { steps: [answer(429), answer(429), answer(200)], want: "ok", at: [0, 500, 1_500] },
    ],
    [
      "backoff capped by maxDelayMs",
      {
        steps: [answer(429), answer(429), answer(200)],
        policy: { retry: { initialDelayMs: 700, maxDelayMs: 1_000 } },
        want: "ok",
        at: [0, 700, 1_700],
      },
    ],
    [
      "429 past maxRetries is returned to read (which throws the typed error in the client)",
      { steps: [answer(429), answer(429), answer(429)], want: "ok", at: [0, 500, 1_500] },
    ],
    ["maxRetries 0: one attempt", { steps: [answer(429)], policy: { maxRetries: 0 }, want: "ok", at: [0] }],
    [
      "a refused connection (nothing sent) is retried with backoff",
      { steps: [refused(), refused(), answer(200)], want: "ok", at: [0, 500, 1_500] },
    ],
    [
      "a refused connection past maxRetries: ScenarioConnectionError",
      { steps: [refused(), refused(), refused()], want: ScenarioConnectionError, at: [0, 500, 1_500] },
    ],
    [
      "a reset after the request went out is never retried (the run may have started)",
      { steps: [reset()], want: ScenarioConnectionError, at: [0] },
    ],
    ["500 is not retried by default", { steps: [answer(500)], want: "ok", at: [0] }],
    [
      "500 is retried with retry.onServerError",
      { steps: [answer(503), answer(200)], policy: { retry: { onServerError: true } }, want: "ok", at: [0, 500] },
    ],
    [
      "a redirect is refused, never followed or retried",
      { steps: [answer(307, { location: "https://elsewhere.example/v1" })], want: RedirectError, at: [0] },
    ],
    ["a timed-out attempt is not retried by default", { steps: ["hang"], want: ScenarioTimeoutError, at: [0] }],
    [
      "a timed-out attempt is retried with retry.onTimeout, after the backoff",
      { steps: ["hang", answer(200)], policy: { retry: { onTimeout: true } }, want: "ok", at: [0, 1_500] },
    ],
  ];
  test.each(cases)("%s", async (_, { steps, policy: given, want, at: wantAt }) => {
    const { attempt, at } = scripted(steps);
    const outcome = settle(send(attempt, readStatus, policy(given)));
    await vi.runAllTimersAsync();
    const result = await outcome;
    if (want === "ok")
      expect(result).toMatchObject({ value: { status: (steps[steps.length - 1] as Response).status } });
    else expect((result as { error: unknown }).error).toBeInstanceOf(want);
    expect(at).toEqual(wantAt);
    // The `finally` cleared the attempt's timer: nothing is left scheduled.
    expect(vi.getTimerCount()).toBe(0);
  });

  test("the wait is not shortened: one millisecond before Retry-After, no second attempt yet", async () => {
    const { attempt, at } = scripted([answer(429, { "retry-after": "2" }), answer(200)]);
    const outcome = settle(send(attempt, readStatus, policy()));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(at).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toEqual([0, 2_000]);
    expect(await outcome).toMatchObject({ value: { status: 200 } });
  });

  test("an answer in time leaves no timeout timer behind (it would keep a process alive for timeoutMs)", async () => {
    const { attempt } = scripted([answer(200)]);
    expect(await send(attempt, readStatus, policy({ timeoutMs: 60_000 }))).toEqual({
      status: 200,
      body: '{"status":200}',
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a redirect's status and Location are on the error", async () => {
    const { attempt } = scripted([answer(301, { location: "https://elsewhere.example/v1" })]);
    const error = ((await settle(send(attempt, readStatus, policy()))) as { error: RedirectError }).error;
    expect([error.status, error.location]).toEqual([301, "https://elsewhere.example/v1"]);
  });
});

describe("timeouts", () => {
  test("the attempt times out at timeoutMs, not before, and the message says how long", async () => {
    const { attempt } = scripted(["hang"]);
    let done = false;
    const outcome = settle(send(attempt, readStatus, policy({ timeoutMs: 250 }))).finally(() => (done = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const { error } = (await outcome) as { error: Error };
    expect(error).toBeInstanceOf(ScenarioTimeoutError);
    expect(error.message).toBe("Request timed out after 250 ms");
  });

  test("timeoutMs: Infinity waits (setTimeout would fire at once past 2^31-1 ms)", async () => {
    const { attempt } = scripted(["hang"]);
    let done = false;
    void settle(send(attempt, readStatus, policy({ timeoutMs: Number.POSITIVE_INFINITY }))).finally(
      () => (done = true),
    );
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(done).toBe(false);
  });

  test("the body is read under the same timeout; a read that times out is never retried, even with onTimeout", async () => {
    // Headers arrive at once, then the body stalls until the attempt's signal aborts (as fetch's body does).
    let attempts = 0;
    const attempt = (signal: AbortSignal) => {
      attempts++;
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"job":'));
          signal.addEventListener("abort", () =>
            controller.error(new DOMException("This operation was aborted", "AbortError")),
          );
        },
      });
      return Promise.resolve(new Response(stalled, { status: 200 }));
    };
    const outcome = settle(send(attempt, readStatus, policy({ timeoutMs: 300, retry: { onTimeout: true } })));
    await vi.runAllTimersAsync();
    const { error } = (await outcome) as { error: Error };
    expect(error).toBeInstanceOf(ScenarioTimeoutError);
    expect(error.message).toBe("Request timed out after 300 ms, while reading the answer");
    expect(attempts).toBe(1);
  });

  test("an answer cut off while reading is a ScenarioConnectionError, not retried", async () => {
    const { attempt, at } = scripted([answer(200)]);
    const cut = () => Promise.reject(new TypeError("terminated"));
    const { error } = (await settle(send(attempt, cut, policy()))) as { error: Error };
    expect(error).toBeInstanceOf(ScenarioConnectionError);
    expect(error.message).toBe("Connection error: the answer was cut off");
    expect(at).toEqual([0]);
  });

  test("a ScenarioError thrown by read passes through untouched, not retried", async () => {
    const { attempt, at } = scripted([answer(200), answer(200)]);
    const thrown = new ScenarioError("from read");
    const { error } = (await settle(send(attempt, () => Promise.reject(thrown), policy()))) as { error: Error };
    expect(error).toBe(thrown);
    expect(at).toEqual([0]);
  });
});

describe("the caller's signal", () => {
  test("an abort during the wait between attempts ends the call at once: no further attempt, no timer left", async () => {
    const { attempt, at } = scripted([answer(429, { "retry-after": "60" }), answer(200)]);
    const controller = new AbortController();
    const outcome = settle(send(attempt, readStatus, policy(), controller.signal));
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort(new Error("user left"));
    const { error } = (await outcome) as { error: Error };
    expect(error).toBeInstanceOf(ScenarioAbortError);
    expect((error.cause as Error).message).toBe("user left");
    expect(at).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an abort during an attempt is a ScenarioAbortError, not a timeout, and is not retried", async () => {
    const { attempt, at } = scripted(["hang", answer(200)]);
    const controller = new AbortController();
    const outcome = settle(send(attempt, readStatus, policy({ retry: { onTimeout: true } }), controller.signal));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(((await outcome) as { error: unknown }).error).toBeInstanceOf(ScenarioAbortError);
    expect(at).toEqual([0]);
  });

  test("an already aborted signal: no attempt", async () => {
    const { attempt, at } = scripted([answer(200)]);
    expect(
      ((await settle(send(attempt, readStatus, policy(), AbortSignal.abort()))) as { error: unknown }).error,
    ).toBeInstanceOf(ScenarioAbortError);
    expect(at).toEqual([]);
  });

  test("a long-lived signal does not collect listeners: one on it, and nothing of an ended call runs when it aborts", async () => {
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const attempts: AbortSignal[] = [];
    for (const steps of [[answer(429), answer(429), answer(200)], [answer(200)]]) {
      const { attempt } = scripted(steps);
      const outcome = settle(
        send((signal) => (attempts.push(signal), attempt(signal)), readStatus, policy(), controller.signal),
      );
      await vi.runAllTimersAsync();
      expect(await outcome).toMatchObject({ value: { status: 200 } });
    }
    // Node warns past 10 listeners on a signal: four attempts and two waits of two calls added one.
    expect(added.mock.calls.map(([type]) => type)).toEqual(["abort"]);
    // A listener left behind would abort an ended attempt, or clear an ended wait's timer.
    const cleared = vi.spyOn(globalThis, "clearTimeout");
    controller.abort();
    expect(attempts.map((signal) => signal.aborted)).toEqual([false, false, false, false]);
    expect(cleared).not.toHaveBeenCalled();
  });

  test("a signal that is not an AbortSignal is refused before any attempt", async () => {
    const { attempt, at } = scripted([answer(200)]);
    const { error } = (await settle(send(attempt, readStatus, policy(), { aborted: "no" } as never))) as {
      error: Error;
    };
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.message).toBe("signal must be an AbortSignal");
    expect(at).toEqual([]);
  });
});
