/** A parsed JSON object whose members are not known yet: the one name for it across scripts/. */
export type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. The one such check of scripts/. */
export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);
