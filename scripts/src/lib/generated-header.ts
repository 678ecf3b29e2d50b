/**
 * The one-line header of every generated file: its source and its generator, no timestamp
 * and no tool version (they would make every rebuild a diff).
 */
export function generatedNotice(script: string): string {
  return `Generated from @scenario-api/openapi by scripts/src/${script}. Do not edit.`;
}

/**
 * The same header for Go, in the one shape Go's tools (gopls, go vet, linters, GitHub) recognise
 * as generated: `^// Code generated .* DO NOT EDIT\.$`.
 */
export function goGeneratedNotice(script: string): string {
  return `// Code generated from @scenario-api/openapi by scripts/src/${script}. DO NOT EDIT.`;
}
