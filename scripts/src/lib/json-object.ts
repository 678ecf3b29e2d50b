/** A parsed JSON object whose members are not known yet: the one name for it across scripts/. */
export type JsonObject = Record<string, unknown>;
