// The `/__sandbox/*` control endpoints: not a BigCommerce API; tests and benchmarks read call
// counts and turn the knobs through them.
import { knobsInput, type SandboxKnobs } from "./knobs";
import { json } from "./responses";
import { resetStats, type SandboxStats } from "./stats";

/** Path prefix of the control endpoints. */
export const CONTROL_PREFIX = "/__sandbox/";

/**
 * Answers `GET /__sandbox/stats`, `POST /__sandbox/stats/reset` and `POST /__sandbox/knobs`
 * (a JSON subset of SandboxKnobs; 400 when out of range). Anything else is a 404.
 */
export async function sandboxControl(
  url: URL,
  request: Request,
  sandbox: { stats: SandboxStats; knobs: SandboxKnobs },
): Promise<Response> {
  const { stats, knobs } = sandbox;
  if (url.pathname === "/__sandbox/stats" && request.method === "GET") return json(200, stats);
  if (url.pathname === "/__sandbox/stats/reset" && request.method === "POST") {
    resetStats(stats);
    return json(200, stats);
  }
  if (url.pathname === "/__sandbox/knobs" && request.method === "POST") {
    const input = knobsInput.safeParse(await request.json().catch(() => null));
    if (!input.success) {
      return json(400, { error: "latencyMs, rate429, rate500, quota expected" });
    }
    Object.assign(knobs, input.data);
    return json(200, knobs);
  }
  return json(404, { error: "unknown sandbox control route" });
}
