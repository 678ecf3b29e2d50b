// Generated from @scenario-api/openapi by scripts/src/emit-validators.ts. Do not edit.
export interface CompiledError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}
export declare const Job: CompiledValidator;
export declare const JobStatus: CompiledValidator;
export declare const Problem: CompiledValidator;
export declare const RunRequest: CompiledValidator;
