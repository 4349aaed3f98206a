// The sandbox's HTTP face: BigCommerce's paths, headers, status codes and error bodies, as one
// standard (Request) => Promise<Response> handler in front of the resource routes.
import type { ApiFamily } from "../../bigcommerce/operations";
import { scopeFor } from "../../bigcommerce/scopes";
import { isCheckoutPath, serveCheckout } from "../embedded-checkout/checkout-pages";
import { SandboxError } from "../errors";
import type { SandboxState } from "../state";
import { checkAccess, type Credentials } from "./auth";
import { CONTROL_PREFIX, sandboxControl } from "./control";
import { errorFor, STATUS_DOCS } from "./errors";
import type { Faults, SandboxKnobs } from "./knobs";
import { tooManyRequests, type Quota } from "./quota";
import { bodyReader } from "./request";
import { json } from "./responses";
import { matchRoute, type Route, type RouteMatch } from "./routes";
import { recordCall, type SandboxStats } from "./stats";

/** A standard fetch-style handler: the whole sandbox behind one function. */
export type SandboxHandler = (request: Request) => Promise<Response>;

/** What the handler serves and the dials it reads on every call. */
export interface HandlerParts {
  routes: Route[];
  state: SandboxState;
  credentials: Credentials;
  knobs: SandboxKnobs;
  stats: SandboxStats;
  faults: Faults;
  quota: Quota;
}

/** One BigCommerce call being answered. */
interface Call extends RouteMatch {
  request: Request;
  url: URL;
  storeHash: string;
  apiPath: string;
  family: ApiFamily;
  operation: string;
}

/**
 * The handler: `/__sandbox/*` control endpoints, the emulated checkout origin's pages
 * (`/cart.php`, `/login/token/…`, `/embedded-checkout/…`: embedded-checkout/checkout-pages.ts,
 * no auth, quota or faults), else `/stores/{store_hash}/…` routed to the operation, with
 * latency, auth, scope, quota and fault injection applied in that order.
 */
export function createHandler(parts: HandlerParts): SandboxHandler {
  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(CONTROL_PREFIX)) return sandboxControl(url, request, parts);
    if (isCheckoutPath(url.pathname)) return serveCheckout(url, request, parts);

    const match = url.pathname.match(/^\/stores\/([^/]+)(\/.*)$/);
    if (!match) return json(404, { status: 404, title: "Not Found", type: STATUS_DOCS });
    const [, storeHash, apiPath] = match;
    const found = matchRoute(parts.routes, request.method, apiPath);
    const call: Call = {
      ...found,
      request,
      url,
      storeHash,
      apiPath,
      // Error bodies follow the API family of the operation (docs/bigcommerce.md §2.5).
      family: found.route?.family ?? (apiPath.startsWith("/v2/") ? "v2" : "v3"),
      operation: found.route?.operation ?? "unknown",
    };
    const done = recordCall(parts.stats, call.operation);
    try {
      return await answer(parts, call);
    } finally {
      done();
    }
  };
}

async function answer(parts: HandlerParts, call: Call): Promise<Response> {
  if (parts.knobs.latencyMs > 0) await sleep(parts.knobs.latencyMs, call.request.signal);
  const rateHeaders = parts.quota.take();
  let response: Response;
  try {
    response = await run(parts, call, rateHeaders);
  } catch (e) {
    response = errorFor(call.family, call.operation, e);
  }
  for (const [k, v] of Object.entries(rateHeaders)) response.headers.set(k, v);
  return response;
}

async function run(
  parts: HandlerParts,
  call: Call,
  rateHeaders: Record<string, string>,
): Promise<Response> {
  const { knobs, faults, quota } = parts;
  const { request, route } = call;
  checkAccess(request, call.storeHash, call.apiPath, parts.credentials);
  if (!route) {
    if (call.pathKnown) throw new SandboxError(405, "Method Not Allowed");
    throw new SandboxError(404, "The requested resource was not found.");
  }
  const scope = scopeFor(route.operation);
  if (scope && knobs.deniedScopes.includes(scope.scope)) {
    throw new SandboxError(403, "You don't have a required scope to access the endpoint");
  }
  const overQuota = quota.exceeded();
  if (overQuota || faults.injects429()) {
    return tooManyRequests(rateHeaders, overQuota ? undefined : faults.spikeResetMs());
  }
  if (faults.injects500(route.operation)) {
    throw new SandboxError(500, "Internal Server Error", "The sandbox injected a server error.");
  }
  const response = await route.run({
    state: parts.state,
    params: call.params,
    url: call.url,
    request,
    body: bodyReader(request),
  });
  if (faults.losesResponse(route.operation, request.method)) {
    throw new SandboxError(
      500,
      "Internal Server Error",
      "The sandbox did the work but lost the response.",
    );
  }
  return response;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
