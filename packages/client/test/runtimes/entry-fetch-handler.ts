// Workers (workerd) and edge functions (edge-runtime): a POST of the plan answers with the results.
import { runPlan } from "./run-plan.js";

export async function handle(request: Request): Promise<Response> {
  const results = await runPlan(await request.json());
  return new Response(JSON.stringify(results), { headers: { "content-type": "application/json" } });
}
