// One sandbox: the store's state, the resource routes and the HTTP handler in front of them.
import { cartRoutes } from "./carts";
import { catalogRoutes } from "./catalog";
import { checkoutRoutes } from "./checkouts";
import { customerRoutes } from "./customers";
import { geographyRoutes } from "./geography";
import { createHandler, type SandboxHandler } from "./http/handler";
import { createFaults, createKnobs, type SandboxKnobs } from "./http/knobs";
import { createQuota } from "./http/quota";
import { compileRoutes } from "./http/routes";
import { createStats, resetStats, type SandboxStats } from "./http/stats";
import { orderRoutes } from "./orders";
import { orderWriteRoutes } from "./orders-post";
import { paymentRoutes } from "./payments";
import { redirectUrlRoutes } from "./embedded-checkout/redirect-urls";
import { originOf } from "./embedded-checkout/state";
import { createState, type SandboxState, type TokenResponseShape } from "./state";
import { storeInformationRoutes } from "./store-information";
import { webhookRoutes } from "./webhooks";

/** How to build a sandbox. */
export interface SandboxOptions {
  storeHash: string;
  /** The `X-Auth-Token` the management API accepts. */
  accessToken: string;
  /** Base for absolute image URLs; "" (the default) keeps them relative to the app. */
  imageBaseUrl?: string;
  knobs?: Partial<SandboxKnobs>;
  /** Seed for the fault injection, so a drill can be replayed. */
  seed?: number;
  /** Which documented shape the checkout-token response takes (docs/bigcommerce.md §6.3). */
  tokenResponseShape?: TokenResponseShape;
  /** The store's clock, in ms since the epoch (default Date.now). */
  now?: () => number;
  /**
   * The channel's site URL (its origin is used, e.g. "http://localhost:3000"): the only parent
   * the emulated embedded checkout may be framed by and post events to. Default none; changeable
   * with `PUT /__sandbox/site`.
   */
  siteUrl?: string | null;
}

/** A running sandbox: its handler, and its state, knobs and stats for tests to read and turn. */
export interface Sandbox {
  handler: SandboxHandler;
  /** Catalog, carts, orders, customers and webhooks held in memory. */
  store: SandboxState;
  knobs: SandboxKnobs;
  stats: SandboxStats;
  resetStats(): void;
}

const ROUTES = compileRoutes([
  ...catalogRoutes,
  ...cartRoutes,
  ...redirectUrlRoutes,
  ...checkoutRoutes,
  ...customerRoutes,
  ...paymentRoutes,
  ...storeInformationRoutes,
  ...geographyRoutes,
  ...orderRoutes,
  ...orderWriteRoutes,
  ...webhookRoutes,
]);

/** The origin of a site URL option; throws on anything but an absolute http(s) URL. */
function siteOrigin(siteUrl: string | null | undefined): string | null {
  if (siteUrl === undefined || siteUrl === null) return null;
  const origin = originOf(siteUrl);
  if (!origin) throw new Error(`siteUrl must be an absolute http(s) URL (got "${siteUrl}")`);
  return origin;
}

/** A new sandbox store with the seed catalogue and customers, no carts and no orders. */
export function createSandbox(options: SandboxOptions): Sandbox {
  const state = createState({
    storeHash: options.storeHash,
    imageBaseUrl: options.imageBaseUrl ?? "",
    tokenResponseShape: options.tokenResponseShape,
    now: options.now,
    siteUrl: siteOrigin(options.siteUrl),
  });
  const knobs = createKnobs(options.knobs);
  const stats = createStats();
  const handler = createHandler({
    routes: ROUTES,
    state,
    credentials: { storeHash: options.storeHash, accessToken: options.accessToken },
    knobs,
    stats,
    faults: createFaults(knobs, options.seed ?? 1),
    quota: createQuota(
      () => knobs.quota,
      () => knobs.windowMs,
      state.now,
    ),
  });
  return { handler, store: state, knobs, stats, resetStats: () => resetStats(stats) };
}
