// The package's entry. Everything it exports is generated from the spec into src/generated/
// (scripts/src/to-typescript.ts, committed); this file is the only hand-written one.
export * from "./generated/index.js";
