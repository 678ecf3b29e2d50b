// Client options the mutation run (bench/mutation) found untested: baseUrl shapes that must be
// refused or normalised, header values at the Latin-1 boundary, the retry flags' checks, the
// User-Agent in a browser, and a caller's Content-Type replacing the client's.
import { afterEach, describe, expect, test, vi } from "vitest";
import { ScenarioError } from "@scenario-api/client";
import { clientFor, KEY, rawServer, SECRET } from "./servers.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The ScenarioError message `make` throws, or "no error". */
function thrown(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  return "no error";
}

describe("baseUrl refused, named without user info", () => {
  test.each<[string, string, string]>([
    ["a user name alone", `https://${KEY}@api.example.com/v1`, "https://api.example.com"],
    ["a password alone", `https://:${SECRET}@api.example.com/v1`, "https://api.example.com"],
    ["a scheme that merely ends in https", "git+https://api.example.com/v1", "git+https://api.example.com"],
  ])("%s: %s", (_, baseUrl, named) => {
    const message = thrown(() => clientFor(baseUrl));
    expect(message).toBe(
      `baseUrl ${named} refused: use https: without user info, query or fragment (http: is for loopback hosts, or set allowInsecureHttp: true)`,
    );
    expect(message).not.toContain(KEY);
    expect(message).not.toContain(SECRET);
  });
});

test.each([["api.example.com/v1"], ["https://api.example.com:99999/v1"], [""]])(
  "baseUrl %j is refused: it is not an absolute URL",
  (baseUrl) => {
    expect(thrown(() => clientFor(baseUrl))).toBe("baseUrl is not an absolute URL");
  },
);

test("a baseUrl ending in several slashes sends to the path without them", async () => {
  const server = await rawServer({ job: {}, workflow: {} });
  await clientFor(`${server.url}///`).workflows.run("wf");
  expect(server.seen.map((r) => r.url)).toEqual(["/v1/workflows/wf/run"]);
});

describe("header values: Latin-1 without CR, LF or NUL", () => {
  test.each<[string, string]>([
    ["ÿ (U+00FF, the last Latin-1 character)", "caf\u00ff"],
    ["a tab", "a\tb"],
    ["an empty value", ""],
  ])("%s is sent as given", async (_, value) => {
    const server = await rawServer({ job: {}, workflow: {} });
    await clientFor(server.url, { headers: { "x-note": value } }).workflows.run("wf");
    // Node reads header bytes as Latin-1: the string it gives back is the one sent.
    expect(server.seen[0]!.headers["x-note"]).toBe(value);
  });

  test.each<[string, string]>([
    ["Ā (U+0100, the first beyond Latin-1)", "caf\u0100"],
    ["a NUL", "a\0b"],
    ["a lone CR", "a\rb"],
  ])("%s is refused at construction, the value not repeated", (_, value) => {
    expect(thrown(() => clientFor("https://api.example.com/v1", { headers: { "x-note": value } }))).toBe(
      "header x-note: the value must be a string without CR, LF, NUL or characters above U+00FF",
    );
  });

  test("a value that is not a string is refused", () => {
    expect(thrown(() => clientFor("https://api.example.com/v1", { headers: { "x-note": 5 as never } }))).toMatch(
      /^header x-note: the value must be a string/,
    );
  });
});

test.each<[string, unknown]>([
  ["onServerError", "yes"],
  ["onServerError", 1],
  ["onTimeout", 0],
])("retry.%s %j is refused: it must be a boolean", (name, value) => {
  expect(thrown(() => clientFor("https://api.example.com/v1", { retry: { [name]: value } }))).toBe(
    `retry.${name} must be a boolean, got ${String(value)}`,
  );
});

describe("User-Agent", () => {
  test.each<[string, boolean, string | undefined, string | undefined]>([
    ["in a browser (a document exists): none, CORS would have to allow it", true, undefined, undefined],
    ["in a browser, given: sent", true, "my-app/2", "my-app/2"],
    ["outside a browser: the client's own", false, undefined, "scenario-api-client/0.1.0"],
  ])("%s", async (_, browser, userAgent, sent) => {
    const server = await rawServer({ job: {}, workflow: {} });
    if (browser) vi.stubGlobal("document", {});
    const client = clientFor(server.url, { userAgent });
    vi.unstubAllGlobals();
    await client.workflows.run("wf");
    // Node's fetch sends its own User-Agent when the client sets none.
    const got = server.seen[0]!.headers["user-agent"];
    if (sent === undefined) expect(got).not.toMatch(/scenario-api-client/);
    else expect(got).toBe(sent);
  });
});

test("a header name may hold every token character of RFC 9110", async () => {
  const name = "x!#$%&'*+.^_`|~09azAZ-";
  const server = await rawServer({ job: {}, workflow: {} });
  await clientFor(server.url, { headers: { [name]: "1" } }).workflows.run("wf");
  expect(server.seen[0]!.headers[name.toLowerCase()]).toBe("1");
});

test("a caller's Content-Type (any case) replaces the client's: one value is sent", async () => {
  const server = await rawServer({ job: {}, workflow: {} });
  await clientFor(server.url, { headers: { "Content-Type": "application/vnd.scenario+json" } }).workflows.run("wf");
  expect(server.seen[0]!.headers["content-type"]).toBe("application/vnd.scenario+json");
});

test("validateResponses: false on the client validates nothing (as when it is not given)", async () => {
  const invalid = { job: { status: "exploded" }, workflow: {} };
  const server = await rawServer(invalid);
  expect(await clientFor(server.url, { validateResponses: false }).workflows.run("wf")).toEqual(invalid);
});
