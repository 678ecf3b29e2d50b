import { clientOverheadBench } from "./client-overhead.ts";
import { clientSizeBench } from "./client-size.ts";
import { generationBench } from "./generation.ts";
import type { Section } from "./report.ts";
import { typecheckBench } from "./typecheck.ts";
import { validationBench } from "./validation.ts";

/** Every section of `npm run bench`, in the order they run and are reported. */
export const sections: Array<[name: string, run: () => Promise<Section>]> = [
  ["client-overhead", clientOverheadBench],
  ["client-size", clientSizeBench],
  ["validation", validationBench],
  ["generation", generationBench],
  ["typecheck", typecheckBench],
];
