// The data that crosses from the test (in Node, beside the mock server) into a runtime and back:
// plain JSON, so every runtime's driver only has to carry it.

/** One call the runtime makes with the built client. */
export interface CallSpec {
  /** `workflows.run`, `workflows.estimate`, or openapi-fetch's `client.PUT`. */
  kind: "run" | "estimate" | "put";
  workflowId: string;
  body?: Record<string, unknown>;
  /** createScenarioClient's options; without apiKey/apiSecret the client looks in the runtime's environment. */
  client: {
    baseUrl: string;
    apiKey?: string;
    apiSecret?: string;
    timeoutMs?: number;
    maxRetries?: number;
    retry?: { initialDelayMs?: number };
    /** Where the runtime has no environment (or the test does not use it): the option. */
    logLevel?: "debug";
  };
  /** Abort the call once a GET of this URL answers (the test answers it when the mock has the request). */
  abortWhen?: string;
  /** Count the fetches the client makes, through its `fetch` option wrapping the runtime's own fetch. */
  countFetches?: boolean;
}

export interface PlannedCase {
  name: string;
  call: CallSpec;
}

/** What a thrown value looked like inside the runtime. */
export interface ErrorReport {
  name: string;
  message: string;
  /** The client's error classes it is an instance of (in that runtime's realm). */
  classes: string[];
  status?: number;
  /** The `code`s and the causes' messages down the `cause` chain: the runtime's own words. */
  causeCodes: string[];
  causeMessages: string[];
  /** Everything the error shows when printed or serialized, to look for secrets in. */
  printed: string;
}

/** One entry the client logged: `logger[level](message, fields)`. */
export type LogEntry = [level: string, message: string, fields: Record<string, unknown>];

export type Outcome = ({ ok: true; value: unknown } | { ok: false; error: ErrorReport }) & {
  fetches?: number;
  /** What the client logged during the call (every runtime's client gets a logger that keeps them). */
  logs: LogEntry[];
};

export type Results = Record<string, Outcome>;
