export * from "./generated/validators.js";
export { formatErrors, type ValidationError, type ValidationResult } from "./result.js";
