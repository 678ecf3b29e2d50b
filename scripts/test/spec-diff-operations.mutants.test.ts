/**
 * Operation-level comparison, case by case: what spec-diff reports (level, rule, where, the
 * sentence) for parameters, bodies, responses, headers, security and documentation in the cases
 * the rule rows of spec-diff-rules.test.ts do not reach: refs to components, case-insensitive
 * names, serialization defaults, global security, the order and deduplication of findings.
 */
import { describe, expect, test } from "vitest";
import type { JsonObject } from "../src/lib/json-object.ts";
import { diffSpecs } from "../src/spec-diff/diff-specs.ts";

const OP = "/paths/~1things~1{id}/put";

/** PUT /things/{id} with what a case gives it, and top-level members (components, security). */
const spec = (op: JsonObject = {}, top: JsonObject = {}, pathItem: JsonObject = {}): JsonObject => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{id}": {
      put: {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
        ...op,
      },
      ...pathItem,
    },
  },
  ...top,
});

/** The findings as `level rule where: message`, with the operation's pointer as `#`. */
const changes = (before: JsonObject, after: JsonObject) =>
  diffSpecs(before, after).map((f) => `${f.level} ${f.rule} ${f.at.replace(OP, "#")}: ${f.message}`);

type Case = [string, JsonObject, JsonObject, string[]];
const run = (cases: Case[]) =>
  test.each(cases)("%s", (_, before, after, want) => expect(changes(before, after)).toEqual(want));

const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const params = (...more: JsonObject[]) => spec({ parameters: [idParam, ...more] });
const q = (more: JsonObject = {}) => ({ name: "q", in: "query", schema: { type: "string" }, ...more });
const list = { type: "array", items: { type: "string" } };

describe("parameters", () => {
  run([
    [
      "a parameter by $ref: reported where the component is",
      {
        ...params({ $ref: "#/components/parameters/Q" }),
        components: { parameters: { Q: q() } },
      },
      { ...params({ $ref: "#/components/parameters/Q" }), components: { parameters: { Q: q({ required: true }) } } },
      [
        "breaking request-parameter-became-required /components/parameters/Q: PUT /things/{id} query parameter q: became required",
      ],
    ],
    [
      "a parameter's schema given by content",
      params(q({ schema: undefined, content: { "application/json": { schema: { type: "string" } } } })),
      params(q({ schema: undefined, content: { "application/json": { schema: { type: "integer" } } } })),
      [
        "breaking request-property-type-changed #/parameters/1/content/application~1json/schema: PUT /things/{id} query parameter q: type changed from string to integer",
      ],
    ],
    [
      "a parameter with neither schema nor content given a schema",
      params(q({ schema: undefined })),
      params(q()),
      [
        "breaking request-property-type-specialized #/parameters/1/schema: PUT /things/{id} query parameter q: type narrowed from any to string",
      ],
    ],
    [
      "a cookie parameter is form by default",
      params({ name: "c", in: "cookie", schema: { type: "string" } }),
      params({ name: "c", in: "cookie", style: "form", schema: { type: "string" } }),
      [],
    ],
    [
      "a header parameter is simple by default",
      params({ name: "h", in: "header", schema: list }),
      params({ name: "h", in: "header", style: "simple", explode: false, schema: list }),
      [],
    ],
    [
      "a header parameter made form",
      params({ name: "h", in: "header", schema: { type: "string" } }),
      params({ name: "h", in: "header", style: "form", schema: { type: "string" } }),
      [
        "breaking request-parameter-serialization-changed #/parameters/1: PUT /things/{id} header parameter h: serialization changed from simple to form exploded",
      ],
    ],
    ["explode on a one-value parameter changes nothing on the wire", params(q()), params(q({ explode: false })), []],
    [
      "explode on an object parameter does",
      params(q({ schema: { type: "object" } })),
      params(q({ schema: { type: "object" }, explode: false })),
      [
        "breaking request-parameter-serialization-changed #/parameters/1: PUT /things/{id} query parameter q: serialization changed from form exploded to form",
      ],
    ],
    [
      "a header parameter that became an array is not wire-compatible",
      params({ name: "h", in: "header", schema: { type: "string" } }),
      params({ name: "h", in: "header", schema: list }),
      [
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} header parameter h: type changed from string to array",
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} header parameter h[]: type narrowed from any to string",
      ],
    ],
    [
      "a spaceDelimited query parameter that became an array",
      params(q({ style: "spaceDelimited" })),
      params(q({ style: "spaceDelimited", schema: list })),
      [
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} query parameter q: type changed from string to array",
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} query parameter q[]: type narrowed from any to string",
      ],
    ],
    [
      "an array without items is not the one-value form",
      params(q()),
      params(q({ schema: { type: "array" } })),
      [
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} query parameter q: type changed from string to array",
      ],
    ],
    [
      "an array or a string that became an array",
      params(q({ schema: { type: ["string", "array"], items: { type: "string" } } })),
      params(q({ schema: list })),
      [
        "breaking request-property-type-specialized #/parameters/1/schema: PUT /things/{id} query parameter q: type narrowed from string|array to array",
      ],
    ],
    [
      "a parameter of any type that became an array",
      params(q({ schema: {} })),
      params(q({ schema: list })),
      [
        "breaking request-property-type-specialized #/parameters/1/schema: PUT /things/{id} query parameter q: type narrowed from any to array",
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} query parameter q[]: type narrowed from any to string",
      ],
    ],
    [
      "a string that became an array of integers: the values are compared",
      params(q({ schema: { type: "string", default: "a" } })),
      params(q({ schema: { type: "array", items: { type: "integer" } } })),
      [
        "breaking request-property-type-changed #/parameters/1/schema/items: PUT /things/{id} query parameter q []: type changed from string to integer",
        'warning request-parameter-default-value-removed #/parameters/1/schema: PUT /things/{id} query parameter q: default "a" removed',
        "info request-parameter-became-array #/parameters/1/schema: PUT /things/{id} query parameter q: now takes several values (form, exploded)",
      ],
    ],
    [
      "a path parameter is required whatever it says",
      spec({ parameters: [{ name: "id", in: "path", schema: { type: "string" } }] }),
      spec(),
      [],
    ],
    [
      "a new path parameter is required",
      {
        ...spec(),
        paths: { "/things/{id}/{sub}": (spec().paths as JsonObject)["/things/{id}"] as JsonObject },
      },
      {
        ...spec(),
        paths: {
          "/things/{id}/{sub}": {
            put: {
              parameters: [idParam, { name: "sub", in: "path", schema: { type: "string" } }],
              responses: { "200": { description: "ok" } },
            },
          },
        },
      },
      [
        "breaking new-required-request-parameter /paths/~1things~1{id}~1{sub}/put/parameters/1: PUT /things/{id}/{sub} path parameter sub: required parameter added",
      ],
    ],
    [
      "a default in the parameter's schema is reported once, as the parameter's",
      params(q({ schema: { type: "string", default: "a" } })),
      params(q({ schema: { type: "string", default: "b" } })),
      [
        'breaking request-parameter-default-value-changed #/parameters/1/schema: PUT /things/{id} query parameter q: default changed from "a" to "b"',
      ],
    ],
  ]);
});

const content = (schema: unknown, type = "application/json") => ({ [type]: { schema } });

describe("bodies and responses", () => {
  run([
    [
      "media type names compared without case or spaces",
      spec({ requestBody: { content: content({ type: "string" }, "application/json; charset=utf-8") } }),
      spec({ requestBody: { content: content({ type: "integer" }, "Application/JSON;charset=utf-8") } }),
      [
        "breaking request-property-type-changed #/requestBody/content/Application~1JSON;charset=utf-8/schema: PUT /things/{id} request body application/json; charset=utf-8: type changed from string to integer",
      ],
    ],
    [
      "a request body by $ref: reported where the component is",
      {
        ...spec({ requestBody: { $ref: "#/components/requestBodies/B" } }),
        components: { requestBodies: { B: { content: content({}) } } },
      },
      {
        ...spec({ requestBody: { $ref: "#/components/requestBodies/B" } }),
        components: { requestBodies: { B: { required: true, content: content({}) } } },
      },
      [
        "breaking request-body-became-required /components/requestBodies/B: PUT /things/{id} request body: became required",
      ],
    ],
    [
      "an optional body added",
      spec(),
      spec({ requestBody: { content: content({}) } }),
      ["info added-optional-request-body #/requestBody: PUT /things/{id} request body: optional body added"],
    ],
    [
      "a response by $ref that is removed: reported where the component was",
      {
        ...spec({ responses: { "200": { description: "ok" }, "201": { $ref: "#/components/responses/Made" } } }),
        components: { responses: { Made: { description: "made" } } },
      },
      { ...spec(), components: { responses: { Made: { description: "made" } } } },
      ["breaking response-success-status-removed /components/responses/Made: PUT /things/{id} response 201: removed"],
    ],
    [
      "a response by $ref whose content changed",
      {
        ...spec({ responses: { "200": { $ref: "#/components/responses/Ok" } } }),
        components: { responses: { Ok: { description: "ok", content: content({ type: "string" }) } } },
      },
      {
        ...spec({ responses: { "200": { $ref: "#/components/responses/Ok" } } }),
        components: { responses: { Ok: { description: "ok", content: content({ type: "integer" }) } } },
      },
      [
        "breaking response-property-type-changed /components/responses/Ok/content/application~1json/schema: PUT /things/{id} response 200 application/json: type changed from string to integer",
      ],
    ],
    [
      "2XX is a success status",
      spec({ responses: { "200": { description: "ok" }, "2XX": { description: "ok" } } }),
      spec(),
      ["breaking response-success-status-removed #/responses/2XX: PUT /things/{id} response 2XX: removed"],
    ],
    [
      "a status that is not an object, removed",
      spec({ responses: { "200": { description: "ok" }, "202": null } }),
      spec(),
      ["breaking response-success-status-removed #/responses/202: PUT /things/{id} response 202: removed"],
    ],
    [
      "an operation without responses gains some",
      spec({ responses: undefined }),
      spec(),
      ["info response-success-status-added #/responses/200: PUT /things/{id} response 200: added"],
    ],
    [
      "a media type that is not an object is not one",
      spec({ responses: { "200": { description: "ok", content: { "text/plain": null } } } }),
      spec(),
      [],
    ],
    [
      "a 204 added to a response with a body",
      spec(),
      spec({ responses: { "200": { description: "ok" }, "204": { description: "none" } } }),
      ["info response-success-status-added #/responses/204: PUT /things/{id} response 204: added"],
    ],
  ]);
});

const header = (headers: JsonObject, top: JsonObject = {}) =>
  spec({ responses: { "200": { description: "ok", headers } } }, top);

describe("response headers", () => {
  run([
    [
      "a Content-Type header is not a header",
      header({ "Content-Type": { required: true, schema: {} } }),
      header({}),
      [],
    ],
    [
      "names without case",
      header({ "X-Rate": { schema: { type: "integer" } } }),
      header({ "x-rate": { schema: { type: "string" } } }),
      [
        "breaking response-property-type-changed #/responses/200/headers/x-rate/schema: PUT /things/{id} response 200 header X-Rate: type changed from integer to string",
      ],
    ],
    [
      "a header by $ref: reported where the component is",
      header(
        { "X-Rate": { $ref: "#/components/headers/Rate" } },
        { components: { headers: { Rate: { schema: {} } } } },
      ),
      header(
        { "X-Rate": { $ref: "#/components/headers/Rate" } },
        { components: { headers: { Rate: { required: true, schema: {} } } } },
      ),
      [
        "info response-header-became-required /components/headers/Rate: PUT /things/{id} response 200 header X-Rate: became required",
      ],
    ],
    [
      "a header's schema given by content",
      header({ "X-Rate": { content: content({ type: "integer" }) } }),
      header({ "X-Rate": { content: content({ type: "string" }) } }),
      [
        "breaking response-property-type-changed #/responses/200/headers/X-Rate/content/application~1json/schema: PUT /things/{id} response 200 header X-Rate: type changed from integer to string",
      ],
    ],
    [
      "a header's content without a schema is any value",
      header({ "X-Rate": { content: { "text/plain": {} } } }),
      header({ "X-Rate": { schema: { type: "string" } } }),
      [
        "info response-property-type-specialized #/responses/200/headers/X-Rate/schema: PUT /things/{id} response 200 header X-Rate: type narrowed from any to string",
      ],
    ],
    [
      "a header without schema or content is any value",
      header({ "X-Rate": {} }),
      header({ "X-Rate": { schema: { type: "string" } } }),
      [
        "info response-property-type-specialized #/responses/200/headers/X-Rate/schema: PUT /things/{id} response 200 header X-Rate: type narrowed from any to string",
      ],
    ],
  ]);
});

const schemes = {
  basic: { type: "http", scheme: "basic" },
  key: { type: "apiKey", in: "header", name: "X-Key" },
  oauth: {
    type: "oauth2",
    flows: { clientCredentials: { tokenUrl: "https://x/t", scopes: { read: "r", write: "w" } } },
  },
};
const secured = (security: unknown[] | undefined, global?: unknown[], defs: JsonObject = schemes) =>
  spec(security ? { security } : {}, {
    components: { securitySchemes: defs },
    ...(global ? { security: global } : {}),
  });

describe("security", () => {
  run([
    [
      "the document's security applies: reported at /security",
      secured(undefined, [{ basic: [] }]),
      secured(undefined, [{ key: [] }]),
      [
        "breaking api-security-requirement-removed /security: PUT /things/{id} security: basic no longer accepted (now key)",
        "info api-security-requirement-added /security: PUT /things/{id} security: key accepted",
      ],
    ],
    [
      "the operation's own security overrides the document's",
      secured([{ basic: [] }], [{ key: [] }]),
      secured([{ basic: [] }], [{ oauth: ["read"] }]),
      [],
    ],
    [
      "an empty list is anonymous access",
      secured([]),
      secured([{ basic: [] }]),
      [
        "breaking api-security-required-scheme-added #/security: PUT /things/{id} security: no authentication is no longer enough (now basic)",
        "info api-security-requirement-added #/security: PUT /things/{id} security: basic accepted",
      ],
    ],
    [
      "anonymous access added beside a scheme",
      secured([{ basic: [] }]),
      secured([{ basic: [] }, {}]),
      ["info api-security-requirement-added #/security: PUT /things/{id} security: no authentication accepted"],
    ],
    [
      "a scope and a scheme added to one alternative",
      secured([{ oauth: ["read"] }]),
      secured([{ oauth: ["read", "write"], key: [] }]),
      [
        "breaking api-security-required-scheme-added #/security: PUT /things/{id} security: oauth [read] is no longer enough (now oauth [read, write] + key)",
        "info api-security-requirement-added #/security: PUT /things/{id} security: oauth [read, write] + key accepted",
      ],
    ],
    [
      "one of two schemes dropped from an alternative",
      secured([{ basic: [], key: [] }]),
      secured([{ basic: [] }]),
      ["info api-security-requirement-added #/security: PUT /things/{id} security: basic accepted"],
    ],
    ["scopes that are not a list are none", secured([{ oauth: "read" }]), secured([{ oauth: [] }]), []],
    ["an alternative that is not an object is left out", secured([{ basic: [] }, "key"]), secured([{ basic: [] }]), []],
    [
      "the HTTP scheme is compared without case",
      secured([{ basic: [] }]),
      secured([{ basic: [] }], undefined, { ...schemes, basic: { type: "http", scheme: "Basic" } }),
      [],
    ],
    [
      "an apiKey renamed",
      secured([{ key: [] }]),
      secured([{ key: [] }], undefined, { ...schemes, key: { type: "apiKey", in: "header", name: "X-Api-Key" } }),
      [
        "breaking security-scheme-api-key-changed /components/securitySchemes/key: security scheme key: key moved from header X-Key to header X-Api-Key",
      ],
    ],
    [
      "an oauth2 scheme's flows changed is not a type change",
      secured([{ oauth: ["read"] }]),
      secured([{ oauth: ["read"] }], undefined, {
        ...schemes,
        oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://y/t", scopes: { read: "r" } } } },
      }),
      [],
    ],
    [
      "a scheme that is not an object is left out",
      secured([{ basic: [] }], undefined, { ...schemes, broken: "x" }),
      secured([{ basic: [] }], undefined, schemes),
      [],
    ],
    [
      "a scheme replaced by something that is not one is removed",
      secured([{ basic: [] }], undefined, schemes),
      secured([{ basic: [] }], undefined, { ...schemes, key: "x" }),
      ["info security-scheme-removed /components/securitySchemes/key: security scheme key: removed"],
    ],
  ]);
});

describe("operations, documentation, order", () => {
  const webhook = (schema: unknown, extra: JsonObject = {}) =>
    spec({}, { webhooks: { done: { post: { requestBody: { content: content(schema) }, ...extra } } } });
  run([
    [
      "an operationId dropped",
      spec({ operationId: "run" }),
      spec(),
      ["breaking api-operation-id-changed #/operationId: PUT /things/{id}: operationId changed from run to none"],
    ],
    ["an operationId given", spec(), spec({ operationId: "run" }), []],
    [
      "deprecated already",
      spec({ deprecated: true }),
      spec({ deprecated: true, summary: "s" }),
      [`info documentation-changed #/summary: ${OP}/summary: summary added`],
    ],
    [
      "a webhook's responses are the client's: not compared",
      webhook({ type: "string" }, { responses: { "200": { description: "ok" } } }),
      webhook({ type: "string" }),
      [],
    ],
    [
      "a webhook's payload by $ref",
      {
        ...webhook(null),
        webhooks: { done: { post: { requestBody: { $ref: "#/components/requestBodies/P" } } } },
        components: { requestBodies: { P: { content: content({ type: "string" }) } } },
      },
      {
        ...webhook(null),
        webhooks: { done: { post: { requestBody: { $ref: "#/components/requestBodies/P" } } } },
        components: { requestBodies: { P: { content: content({ type: "integer" }) } } },
      },
      [
        "breaking response-property-type-changed /components/requestBodies/P/content/application~1json/schema: webhook done POST payload application/json: type changed from string to integer",
      ],
    ],
    [
      "a path item by $ref",
      {
        ...spec(),
        paths: { "/x": { $ref: "#/components/pathItems/X" } },
        components: { pathItems: { X: { get: { responses: { "200": { description: "ok" } } } } } },
      },
      { ...spec(), paths: { "/x": { $ref: "#/components/pathItems/X" } }, components: { pathItems: { X: {} } } },
      ["breaking api-path-removed /components/pathItems/X/get: GET /x: removed"],
    ],
    [
      "a text edit is not reported beside a real change",
      spec({ description: "a", responses: { "200": { description: "ok" }, "201": { description: "made" } } }),
      spec({ description: "b" }),
      ["breaking response-success-status-removed #/responses/201: PUT /things/{id} response 201: removed"],
    ],
    [
      "findings in order: breaking, warning, info, then by place",
      spec({
        parameters: [idParam, q(), { name: "b", in: "query", schema: { type: "string", default: "x" } }],
        responses: { "200": { description: "ok", headers: { "X-A": {} } }, "201": { description: "made" } },
      }),
      spec({
        parameters: [idParam, q({ required: true }), { name: "b", in: "query", schema: { type: "string" } }],
        responses: { "200": { description: "ok" }, "400": { description: "bad" } },
      }),
      [
        "breaking request-parameter-became-required #/parameters/1: PUT /things/{id} query parameter q: became required",
        "breaking response-success-status-removed #/responses/201: PUT /things/{id} response 201: removed",
        'warning request-parameter-default-value-removed #/parameters/2/schema: PUT /things/{id} query parameter b: default "x" removed',
        "warning optional-response-header-removed #/responses/200/headers/X-A: PUT /things/{id} response 200 header X-A: removed",
        "info response-non-success-status-added #/responses/400: PUT /things/{id} response 400: added",
      ],
    ],
    [
      "one schema met twice in one place is reported once",
      {
        ...spec({
          requestBody: {
            content: {
              ...content({ $ref: "#/components/schemas/S" }),
              ...content({ $ref: "#/components/schemas/S" }, "text/json"),
            },
          },
        }),
        components: { schemas: { S: { type: "string" } } },
      },
      {
        ...spec({
          requestBody: {
            content: {
              ...content({ $ref: "#/components/schemas/S" }),
              ...content({ $ref: "#/components/schemas/S" }, "text/json"),
            },
          },
        }),
        components: { schemas: { S: { type: "integer" } } },
      },
      [
        "breaking request-property-type-changed /components/schemas/S: PUT /things/{id} request body application/json: type changed from string to integer",
      ],
    ],
  ]);
});

describe("documentation", () => {
  const doc = (extra: JsonObject) => ({ ...spec(), ...extra });
  run([
    [
      "a property named like a text keyword is data: only its own text is",
      doc({ components: { schemas: { S: { properties: { summary: { type: "string", description: "a" } } } } } }),
      doc({ components: { schemas: { S: { properties: { summary: { type: "string", description: "b" } } } } } }),
      [
        "info documentation-changed /components/schemas/S/properties/summary/description: /components/schemas/S/properties/summary/description: description changed",
      ],
    ],
    [
      "an extension added",
      doc({}),
      doc({ "x-logo": "l" }),
      ["info documentation-changed /x-logo: /x-logo: x-logo added"],
    ],
    [
      "an extension removed",
      doc({ info: { title: "t", version: "1" }, "x-logo": "l" }),
      doc({}),
      ["info documentation-changed /x-logo: /x-logo: x-logo removed"],
    ],
    [
      "a schema named like a text keyword",
      doc({ components: { schemas: { title: { type: "string", title: "a" } } } }),
      doc({ components: { schemas: { title: { type: "string", title: "b" } } } }),
      ["info documentation-changed /components/schemas/title/title: /components/schemas/title/title: title changed"],
    ],
  ]);
});

// Cases the mutation run (bench/mutation) found untested.
const get = { get: { responses: { "200": { description: "ok" } } } };
const withPaths = (paths: JsonObject, webhooks: JsonObject = {}) => ({ ...spec(), paths, webhooks });
const hook = { post: { requestBody: { content: content({ type: "string" }) } } };

describe("operations matched across revisions", () => {
  run([
    [
      "two paths, one removed",
      withPaths({ "/a/{x}": get, "/b/{y}": get }),
      withPaths({ "/a/{x}": get }),
      ["breaking api-path-removed /paths/~1b~1{y}/get: GET /b/{y}: removed"],
    ],
    [
      "a literal path beside a templated one",
      withPaths({ "/a/": get, "/a/{x}": get }),
      withPaths({ "/a/{x}": get }),
      ["breaking api-path-removed /paths/~1a~1/get: GET /a/: removed"],
    ],
    [
      "a path item that is not an object is no operation",
      withPaths({ "/a": null, "/b": get }),
      withPaths({ "/a": null, "/b": get }),
      [],
    ],
    [
      "a webhook and a path of the same name",
      withPaths({ "/x": hook }, { "/x": hook }),
      withPaths({ "/x": hook }),
      ["breaking webhook-removed /webhooks/~1x/post: webhook /x POST: removed"],
    ],
    [
      "an operation removed from a path whose parameter was renamed",
      withPaths({ "/a/{x}": { ...get, put: get.get } }),
      withPaths({ "/a/{y}": { put: get.get } }),
      ["breaking api-removed /paths/~1a~1{x}/get: GET /a/{x}: removed"],
    ],
    [
      "two webhooks, one removed",
      withPaths({}, { a: hook, b: hook }),
      withPaths({}, { a: hook }),
      ["breaking webhook-removed /webhooks/b/post: webhook b POST: removed"],
    ],
    [
      "a path-level parameter: reported where it is",
      spec({ parameters: [] }, {}, { parameters: [idParam, q()] }),
      spec({ parameters: [] }, {}, { parameters: [idParam, q({ required: true })] }),
      [
        "breaking request-parameter-became-required /paths/~1things~1{id}/parameters/1: PUT /things/{id} query parameter q: became required",
      ],
    ],
    [
      "a document without openapi is read as 3.1",
      { ...spec({ requestBody: { content: content({ type: "string", nullable: true }) } }), openapi: undefined },
      { ...spec({ requestBody: { content: content({ type: "string" }) } }), openapi: undefined },
      [],
    ],
    [
      "3.1: nullable means nothing",
      spec({ requestBody: { content: content({ type: "string", nullable: true }) } }),
      spec({ requestBody: { content: content({ type: "string" }) } }),
      [],
    ],
    [
      "the same finding twice is reported once",
      secured([{ basic: [] }]),
      secured([{ basic: [] }, { key: [] }, { key: [] }]),
      ["info api-security-requirement-added #/security: PUT /things/{id} security: key accepted"],
    ],
    [
      "array values compared whatever the key order inside",
      spec({ requestBody: { content: content({ default: [{ a: 1, b: 2 }] }) } }),
      spec({ requestBody: { content: content({ default: [{ b: 2, a: 1 }] }) } }),
      [],
    ],
    [
      "array values compared item by item",
      spec({ requestBody: { content: content({ default: [1, 23] }) } }),
      spec({ requestBody: { content: content({ default: [12, 3] }) } }),
      [
        "warning request-property-default-value-changed #/requestBody/content/application~1json/schema: PUT /things/{id} request body application/json: default changed from [1,23] to [12,3]",
      ],
    ],
  ]);
});

describe("parameters: more", () => {
  run([
    ["parameters without a name or a place are left out", params({ in: "query" }, { name: "x" }), params(), []],
    [
      "a query parameter named like a path parameter",
      params({ name: "id", in: "query", schema: { type: "string" } }),
      params(),
      ["breaking request-parameter-removed #/parameters/1: PUT /things/{id} query parameter id: removed"],
    ],
    [
      "two path parameters not in the template",
      params({ name: "g1", in: "path", schema: {} }, { name: "g2", in: "path", schema: {} }),
      params(),
      [
        "breaking request-parameter-removed #/parameters/1: PUT /things/{id} path parameter g1: removed",
        "breaking request-parameter-removed #/parameters/2: PUT /things/{id} path parameter g2: removed",
      ],
    ],
    [
      "query names are case-sensitive",
      params(q({ name: "Q" })),
      params(q()),
      [
        "breaking request-parameter-removed #/parameters/1: PUT /things/{id} query parameter Q: removed",
        "info new-optional-request-parameter #/parameters/1: PUT /things/{id} query parameter q: optional parameter added",
      ],
    ],
    [
      "a content entry that is not an object is no schema",
      params(q({ schema: undefined, content: { "text/plain": null } })),
      params(q({ schema: undefined, content: { "text/plain": null } })),
      [],
    ],
    [
      "a content entry without a schema is any value",
      params(q()),
      params(q({ schema: undefined, content: { "application/json": {} } })),
      [
        "info request-property-type-generalized #/parameters/1/schema: PUT /things/{id} query parameter q: type widened from string to any",
      ],
    ],
    [
      "a media type name with ~ in the pointer",
      params(q({ schema: undefined, content: { "a~b": { schema: { type: "string" } } } })),
      params(q({ schema: undefined, content: { "a~b": { schema: { type: "integer" } } } })),
      [
        "breaking request-property-type-changed #/parameters/1/content/a~0b/schema: PUT /things/{id} query parameter q: type changed from string to integer",
      ],
    ],
    [
      "a cookie parameter that became an array is not one value",
      params({ name: "c", in: "cookie", schema: { type: "string" } }),
      params({ name: "c", in: "cookie", schema: list }),
      [
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} cookie parameter c: type changed from string to array",
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} cookie parameter c[]: type narrowed from any to string",
      ],
    ],
    [
      "a form parameter that became a spaceDelimited array",
      params(q()),
      params(q({ style: "spaceDelimited", schema: list })),
      [
        "breaking request-parameter-serialization-changed #/parameters/1: PUT /things/{id} query parameter q: serialization changed from form exploded to spaceDelimited",
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} query parameter q: type changed from string to array",
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} query parameter q[]: type narrowed from any to string",
      ],
    ],
    [
      "a spaceDelimited parameter that became a form array",
      params(q({ style: "spaceDelimited" })),
      params(q({ schema: list })),
      [
        "breaking request-parameter-serialization-changed #/parameters/1: PUT /things/{id} query parameter q: serialization changed from spaceDelimited to form exploded",
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} query parameter q: type changed from string to array",
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} query parameter q[]: type narrowed from any to string",
      ],
    ],
    [
      "a string that may also be an array",
      params(q()),
      params(q({ schema: { type: ["array", "string"], items: { type: "string" } } })),
      [
        "breaking request-property-type-specialized #/parameters/1/schema/items: PUT /things/{id} query parameter q[]: type narrowed from any to string",
        "info request-property-type-generalized #/parameters/1/schema: PUT /things/{id} query parameter q: type widened from string to array|string",
      ],
    ],
    [
      "a string that became any value",
      params(q()),
      params(q({ schema: {} })),
      [
        "info request-property-type-generalized #/parameters/1/schema: PUT /things/{id} query parameter q: type widened from string to any",
      ],
    ],
    [
      "an object that became a string, not exploded",
      params(q({ schema: { type: "object" } })),
      params(q({ explode: false })),
      [
        "breaking request-parameter-serialization-changed #/parameters/1: PUT /things/{id} query parameter q: serialization changed from form exploded to form",
        "breaking request-property-type-changed #/parameters/1/schema: PUT /things/{id} query parameter q: type changed from object to string",
      ],
    ],
  ]);
});

describe("bodies, headers, security: more", () => {
  run([
    [
      "402 is not a success",
      spec({ responses: { "200": { description: "ok" }, "402": { description: "pay" } } }),
      spec(),
      ["info response-non-success-status-removed #/responses/402: PUT /things/{id} response 402: removed"],
    ],
    [
      "a status that was not an object gains headers",
      spec({ responses: { "200": null } }),
      header({ "X-A": { required: true } }),
      [],
    ],
    [
      "a webhook's media type removed: reported where it was",
      spec({}, { webhooks: { done: { post: { requestBody: { content: { ...content({}), "text/plain": {} } } } } } }),
      spec({}, { webhooks: { done: { post: { requestBody: { content: content({}) } } } } }),
      [
        "breaking response-media-type-removed /webhooks/done/post/requestBody/content/text~1plain: webhook done POST payload text/plain: media type removed",
      ],
    ],
    ["a header that is not an object is none", header({ "X-A": null }), header({}), []],
    [
      "two schemes, one swapped for a scoped one",
      secured([{ basic: [], key: [] }]),
      secured([{ basic: [], oauth: ["read"] }]),
      [
        "breaking api-security-requirement-removed #/security: PUT /things/{id} security: basic + key no longer accepted (now basic + oauth [read])",
        "info api-security-requirement-added #/security: PUT /things/{id} security: basic + oauth [read] accepted",
      ],
    ],
    [
      "security made anonymous by an empty list",
      secured([{ basic: [] }]),
      secured([]),
      ["info api-security-requirement-added #/security: PUT /things/{id} security: no authentication accepted"],
    ],
    [
      "two scopes added",
      secured([{ oauth: [] }]),
      secured([{ oauth: ["read", "write"] }]),
      [
        "breaking api-security-scope-added #/security: PUT /things/{id} security: oauth now also needs scope(s) oauth:read, oauth:write",
      ],
    ],
    [
      "a scheme added to one of two alternatives",
      secured([{ basic: [] }]),
      secured([{ basic: [], key: [] }, { oauth: [] }]),
      [
        "breaking api-security-required-scheme-added #/security: PUT /things/{id} security: basic is no longer enough (now basic + key or oauth)",
        "info api-security-requirement-added #/security: PUT /things/{id} security: basic + key accepted",
        "info api-security-requirement-added #/security: PUT /things/{id} security: oauth accepted",
      ],
    ],
    [
      "one scheme swapped for two alternatives",
      secured([{ basic: [] }]),
      secured([{ key: [] }, { oauth: [] }]),
      [
        "breaking api-security-requirement-removed #/security: PUT /things/{id} security: basic no longer accepted (now key or oauth)",
        "info api-security-requirement-added #/security: PUT /things/{id} security: key accepted",
        "info api-security-requirement-added #/security: PUT /things/{id} security: oauth accepted",
      ],
    ],
    [
      "an apiKey scheme became HTTP",
      secured([{ key: [] }]),
      secured([{ key: [] }], undefined, { ...schemes, key: { type: "http", scheme: "bearer" } }),
      [
        "breaking security-scheme-type-changed /components/securitySchemes/key: security scheme key: changed from apiKey to http bearer",
      ],
    ],
    [
      "an apiKey moved from the header to the query",
      secured([{ key: [] }]),
      secured([{ key: [] }], undefined, { ...schemes, key: { type: "apiKey", in: "query", name: "X-Key" } }),
      [
        "breaking security-scheme-api-key-changed /components/securitySchemes/key: security scheme key: key moved from header X-Key to query X-Key",
      ],
    ],
  ]);
});

describe("documentation: what is text, what is a name", () => {
  const doc = (extra: JsonObject) => ({ ...spec(), ...extra });
  const text: Array<[string, JsonObject, string]> = [
    ["example", { components: { schemas: { S: { example: 1 } } } }, "/components/schemas/S/example"],
    ["examples", { components: { schemas: { S: { examples: [1] } } } }, "/components/schemas/S/examples"],
    ["externalDocs", { externalDocs: { url: "https://x" } }, "/externalDocs"],
    ["tags", { tags: [{ name: "t" }] }, "/tags"],
    ["info", { info: { title: "t", version: "2" } }, "/info"],
    ["servers", { servers: [{ url: "https://x" }] }, "/servers"],
    ["$comment", { components: { schemas: { S: { $comment: "c" } } } }, "/components/schemas/S/$comment"],
  ];
  test.each(text)("%s is text: its change is reported where the keyword is", (key, extra, at) => {
    // S stays on both sides (its removal would be component-schema-removed).
    const found = diffSpecs(
      doc({ components: { schemas: { S: {} } } }),
      doc({ components: { schemas: { S: {} } }, ...extra }),
    );
    expect(found.map((f) => `${f.level} ${f.rule} ${f.at}`)).toContain(`info documentation-changed ${at}`);
    expect(
      found.every((f) => f.rule === "documentation-changed"),
      key,
    ).toBe(true);
  });
  // Under these keys the names are data: an entry called `x-...` is not an extension.
  const named: Array<[string, (d: JsonObject) => JsonObject]> = [
    ["patternProperties", (d) => ({ components: { schemas: { S: { patternProperties: { "x-a": d } } } } })],
    ["$defs", (d) => ({ components: { schemas: { S: { $defs: { "x-a": d } } } } })],
    ["dependentSchemas", (d) => ({ components: { schemas: { S: { dependentSchemas: { "x-a": d } } } } })],
    ["responses", (d) => ({ components: { responses: { "x-a": d } } })],
    ["parameters", (d) => ({ components: { parameters: { "x-a": d } } })],
    ["headers", (d) => ({ components: { headers: { "x-a": d } } })],
    ["securitySchemes", (d) => ({ components: { securitySchemes: { "x-a": d } } })],
    ["requestBodies", (d) => ({ components: { requestBodies: { "x-a": d } } })],
    ["callbacks", (d) => ({ components: { callbacks: { "x-a": d } } })],
    ["links", (d) => ({ components: { links: { "x-a": d } } })],
    ["content", (d) => ({ components: { requestBodies: { B: { content: { "x-a": d } } } } })],
    ["webhooks", (d) => ({ webhooks: { "x-a": d } })],
    ["paths", (d) => ({ paths: { ...(spec().paths as JsonObject), "x-a": d } })],
  ];
  test.each(named)("under %s, an entry named x-... is data", (_, place) => {
    const found = diffSpecs(doc(place({ description: "a" })), doc(place({ description: "b" })));
    expect(found.map((f) => `${f.rule} ${f.at}`)).toEqual([
      expect.stringMatching(/^documentation-changed \/.*\/x-a\/description$/),
    ]);
  });
});
