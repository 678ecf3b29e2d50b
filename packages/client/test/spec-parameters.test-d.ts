// The type side of the spec's parameters (src/api-params.ts), over an operation shaped as
// openapi-typescript emits one: a spec that adds a required parameter makes `params` required.
import { expectTypeOf, test } from "vitest";
import type { ApiParams, CallArgs } from "../src/api-params.ts";

interface Edited {
  query: { dryRun?: unknown; projectId?: string; priority?: number; region: "eu" | "us" };
  header?: { "X-Idempotency-Key"?: string };
  path: { workflowId: string };
  cookie?: never;
}
interface Today {
  query?: { dryRun?: unknown; projectId?: string };
  header?: never;
  path: { workflowId: string };
  cookie?: never;
}

declare function run<P>(workflowId: string, ...args: CallArgs<object, P, { signal?: AbortSignal }>): void;

test("query and header parameters by name; optional ones also take undefined", () => {
  expectTypeOf<ApiParams<Edited>>().toEqualTypeOf<{
    dryRun?: unknown;
    projectId?: string | undefined;
    priority?: number | undefined;
    region: "eu" | "us";
    "X-Idempotency-Key"?: string | undefined;
  }>();
  expectTypeOf<ApiParams<Today>>().toEqualTypeOf<{ dryRun?: unknown; projectId?: string | undefined }>();
});

test("params (and the body before it) are required once a parameter is", () => {
  run<ApiParams<Edited>>("wf", {}, { region: "eu" });
  run<ApiParams<Edited>>("wf", undefined, { region: "us", priority: 3 }, { signal: AbortSignal.timeout(1) });
  // @ts-expect-error: the required parameter is missing
  run<ApiParams<Edited>>("wf", {}, { priority: 3 });
  // @ts-expect-error: params is required
  run<ApiParams<Edited>>("wf", {});
  // @ts-expect-error: params is required
  run<ApiParams<Edited>>("wf");
  // @ts-expect-error: not a value the spec allows
  run<ApiParams<Edited>>("wf", {}, { region: "mars" });
  run<ApiParams<Today>>("wf");
  run<ApiParams<Today>>("wf", {}, { projectId: undefined });
});
