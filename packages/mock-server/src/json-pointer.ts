// JSON pointers (RFC 6901) as @scenario-api/schemas' validators write them, both ways: the mock
// server's own problems (parameters, inputs, nesting) point the same way as the body's.

/** A key as a pointer token: `~` → `~0`, `/` → `~1`. */
export function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A pointer token as its key: `~1` → `/`, `~0` → `~`. */
export function pointerKey(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
