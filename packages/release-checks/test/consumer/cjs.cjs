// CommonJS consumer: require() must find a CJS build of every package with code.
const { createScenarioClient, ScenarioApiError } = require("@scenario-api/client");
const { ResponseValidationError } = require("@scenario-api/client/validate");
const { validateJob, formatErrors } = require("@scenario-api/schemas");
const { jobTypes } = require("@scenario-api/types");
const { startMockServer } = require("@scenario-api/mock-server");
const schema = require("@scenario-api/schemas/2020-12/Job.json");

const bad = validateJob({ jobId: 1 });
console.log(
  JSON.stringify({
    client: typeof createScenarioClient === "function" && typeof ScenarioApiError === "function",
    // One ScenarioError class across the two entries (their shared chunk), not a copy in each.
    clientValidate: new ResponseValidationError(200, [], {}) instanceof require("@scenario-api/client").ScenarioError,
    validators: bad.valid === false && formatErrors(bad.errors).includes("/jobId"),
    types: jobTypes.length === 39,
    mockServer: typeof startMockServer === "function",
    schemaFile: schema.$id.endsWith("/2020-12/Job.json"),
  }),
);
