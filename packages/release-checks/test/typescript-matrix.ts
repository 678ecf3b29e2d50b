/**
 * The TypeScript releases a consumer of the published packages is type-checked with, each pinned
 * exactly and installed from npm into the consumer project as an alias (`typescript-7.0.2`), never
 * into the workspace: every typescript package links a `tsc` bin, and a second one there would take
 * over the workspace's own. The client README's TypeScript paragraph names exactly these.
 *
 * 5.0, the first with moduleResolution bundler, checks the published declarations only with
 * skipLibCheck on: openapi-fetch's need 5.4. 7.0 is the native compiler: its `tsc` is a launcher
 * for the binary in the optional dependency for the platform (`@typescript/typescript-linux-x64`).
 */
export const typescripts = [
  { version: "5.0.4", skipLibCheck: true },
  { version: "5.4.5", skipLibCheck: false },
  { version: "5.9.3", skipLibCheck: false },
  { version: "6.0.3", skipLibCheck: false },
  { version: "7.0.2", skipLibCheck: false },
] as const;

export const typescriptAlias = (version: string) => `typescript-${version}`;
