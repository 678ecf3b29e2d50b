export * from "./generated/validators.js";
export {
  formatErrors,
  maxReportedProblems,
  type StandardSchemaV1,
  type ValidationError,
  type ValidationResult,
  type Validator,
} from "./result.js";
