#!/usr/bin/env node
import { parseArgs } from "node:util";
import { DEFAULT_CREDENTIALS, startMockServer } from "./mock-server.js";

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
  for (const flag of ["port", "latency-ms", "rate-limit", "rate-window-ms", "max-body-bytes"] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) {
      console.error(`--${flag} must be a whole number >= 0, got '${raw}'\n${USAGE}`);
      return 2;
    }
    numbers[flag] = n;
  }
  const credentials = { apiKey: values["api-key"]!, apiSecret: values["api-secret"]! };
  const server = await startMockServer({
    port: numbers.port,
    latencyMs: numbers["latency-ms"],
    credentials,
    record: false,
    maxBodyBytes: numbers["max-body-bytes"],
    ...(numbers["rate-limit"] !== undefined && {
      rateLimit: { limit: numbers["rate-limit"], windowMs: numbers["rate-window-ms"] },
    }),
  });
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
