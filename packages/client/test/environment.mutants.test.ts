// Where the client reads its environment variables, runtime by runtime (environment.ts), as the
// mutation run (bench/mutation) found untested in Node: Deno's env (readable, or refused without
// --allow-env), empty values, and a runtime without any. The real Deno runs dist/ in
// runtimes/runtimes.test.ts; here a stand-in Deno object takes the place of globalThis.Deno.
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createScenarioClient, ScenarioError } from "@scenario-api/client";

const NAMES = ["SCENARIO_SDK_API_KEY", "SCENARIO_SDK_API_SECRET", "SCENARIO_BASE_URL"];
const MISSING =
  "Missing credentials: pass apiKey and apiSecret to createScenarioClient, or set SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET";
const vars = { SCENARIO_SDK_API_KEY: "deno-key", SCENARIO_SDK_API_SECRET: "deno-secret" };

let saved: Record<string, string | undefined> = {};
beforeEach(() => {
  saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
  for (const name of NAMES) delete process.env[name];
});
afterEach(() => {
  vi.unstubAllGlobals();
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

/** A Deno stand-in whose `env.get` reads `values`, or throws as Deno does without --allow-env. */
const deno = (values: Record<string, string> | "denied") => ({
  env: {
    get(name: string) {
      if (values === "denied") throw new Error(`Requires env access to "${name}", run again with the --allow-env flag`);
      return values[name];
    },
  },
});

/** The URL and Authorization of the one request a client makes with `workflows.run("wf")`. */
async function firstRequest(client: ReturnType<typeof createScenarioClient>, sent: Array<[string, RequestInit]>) {
  await client.workflows.run("wf");
  const [url, init] = sent[0]!;
  return { url, authorization: (init.headers as Record<string, string>).authorization };
}
function recordingFetch() {
  const sent: Array<[string, RequestInit]> = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    sent.push([String(input), init!]);
    return Promise.resolve(new Response('{"job":{},"workflow":{}}', { status: 200 }));
  };
  return { sent, fetch };
}
const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

test("in Deno, the credentials and base URL come from Deno.env (not process.env)", async () => {
  process.env.SCENARIO_SDK_API_KEY = "node-key";
  process.env.SCENARIO_SDK_API_SECRET = "node-secret";
  vi.stubGlobal("Deno", deno({ ...vars, SCENARIO_BASE_URL: "https://deno.example.com/v2" }));
  const { sent, fetch } = recordingFetch();
  expect(await firstRequest(createScenarioClient({ fetch }), sent)).toEqual({
    url: "https://deno.example.com/v2/workflows/wf/run",
    authorization: basic("deno-key", "deno-secret"),
  });
});

test.each<[string, ReturnType<typeof deno> | undefined, string]>([
  [
    "Deno without --allow-env: the error says how to run it",
    deno("denied"),
    `${MISSING} (Deno may not read them: run with --allow-env=SCENARIO_SDK_API_KEY,SCENARIO_SDK_API_SECRET)`,
  ],
  ["Deno with env access, the variables unset: nothing more to say", deno({}), MISSING],
  ["Node, the variables unset: nothing more to say", undefined, MISSING],
])("no credentials, %s", (_, runtime, message) => {
  if (runtime) vi.stubGlobal("Deno", runtime);
  let thrown: unknown;
  try {
    createScenarioClient();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ScenarioError);
  expect((thrown as Error).message).toBe(message);
});

test("Deno without --allow-env, credentials given: the client works with the default base URL", async () => {
  vi.stubGlobal("Deno", deno("denied"));
  const { sent, fetch } = recordingFetch();
  expect(await firstRequest(createScenarioClient({ apiKey: "k", apiSecret: "s", fetch }), sent)).toEqual({
    url: "https://api.cloud.scenario.com/v1/workflows/wf/run",
    authorization: basic("k", "s"),
  });
});

test.each<[string, unknown]>([
  ["a process without env", { ...process, env: undefined }],
  ["no process at all (a browser, an edge VM)", undefined],
])("a runtime without environment variables (%s): the error says to pass the options", (_, stand) => {
  const message = (() => {
    // Synchronous from stub to restore: nothing else runs while `process` is the stand-in.
    vi.stubGlobal("process", stand);
    try {
      createScenarioClient();
    } catch (error) {
      return (error as Error).message;
    } finally {
      vi.unstubAllGlobals();
    }
    return "no error";
  })();
  expect(message).toBe(`${MISSING} (this runtime has no environment variables: pass the options)`);
});

test("an empty SCENARIO_BASE_URL counts as unset: the default base URL", async () => {
  Object.assign(process.env, vars, { SCENARIO_BASE_URL: "" });
  const { sent, fetch } = recordingFetch();
  expect(await firstRequest(createScenarioClient({ fetch }), sent)).toEqual({
    url: "https://api.cloud.scenario.com/v1/workflows/wf/run",
    authorization: basic("deno-key", "deno-secret"),
  });
});
