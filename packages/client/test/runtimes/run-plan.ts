// Runs inside every runtime (bundled by esbuild with the built client, dist/index.js): makes each
// planned call and reports what came back. Web APIs only: no Node built-ins, no runtime globals.
import * as scenario from "@scenario-api/client";
import type { CallSpec, ErrorReport, LogEntry, Outcome, PlannedCase, Results } from "./plan.js";

const CLASSES = [
  "ScenarioError",
  "ScenarioApiError",
  "AuthenticationError",
  "NotFoundError",
  "RateLimitError",
  "ScenarioConnectionError",
  "ScenarioTimeoutError",
  "ScenarioAbortError",
] as const;

/** The codes and messages down the cause chain: where each runtime says what went wrong. */
function causes(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  let e = error as { code?: unknown; cause?: unknown; message?: unknown } | null | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++, e = e.cause as typeof e) {
    if (e.code !== undefined) codes.push(String(e.code));
    if (depth > 0 && e.message !== undefined) messages.push(String(e.message));
  }
  return { codes, messages };
}

function report(error: unknown): ErrorReport {
  const e = error as { name?: unknown; message?: unknown; status?: unknown; cause?: unknown; stack?: unknown };
  const cause = causes(error);
  let json = "";
  try {
    json = JSON.stringify(error);
  } catch {
    json = "(not serializable)";
  }
  return {
    name: String(e?.name),
    message: String(e?.message),
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the names are the exported error classes under test
    classes: CLASSES.filter((name) => error instanceof scenario[name]),
    ...(typeof e?.status === "number" && { status: e.status }),
    causeCodes: cause.codes,
    causeMessages: cause.messages,
    printed: [
      String(error),
      String(e?.stack),
      json,
      String(e?.cause),
      String((e?.cause as { stack?: unknown } | undefined)?.stack),
    ].join("\n"),
  };
}

async function call(spec: CallSpec): Promise<Outcome> {
  let fetches = 0;
  const counted = spec.countFetches
    ? { fetch: (input: string | URL | Request, init?: RequestInit) => (fetches++, fetch(input, init)) }
    : {};
  const controller = new AbortController();
  // Started before the call: it answers once the mock holds the request, and then we abort. Should
  // the gate fail, nothing aborts and the call ends in the client's timeout, which the check refuses.
  if (spec.abortWhen)
    fetch(spec.abortWhen)
      .then((r) => r.text())
      .then(
        () => controller.abort(),
        () => {},
      );
  const options = { ...(spec.abortWhen && { signal: controller.signal }) };
  // The entries as the runtime hands them over (fields copied through JSON, as a log shipper would).
  const logs: LogEntry[] = [];
  const keep = (level: string) => (message: string, fields: Record<string, unknown>) =>
    logs.push([level, message, JSON.parse(JSON.stringify(fields))]);
  const logger = { error: keep("error"), warn: keep("warn"), info: keep("info"), debug: keep("debug") };
  let outcome: Outcome;
  try {
    const client = scenario.createScenarioClient({ ...spec.client, ...counted, logger });
    const value =
      spec.kind === "run"
        ? await client.workflows.run(spec.workflowId, spec.body, {}, options)
        : spec.kind === "estimate"
          ? await client.workflows.estimate(spec.workflowId, spec.body, {}, options)
          : (
              await client.PUT("/workflows/{workflowId}/run", {
                params: { path: { workflowId: spec.workflowId } },
                body: spec.body ?? {},
                ...options,
              })
            ).data;
    outcome = { ok: true, value, logs };
  } catch (error) {
    outcome = { ok: false, error: report(error), logs };
  }
  return spec.countFetches ? { ...outcome, fetches } : outcome;
}

/** One case after the other, so a case's requests are its own and the order is the plan's. */
export async function runPlan(cases: PlannedCase[]): Promise<Results> {
  const results: Results = {};
  for (const c of cases) results[c.name] = await call(c.call);
  return results;
}
