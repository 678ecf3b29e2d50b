type Json = Record<string, unknown>;

/**
 * A spec with `copies` copies of the real operation: each copy gets its own path and its own
 * copy of every component (schema, parameter, response, example) under a suffixed name, so
 * generators do `copies` times the work, as they would on a spec that really grew.
 */
export function syntheticSpec(real: Json, copies: number): Json {
  const components = real.components as Record<string, Record<string, unknown>>;
  const paths = real.paths as Record<string, unknown>;
  const out: Json = { ...real, paths: {}, components: { securitySchemes: components.securitySchemes } };
  const outPaths = out.paths as Record<string, unknown>;
  const outComponents = out.components as Record<string, Record<string, unknown>>;
  for (let i = 1; i <= copies; i++) {
    // The first copy keeps the real names, so the real operation (and its code samples) is in every size.
    const suffix = i === 1 ? "" : String(i);
    const rename = (text: string) =>
      text
        .replace(
          /"#\/components\/(schemas|parameters|responses|examples)\/([A-Za-z0-9]+)"/g,
          `"#/components/$1/$2${suffix}"`,
        )
        .replace(/"operationId":"runWorkflow"/g, `"operationId":"runWorkflow${suffix}"`);
    for (const section of ["schemas", "parameters", "responses", "examples"]) {
      outComponents[section] ??= {};
      for (const [name, value] of Object.entries(components[section] ?? {})) {
        outComponents[section]![`${name}${suffix}`] = JSON.parse(rename(JSON.stringify(value)));
      }
    }
    for (const [path, item] of Object.entries(paths)) {
      outPaths[suffix ? path.replace("/workflows/", `/workflows${suffix}/`) : path] = JSON.parse(
        rename(JSON.stringify(item)),
      );
    }
  }
  return out;
}
