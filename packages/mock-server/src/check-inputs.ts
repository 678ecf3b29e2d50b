import type { ValidationError } from "@scenario-api/schemas";
import { pointerToken } from "./json-pointer.js";

/** The part of a workflow input (the spec's WorkflowInput) that constrains a run's value. */
export interface InputRule {
  name: string;
  type: string;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  allowedValues?: unknown[];
}

const isString = (v: unknown) => typeof v === "string";
const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

// What a value of each input type looks like in a run's body (files and models by id or URL).
const TYPES: Record<string, [check: (v: unknown) => boolean, what: string]> = {
  boolean: [(v) => typeof v === "boolean", "a boolean"],
  number: [isNumber, "a number"],
  string: [isString, "a string"],
  file: [isString, "a string (asset id, URL or data URL)"],
  model: [isString, "a string (model id)"],
  number_array: [(v) => Array.isArray(v) && v.every(isNumber), "an array of numbers"],
  string_array: [(v) => Array.isArray(v) && v.every(isString), "an array of strings"],
  file_array: [(v) => Array.isArray(v) && v.every(isString), "an array of strings (asset ids, URLs or data URLs)"],
  model_array: [(v) => Array.isArray(v) && v.every(isString), "an array of strings (model ids)"],
  inputs_array: [(v) => Array.isArray(v) && v.every((x) => x !== null && typeof x === "object"), "an array of objects"],
};

/**
 * Checks the values a body gives for the workflow's declared inputs: type, range, length and
 * allowed values. Keys the workflow does not declare, and missing inputs, are let through, so
 * that `run(id)` with an empty body works against the mock.
 */
export function checkInputs(rules: readonly InputRule[], body: Record<string, unknown>): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const rule of rules) {
    if (!(rule.name in body)) continue;
    const value = body[rule.name];
    const path = `/${pointerToken(rule.name)}`;
    const [check, what] = TYPES[rule.type] ?? [() => true, ""];
    if (!check(value)) errors.push({ path, message: `must be ${what}` });
    else if (
      rule.allowedValues &&
      !(Array.isArray(value) ? value : [value]).every((v) => rule.allowedValues!.includes(v))
    ) {
      errors.push({ path, message: `must be one of ${rule.allowedValues.map((a) => JSON.stringify(a)).join(", ")}` });
    } else if (typeof value === "number" && rule.min !== undefined && value < rule.min)
      errors.push({ path, message: `must be >= ${rule.min}` });
    else if (typeof value === "number" && rule.max !== undefined && value > rule.max)
      errors.push({ path, message: `must be <= ${rule.max}` });
    else if (typeof value === "string" && rule.minLength !== undefined && value.length < rule.minLength) {
      errors.push({ path, message: `must be at least ${rule.minLength} characters` });
    } else if (typeof value === "string" && rule.maxLength !== undefined && value.length > rule.maxLength) {
      errors.push({ path, message: `must be at most ${rule.maxLength} characters` });
    }
  }
  return errors;
}
