export {
  BASE_PATH,
  DEFAULT_CREDENTIALS,
  directiveReply,
  errorBody,
  queuedResponse,
  startMockServer,
  type MockServer,
  type MockServerOptions,
  type RecordedRequest,
  type Scenario,
  type ScenarioReply,
} from "./mock-server.js";
export { validateRunWorkflowPath, validateRunWorkflowQuery } from "./validate-request.js";
