#!/usr/bin/env node
import { parseArgs } from "node:util";
import { DEFAULT_CREDENTIALS, MAX_DELAY_MS, type MockServer, startMockServer } from "./mock-server.js";

const USAGE = `usage: scenario-mock-server [--port 4010] [--latency-ms 0] [--rate-limit N] [--rate-window-ms 60000]
                            [--max-body-bytes 1048576] [--api-key test-key] [--api-secret test-secret]`;

const options = {
  port: { type: "string", default: "4010" },
  "latency-ms": { type: "string" },
  "rate-limit": { type: "string" },
  "rate-window-ms": { type: "string" },
  "max-body-bytes": { type: "string" },
  "api-key": { type: "string", default: DEFAULT_CREDENTIALS.apiKey },
  "api-secret": { type: "string", default: DEFAULT_CREDENTIALS.apiSecret },
  help: { type: "boolean", short: "h" },
} as const;

// The range of each numeric flag: outside it the server could not start, or would silently not do
// what was asked (a window of 0 ms turns the rate limit off; a longer delay than a timer holds is none).
const RANGES = {
  port: [0, 65_535],
  "latency-ms": [0, MAX_DELAY_MS],
  "rate-limit": [0, Number.MAX_SAFE_INTEGER],
  "rate-window-ms": [1, Number.MAX_SAFE_INTEGER],
  "max-body-bytes": [0, Number.MAX_SAFE_INTEGER],
} as const;

/** One line for why the server could not listen: the cause a user can act on, never a stack. */
function listenFailure(error: unknown, port: string | undefined): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    return `port ${port} on 127.0.0.1 is already in use: stop what holds it or pick another --port`;
  if (code === "EACCES") return `port ${port} on 127.0.0.1 needs privileges this user lacks: pick a --port above 1023`;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const numbers: Record<string, number | undefined> = {};
  for (const [flag, [min, max]] of Object.entries(RANGES) as Array<[keyof typeof RANGES, readonly [number, number]]>) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
      console.error(`--${flag} must be a whole number from ${min} to ${max}, got '${raw}'\n${USAGE}`);
      return 2;
    }
    numbers[flag] = n;
  }
  const credentials = { apiKey: values["api-key"]!, apiSecret: values["api-secret"]! };
  let server: MockServer;
  try {
    server = await startMockServer({
      port: numbers.port,
      latencyMs: numbers["latency-ms"],
      credentials,
      record: false,
      maxBodyBytes: numbers["max-body-bytes"],
      ...(numbers["rate-limit"] !== undefined && {
        rateLimit: { limit: numbers["rate-limit"], windowMs: numbers["rate-window-ms"] },
      }),
    });
  } catch (error) {
    console.error(`scenario-mock-server: ${listenFailure(error, values.port)}`);
    return 2;
  }
  // Mock credentials, printed on purpose: clients in other languages need them.
  console.log(`Scenario API mock server listening on ${server.url}
  PUT ${server.url}/workflows/{workflowId}/run
  basic auth: API key '${credentials.apiKey}', API secret '${credentials.apiSecret}'
  workflow ids starting with "missing" answer 404; "mock:500", "mock:502:html", "mock:503:empty", "mock:slow:2000", "mock:hangup" force answers
Press Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
