// send()'s test doubles, shared by send.test.ts and send.mutants.test.ts: scripted attempts
// (answers, failures, hangs) played under fake timers.
import type { SendPolicy } from "../src/send.js";

/** What one attempt does: answer, fail before any answer, or hang until its signal aborts. */
export type Step = Response | Error | "hang";

export function answer(status: number, headers: Record<string, string> = {}, body = `{"status":${status}}`): Response {
  return new Response(status === 204 || status === 304 ? null : body, { status, headers });
}

/** An error like undici's when the connection is refused (nothing sent). */
export function refused(): Error {
  return Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }),
  });
}
/** An error like undici's when the connection resets after the request went out. */
export function reset(): Error {
  return Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
  });
}

/** The attempt function send() calls, playing `steps` in order, and the times it was called at. */
export function scripted(steps: Step[]) {
  const at: number[] = [];
  const attempt = (signal: AbortSignal): Promise<Response> => {
    at.push(Date.now() - start);
    const step = steps[at.length - 1];
    if (step === undefined) throw new Error(`unexpected attempt ${at.length}`);
    if (step === "hang") {
      return new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(new DOMException("This operation was aborted", "AbortError"))),
      );
    }
    return step instanceof Response ? Promise.resolve(step) : Promise.reject(step);
  };
  const start = Date.now();
  return { attempt, at };
}

export const readStatus = async (response: Response) => ({ status: response.status, body: await response.text() });
export const policy = (overrides: Partial<SendPolicy> = {}): SendPolicy => ({
  timeoutMs: 1_000,
  maxRetries: 2,
  retry: {},
  ...overrides,
});

/** The outcome of a send, captured at once so a rejection is never unhandled while timers advance. */
export function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}
