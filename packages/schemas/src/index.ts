export * from "./validators.js";
export { formatErrors, type ValidationError, type ValidationResult } from "./result.js";
