/**
 * The one-line header of every generated file: its source and its generator, no timestamp
 * and no tool version (they would make every rebuild a diff).
 */
export function generatedNotice(script: string): string {
  return `Generated from @scenario-api/openapi by scripts/src/${script}. Do not edit.`;
}
