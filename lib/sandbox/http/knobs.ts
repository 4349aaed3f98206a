// Fault injection: the knobs tests and drills turn, and the seeded dice that apply them.
import { z } from "zod";

/** Faults and limits the sandbox applies to every BigCommerce call; changeable while it runs. */
export interface SandboxKnobs {
  /** Added to every BigCommerce call, in milliseconds. */
  latencyMs: number;
  /** Fraction (0..1) of calls answered 429, with BigCommerce's rate-limit headers. */
  rate429: number;
  /** Fraction (0..1) of writes that are carried out but answered 500, as if the response was lost. */
  rateLost: number;
  /** Operations that are carried out but answered 500 every time (a lost response drill). */
  loseOperations: string[];
  /** Fraction (0..1) of calls answered 500. */
  rate500: number;
  /** Requests allowed per window before 429, as BigCommerce's per-store quota. */
  quota: number;
  /**
   * The quota window in ms: BigCommerce's is 30,000. Shorter only in tests that wait for a reset
   * (a documented deviation, docs/bigcommerce-fidelity.md).
   */
  windowMs: number;
  /** The store plan whose quota `quota` is, or "custom" when a number was given instead. */
  plan: SandboxPlan | "custom";
  /** Operations (by operation id, e.g. "getOrder") that always answer 500: an outage drill. */
  failOperations: string[];
  /** OAuth scopes the API account lacks (e.g. "store_v2_orders"): their operations answer 403. */
  deniedScopes: string[];
  /**
   * How long an order paid in the emulated embedded checkout stays out of `GET /v2/orders` lists
   * (ms; 0 = at once), so a "processing" page can be seen. `getOrder` by id is not delayed.
   */
  orderVisibleAfterMs: number;
  /** How long a cart redirect URL's token may wait before its first visit (ms; default 120,000). */
  redirectUrlTtlMs: number;
}

/**
 * BigCommerce's requests per 30-second window by store plan (docs/bigcommerce.md §2.6): 150 on
 * Standard and Plus, 450 on Pro. Enterprise quotas are set "by plan and resource" and not
 * published; the sandbox stands for them with a large number, 10,000, which rarely limits.
 */
export const PLAN_QUOTAS = { standard: 150, plus: 150, pro: 450, enterprise: 10_000 } as const;

/** A store plan the sandbox can model. */
export type SandboxPlan = keyof typeof PLAN_QUOTAS;

/** The plan names, for the command line and the knobs endpoint. */
export const PLANS = Object.keys(PLAN_QUOTAS) as SandboxPlan[];

/**
 * The quota and plan that `plan` or `quota` name: a plan sets its quota (and wins over a quota
 * given with it), a bare quota is "custom", neither leaves `current` as it is (the Pro plan for a
 * new sandbox).
 */
export function planAndQuota(
  change: { plan?: SandboxPlan; quota?: number },
  current: Pick<SandboxKnobs, "plan" | "quota"> = { plan: "pro", quota: PLAN_QUOTAS.pro },
): Pick<SandboxKnobs, "plan" | "quota"> {
  if (change.plan) return { plan: change.plan, quota: PLAN_QUOTAS[change.plan] };
  if (change.quota !== undefined) return { plan: "custom", quota: change.quota };
  return { plan: current.plan, quota: current.quota };
}

/**
 * The sandbox's lifetime of a cart redirect URL before its first visit: 120 s. BigCommerce's REST
 * reference says 30 days, its GraphQL schema "generate just in time (within 30 s)"
 * (docs/bigcommerce-fidelity.md F28).
 */
export const REDIRECT_URL_TTL_MS = 120_000;

/** The knobs with `overrides` applied: no faults and the Pro plan's quota (450) unless told. */
export function createKnobs(overrides: Partial<SandboxKnobs> = {}): SandboxKnobs {
  const { plan, quota, ...rest } = overrides;
  return {
    latencyMs: 0,
    rate429: 0,
    rate500: 0,
    rateLost: 0,
    windowMs: 30_000,
    loseOperations: [],
    failOperations: [],
    deniedScopes: [],
    orderVisibleAfterMs: 0,
    redirectUrlTtlMs: REDIRECT_URL_TTL_MS,
    ...rest,
    ...planAndQuota({ plan: plan === "custom" ? undefined : plan, quota }),
  };
}

/** What `POST /__sandbox/knobs` accepts: any subset of the knobs, within range (a plan or a quota). */
export const knobsInput = z.object({
  latencyMs: z.number().min(0).max(60_000).optional(),
  rate429: z.number().min(0).max(1).optional(),
  rate500: z.number().min(0).max(1).optional(),
  rateLost: z.number().min(0).max(1).optional(),
  loseOperations: z.array(z.string()).optional(),
  quota: z.number().int().min(1).optional(),
  windowMs: z.number().int().min(1_000).max(30_000).optional(),
  plan: z.enum(PLANS as [SandboxPlan, ...SandboxPlan[]]).optional(),
  failOperations: z.array(z.string()).optional(),
  deniedScopes: z.array(z.string()).optional(),
  orderVisibleAfterMs: z.number().int().min(0).max(600_000).optional(),
  redirectUrlTtlMs: z
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 3600 * 1000)
    .optional(),
});

/** The dice of one sandbox: each question draws from one seeded sequence, so a drill replays. */
export interface Faults {
  /** Whether this call gets an injected 429 (draws only when `rate429` > 0). */
  injects429(): boolean;
  /** The reset time of an injected 429, 50..299 ms: a brief spike, not a spent quota. */
  spikeResetMs(): number;
  /** Whether `operation` answers an injected 500 before it runs. */
  injects500(operation: string): boolean;
  /** Whether `operation`, already carried out, loses its response (answered 500). */
  losesResponse(operation: string, method: string): boolean;
}

/** Faults driven by `knobs` (read on every call) and a mulberry32 sequence from `seed`. */
export function createFaults(knobs: SandboxKnobs, seed: number): Faults {
  const random = mulberry32(seed);
  return {
    injects429: () => knobs.rate429 > 0 && random() < knobs.rate429,
    spikeResetMs: () => 50 + Math.floor(random() * 250),
    injects500: (operation) =>
      (knobs.rate500 > 0 && random() < knobs.rate500) || knobs.failOperations.includes(operation),
    losesResponse: (operation, method) =>
      knobs.loseOperations.includes(operation) ||
      (method !== "GET" && knobs.rateLost > 0 && random() < knobs.rateLost),
  };
}

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
