/** JSON text that is the same bytes for the same data: 2-space indent, LF, final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
