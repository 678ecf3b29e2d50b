export {
  BASE_PATH,
  DEFAULT_CREDENTIALS,
  DEFAULT_MAX_BODY_BYTES,
  directiveReply,
  errorBody,
  MAX_DELAY_MS,
  MIN_FORCED_STATUS,
  queuedResponse,
  startMockServer,
  type MockServer,
  type MockServerOptions,
  type RecordedRequest,
  type Scenario,
  type ScenarioReply,
} from "./mock-server.js";
export { MAX_BODY_DEPTH } from "./nesting-depth.js";
export {
  validateRunWorkflowHeaders,
  validateRunWorkflowPath,
  validateRunWorkflowQuery,
  type RunWorkflowHeaders,
  type RunWorkflowPath,
  type RunWorkflowQuery,
} from "./validate-request.js";
