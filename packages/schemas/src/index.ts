export * from "./generated/validators.js";
export {
  formatErrors,
  maxReportedProblems,
  type ValidationError,
  type ValidationResult,
} from "./result.js";
