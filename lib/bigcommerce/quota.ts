// The store's API quota, as BigCommerce reports it on every answer (docs/bigcommerce.md §2.6):
// every app and shopper of a store shares 150 requests per 30 s on Standard and Plus (450 on Pro).
// Calls a shopper waits on (carts, checkouts, orders, payments, sign-in) always go; background
// calls (catalog refreshes, thumbnails, health probes) are refused while the quota left is at or
// below a reserve, so that browsing never starves a purchase. Their callers serve what they have.
import type { OperationId } from "./operations";
import type { QuotaReport } from "./http";

/** Operations nobody is waiting on to buy: their answers are cached, or only informative. */
const BACKGROUND: ReadonlySet<OperationId> = new Set<OperationId>([
  "getProducts",
  "getProduct",
  "getSystemTimestamp",
  // Read once a day (countries, states) or an hour (time zone) and served from a cache.
  "getStoreInformation",
  "getCountries",
  "getCountryStates",
]);

/** Whether a shopper's purchase waits on this operation (else it is background work). */
export function isBackground(operation: OperationId): boolean {
  return BACKGROUND.has(operation);
}

/** The latest report of a store's quota. */
interface QuotaState {
  left: number;
  quota: number | undefined;
  /** Epoch ms when the window resets. */
  resetAt: number;
}

/**
 * Requests kept for shoppers: background calls stop when fewer than this are left. A fifth of the
 * store's quota, and at least 20 (a purchase takes about a dozen calls from cart to confirmation).
 */
export function reserveFor(quota: number | undefined): number {
  return Math.max(20, Math.ceil((quota ?? 150) / 5));
}

/**
 * A store's quota as its clients last saw it. `observe` takes each answer's report; `admits` says
 * whether a call may go now. Time in epoch milliseconds from `now`. One gate per client unless the
 * composition root gives every client of the process the same one (lib/runtime).
 */
export class QuotaGate {
  private state: QuotaState | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** Records the quota an answer reported. */
  observe(report: QuotaReport | undefined): void {
    if (!report) return;
    this.state = { left: report.left, quota: report.quota, resetAt: this.now() + report.resetMs };
  }

  /**
   * True when a call of `operation` may go: always for shoppers' calls; for background calls,
   * unless the last report left no more than the reserve and its window has not reset since.
   */
  admits(operation: OperationId): boolean {
    if (!isBackground(operation)) return true;
    const { state } = this;
    if (!state || this.now() >= state.resetAt) return true;
    return state.left > reserveFor(state.quota);
  }

  /** Milliseconds until the window last reported resets (0 when unknown or past). */
  resetInMs(): number {
    return this.state ? Math.max(0, this.state.resetAt - this.now()) : 0;
  }
}
