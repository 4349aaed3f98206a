// The `/__sandbox/*` control endpoints: not a BigCommerce API; tests and benchmarks read call
// counts, turn the knobs, edit the catalog (firing webhooks) and read deliveries through them.
import { z } from "zod";
import { changeProduct, productChangeInput, productSummary } from "../catalog-changes";
import { originOf } from "../embedded-checkout/state";
import { SandboxError } from "../errors";
import { applyOrderExtras, orderExtrasInput } from "../order-extras";
import { orderJson } from "../orders-json";
import type { SandboxState } from "../state";
import { deliverEvents, deliveriesSettled } from "../webhook-delivery";
import { knobsInput, planAndQuota, type SandboxKnobs } from "./knobs";
import { json } from "./responses";
import { resetStats, type SandboxStats } from "./stats";

/** Path prefix of the control endpoints. */
export const CONTROL_PREFIX = "/__sandbox/";

/** What the control endpoints read and change. */
interface Controlled {
  stats: SandboxStats;
  knobs: SandboxKnobs;
  state: SandboxState;
}

/**
 * Answers the control endpoints (README, "The sandbox store"):
 * - `GET /__sandbox/stats`, `POST /__sandbox/stats/reset`: BigCommerce calls by operation id;
 * - `POST /__sandbox/knobs`: a JSON subset of SandboxKnobs, `plan` ("standard" | "plus" | "pro" |
 *   "enterprise") setting its quota; 400 when out of range; answers the knobs;
 * - `POST /__sandbox/products/{id}`: `{price?, inventory_level?, variant_id?, deliver?}` (price in
 *   major units) changes the catalog and, unless `deliver` is false, fires BigCommerce's webhooks
 *   for it; answers the product and the events (400 bad input, 404 unknown product or variant);
 * - `GET /__sandbox/deliveries`: waits for deliveries under way (5 s each at most), then answers
 *   the recent deliveries with their outcome;
 * - `POST /__sandbox/orders/{id}/extras`: what a v2 order body cannot carry (OrderExtras: coupons
 *   with a nullable code, gift certificate and store credit amounts, lines and costs per shipping
 *   address, payment status and method, transactions); answers the v2 order (400 bad input, 404 unknown order);
 * - `GET /__sandbox/site`, `PUT /__sandbox/site` `{url: string | null}`: the channel's site URL
 *   (stored as its origin; null unsets it), the only parent that may frame the emulated embedded
 *   checkout, receive its events, call its login door (CORS) and be returned to by its cookie
 *   hand-shake. BigCommerce sets it with the Sites API (`PUT /v3/channels/{channel_id}/site`),
 *   which the sandbox does not serve. Answers `{url, checkoutOrigin}` (400 for a URL that is not
 *   absolute http(s)). The knobs `orderVisibleAfterMs` and `redirectUrlTtlMs` (POST
 *   /__sandbox/knobs) tune the same checkout.
 * Anything else is a 404.
 */
export async function sandboxControl(
  url: URL,
  request: Request,
  sandbox: Controlled,
): Promise<Response> {
  const { stats, knobs, state } = sandbox;
  const route = `${request.method} ${url.pathname}`;
  if (route === "GET /__sandbox/stats") return json(200, stats);
  if (route === "POST /__sandbox/stats/reset") {
    resetStats(stats);
    return json(200, stats);
  }
  if (route === "POST /__sandbox/knobs") return turnKnobs(request, knobs);
  if (route === "GET /__sandbox/site") return siteJson(state);
  if (route === "PUT /__sandbox/site") return setSite(request, state);
  if (route === "GET /__sandbox/deliveries") {
    await deliveriesSettled(state);
    return json(200, { deliveries: state.webhooks.deliveries });
  }
  const product = url.pathname.match(/^\/__sandbox\/products\/(\d{1,9})$/);
  if (product && request.method === "POST") return editProduct(request, state, Number(product[1]));
  const order = url.pathname.match(/^\/__sandbox\/orders\/(\d{1,9})\/extras$/);
  if (order && request.method === "POST") return orderExtras(request, state, Number(order[1]));
  return json(404, { error: "unknown sandbox control route" });
}

function siteJson(state: SandboxState): Response {
  const { siteUrl, checkoutOrigin } = state.embedded;
  return json(200, { url: siteUrl, checkoutOrigin: checkoutOrigin || null });
}

async function setSite(request: Request, state: SandboxState): Promise<Response> {
  const input = z
    .object({ url: z.string().max(2000).nullable() })
    .safeParse(await request.json().catch(() => null));
  const origin = input.success && input.data.url !== null ? originOf(input.data.url) : null;
  if (!input.success || (input.data.url !== null && !origin)) {
    return json(400, { error: "{url: absolute http(s) URL | null} expected" });
  }
  state.embedded.siteUrl = origin;
  return siteJson(state);
}

async function turnKnobs(request: Request, knobs: SandboxKnobs): Promise<Response> {
  const input = knobsInput.safeParse(await request.json().catch(() => null));
  if (!input.success) {
    return json(400, { error: "latencyMs, rate429, rate500, quota or plan expected" });
  }
  const { plan, quota, ...rest } = input.data;
  Object.assign(knobs, rest, planAndQuota({ plan, quota }, knobs));
  return json(200, knobs);
}

async function editProduct(request: Request, state: SandboxState, id: number): Promise<Response> {
  const input = productChangeInput.safeParse(await request.json().catch(() => null));
  if (!input.success) {
    return json(400, {
      error: "{price?: number, inventory_level?: integer, variant_id?, deliver?} expected",
    });
  }
  try {
    const events = changeProduct(state, id, input.data);
    const deliveries = input.data.deliver ? deliverEvents(state, events) : 0;
    return json(200, {
      product: productSummary(state, id),
      events: events.map((e) => e.scope),
      deliveries,
    });
  } catch (error) {
    if (error instanceof SandboxError) {
      return json(error.status, { error: error.detail ?? error.title });
    }
    throw error;
  }
}

async function orderExtras(request: Request, state: SandboxState, id: number): Promise<Response> {
  const input = orderExtrasInput.safeParse(await request.json().catch(() => null));
  if (!input.success) {
    const issue = input.error.issues[0];
    return json(400, { error: `${issue.path.join(".") || "body"}: ${issue.message}` });
  }
  try {
    return json(200, orderJson(state, applyOrderExtras(state, id, input.data)));
  } catch (error) {
    if (error instanceof SandboxError) {
      return json(error.status, { error: error.detail ?? error.title });
    }
    throw error;
  }
}
