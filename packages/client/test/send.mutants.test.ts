// Behaviour of send() the mutation run (bench/mutation) found untested: which failures count as
// "nothing was sent" (and so are retried), which answers are redirects, the 5xx boundary, what a
// signal must look like, and what the errors carry.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  RedirectError,
  ScenarioAbortError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
} from "../src/errors.js";
import { send } from "../src/send.js";
import { answer, policy, readStatus, scripted, settle } from "./send-steps.js";

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00Z") });
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const failure = (where: "code" | "message" | "cause code" | "cause message", text: string): Error => {
  if (where === "code") return Object.assign(new Error("failed"), { code: text });
  if (where === "message") return new Error(`error: ${text} here`);
  const cause = where === "cause code" ? Object.assign(new Error("x"), { code: text }) : new Error(`x ${text} y`);
  return Object.assign(new TypeError("fetch failed"), { cause });
};

describe("a failure before any byte left is retried, whichever runtime reports it and where", () => {
  test.each<[string, ReturnType<typeof failure>]>([
    ["ECONNREFUSED as the cause's code (Node)", failure("cause code", "ECONNREFUSED")],
    ["ENOTFOUND as the cause's code", failure("cause code", "ENOTFOUND")],
    ["EAI_AGAIN as the cause's code", failure("cause code", "EAI_AGAIN")],
    ["EHOSTUNREACH as the error's code (Bun)", failure("code", "EHOSTUNREACH")],
    ["ENETUNREACH as the error's code", failure("code", "ENETUNREACH")],
    ["UND_ERR_CONNECT_TIMEOUT in the cause's message", failure("cause message", "UND_ERR_CONNECT_TIMEOUT")],
    ["ConnectionRefused as the error's code (Bun)", failure("code", "ConnectionRefused")],
    ["(Connect) in the message (Deno)", failure("message", "client error (Connect): tcp connect error")],
  ])("%s", async (_, error) => {
    const { attempt, at } = scripted([error, answer(200)]);
    const outcome = settle(send(attempt, readStatus, policy()));
    await vi.runAllTimersAsync();
    expect(await outcome).toMatchObject({ value: { status: 200 } });
    expect(at).toEqual([0, 500]);
  });

  test.each([
    ["a reset (UND_ERR_SOCKET)", failure("cause code", "UND_ERR_SOCKET")],
    ["a TLS failure", failure("cause message", "CERT_HAS_EXPIRED")],
  ])("%s is not retried, and says no answer came", async (_, error) => {
    const { attempt, at } = scripted([error, answer(200)]);
    const { error: thrown } = (await settle(send(attempt, readStatus, policy()))) as { error: Error };
    expect(thrown).toBeInstanceOf(ScenarioConnectionError);
    expect(thrown.message).toBe("Connection error: the request got no answer");
    expect(thrown.cause).toBe(error);
    expect(at).toEqual([0]);
  });
});

describe("redirects are refused, never followed", () => {
  test.each([[301], [302], [303], [307], [308]])("%i", async (status) => {
    const { attempt } = scripted([answer(status, { location: "/elsewhere" })]);
    const { error } = (await settle(send(attempt, readStatus, policy()))) as { error: RedirectError };
    expect(error).toBeInstanceOf(RedirectError);
    expect([error.status, error.location]).toEqual([status, "/elsewhere"]);
  });

  test.each([[300], [304]])("%i is no redirect fetch would follow: it is read", async (status) => {
    const { attempt } = scripted([answer(status)]);
    expect(await send(attempt, readStatus, policy())).toMatchObject({ status });
  });

  test("a browser's opaque redirect (status 0, no Location) is refused without a status", async () => {
    const opaque = Object.defineProperties(answer(200), {
      type: { value: "opaqueredirect" },
      status: { value: 0 },
    }) as Response;
    const { error } = (await settle(send(() => Promise.resolve(opaque), readStatus, policy()))) as {
      error: RedirectError;
    };
    expect(error).toBeInstanceOf(RedirectError);
    expect([error.status, error.location]).toEqual([undefined, undefined]);
  });
});

test.each<[string, number, number[]]>([
  ["500 is a server error, retried", 500, [0, 500]],
  ["599 is a server error, retried", 599, [0, 500]],
  ["499 is not, returned to read", 499, [0]],
])("retry.onServerError: %s", async (_, status, want) => {
  const { attempt, at } = scripted([answer(status), answer(200)]);
  const outcome = settle(send(attempt, readStatus, policy({ retry: { onServerError: true } })));
  await vi.runAllTimersAsync();
  expect(await outcome).toMatchObject({ value: { status: want.length === 1 ? status : 200 } });
  expect(at).toEqual(want);
});

test.each<[string, unknown]>([
  ["aborted is not a boolean", { aborted: "no", addEventListener: () => {} }],
  ["no addEventListener", { aborted: false }],
  ["a string", "signal"],
])("a signal whose %s is refused before any attempt", async (_, signal) => {
  const { attempt, at } = scripted([answer(200)]);
  const { error } = (await settle(send(attempt, readStatus, policy(), signal as AbortSignal))) as { error: Error };
  expect(error).toBeInstanceOf(ScenarioError);
  expect(error.message).toBe("signal must be an AbortSignal");
  expect(at).toEqual([]);
});

test.each([[null], [undefined]])("a %s signal is no signal", async (signal) => {
  const { attempt } = scripted([answer(200)]);
  expect(await send(attempt, readStatus, policy(), signal)).toMatchObject({ status: 200 });
});

test("an abort during an attempt carries the signal's reason", async () => {
  const { attempt } = scripted(["hang"]);
  const controller = new AbortController();
  const outcome = settle(send(attempt, readStatus, policy(), controller.signal));
  await vi.advanceTimersByTimeAsync(10);
  const reason = new Error("user left");
  controller.abort(reason);
  const { error } = (await outcome) as { error: Error };
  expect(error).toBeInstanceOf(ScenarioAbortError);
  expect(error.message).toBe("Request was aborted");
  expect(error.cause).toBe(reason);
});

test("a signal aborted while an answer to retry arrives: no wait, the abort error carries the reason", async () => {
  const { attempt, at } = scripted([answer(429), answer(200)]);
  const controller = new AbortController();
  const reason = new Error("gone");
  const abortingAttempt = (signal: AbortSignal) => {
    const response = attempt(signal);
    controller.abort(reason);
    return response;
  };
  const outcome = settle(send(abortingAttempt, readStatus, policy(), controller.signal));
  await vi.runAllTimersAsync();
  const { error } = (await outcome) as { error: Error };
  expect(error).toBeInstanceOf(ScenarioAbortError);
  expect([error.message, error.cause]).toEqual(["Request was aborted", reason]);
  expect(at).toEqual([0]);
});

test("a timed-out attempt retried with onTimeout, then timed out again: the last timeout is thrown", async () => {
  const { attempt, at } = scripted(["hang", "hang", "hang"]);
  const outcome = settle(send(attempt, readStatus, policy({ timeoutMs: 100, retry: { onTimeout: true } })));
  await vi.runAllTimersAsync();
  const { error } = (await outcome) as { error: Error };
  expect(error).toBeInstanceOf(ScenarioTimeoutError);
  expect(error.message).toBe("Request timed out after 100 ms");
  expect(at).toEqual([0, 600, 1_700]);
  expect(vi.getTimerCount()).toBe(0);
});

test.each([[null], [undefined], ["a string"]])(
  "an attempt rejected with %j is a connection error, not a crash",
  async (reason) => {
    const { error } = (await settle(send(() => Promise.reject(reason), readStatus, policy()))) as { error: Error };
    expect(error).toBeInstanceOf(ScenarioConnectionError);
    expect(error.message).toBe("Connection error: the request got no answer");
  },
);

test("a 429 without a body is retried like any other", async () => {
  const { attempt, at } = scripted([new Response(null, { status: 429 }), answer(200)]);
  const outcome = settle(send(attempt, readStatus, policy()));
  await vi.runAllTimersAsync();
  expect(await outcome).toMatchObject({ value: { status: 200 } });
  expect(at).toEqual([0, 500]);
});

test("an answer cut off while reading carries what cut it", async () => {
  const cut = new TypeError("terminated");
  const { error } = (await settle(
    send(
      () => Promise.resolve(answer(200)),
      () => Promise.reject(cut),
      policy(),
    ),
  )) as { error: Error };
  expect(error.cause).toBe(cut);
});

test("an already aborted signal: the error says the request was aborted", async () => {
  const { error } = (await settle(
    send(() => Promise.resolve(answer(200)), readStatus, policy(), AbortSignal.abort()),
  )) as { error: Error };
  expect(error.message).toBe("Request was aborted");
});

test("one signal shared by calls in flight and waiting aborts them all, through one listener", async () => {
  const controller = new AbortController();
  const added = vi.spyOn(controller.signal, "addEventListener");
  const inFlight = settle(send(scripted(["hang"]).attempt, readStatus, policy(), controller.signal));
  const waiting = settle(
    send(scripted([answer(429, { "retry-after": "60" })]).attempt, readStatus, policy(), controller.signal),
  );
  await vi.advanceTimersByTimeAsync(1);
  controller.abort();
  for (const outcome of [inFlight, waiting]) {
    expect(((await outcome) as { error: Error }).error).toBeInstanceOf(ScenarioAbortError);
  }
  expect(added).toHaveBeenCalledTimes(1);
});

test("an abort during the wait between attempts says so, with the signal's reason", async () => {
  const { attempt } = scripted([answer(429, { "retry-after": "60" }), answer(200)]);
  const controller = new AbortController();
  const outcome = settle(send(attempt, readStatus, policy(), controller.signal));
  await vi.advanceTimersByTimeAsync(1_000);
  const reason = new Error("user left");
  controller.abort(reason);
  const { error } = (await outcome) as { error: Error };
  expect([error.message, error.cause]).toEqual(["Request was aborted", reason]);
});
