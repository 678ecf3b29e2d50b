type Json = Record<string, unknown>;

const list = (node: unknown, ...path: string[]): unknown[] => {
  let at = node;
  for (const key of path) at = (at as Json | undefined)?.[key];
  if (!Array.isArray(at) || at.length === 0)
    throw new Error(`scaled payload: /${path.join("/")} is not a non-empty array in the example`);
  return at;
};

/**
 * The reference RunWorkflowResponse example grown to about `bytes` of JSON the way a big
 * workflow grows: more job flow nodes, workflow flow nodes and workflow inputs, each a copy
 * of the example's first with its own id or name. Every added item is a copy of one the
 * schema already accepts, so the payload stays valid (the bench checks it).
 */
export function scaledResponse(example: unknown, bytes: number): unknown {
  const out = structuredClone(example) as Json;
  const arrays = [list(out, "job", "metadata", "flow"), list(out, "workflow", "flow"), list(out, "workflow", "inputs")];
  const firsts = arrays.map((a) => a[0] as Json);
  const addUnit = (i: number) => {
    arrays[0]!.push({ ...structuredClone(firsts[0]!), id: `job-node-${i}` });
    arrays[1]!.push({ ...structuredClone(firsts[1]!), id: `workflow-node-${i}` });
    arrays[2]!.push({ ...structuredClone(firsts[2]!), name: `input${i}` });
  };
  const base = JSON.stringify(out).length;
  if (bytes <= base) return out;
  addUnit(1);
  const unit = JSON.stringify(out).length - base;
  const units = Math.ceil((bytes - base) / unit);
  for (let i = 2; i <= units; i++) addUnit(i);
  return out;
}
