// What browsing and buying cost of the store's API quota (issue 13): BigCommerce calls per 1,000
// browsing views and per guest purchase, with the catalog warm. Counts, so they run in --quick.
import {
  browsingCalls,
  browsingMix,
  byOperation,
  COUNTED_VIEWS,
  type View,
  warmUp,
} from "./browsing";
import type { Bench } from "./report";
import { guestPurchase } from "./shopper";

/** The most BigCommerce calls 1,000 browsing views may make (issue 13). */
const BROWSING_BUDGET = 10;
/** The most BigCommerce calls one guest purchase may make, home to confirmation (issue 13). */
const PURCHASE_BUDGET = 15;

/**
 * BigCommerce calls of one guest's purchase with the catalog warm (the browsing mix viewed just
 * before), and the calls by operation.
 */
async function purchaseCalls({ sandbox, base }: Bench, mix: View[]) {
  await warmUp(mix, 0);
  await sandbox.resetStats();
  await guestPurchase(base, 0);
  const stats = await sandbox.stats();
  return { calls: stats.total, byOperation: byOperation(stats.calls) };
}

/** Counts the calls of browsing and of a purchase, and adds their lines and budgets to `bench`. */
export async function measureQuotaCounts(bench: Bench) {
  const mix = await browsingMix(bench.base);
  const browsing = await browsingCalls(bench.sandbox, mix);
  const per1000 = Math.round((browsing.calls * 1000) / COUNTED_VIEWS);
  const purchase = await purchaseCalls(bench, mix);
  bench.lines.push(
    `BigCommerce calls per 1,000 browsing views: ${per1000}`,
    `  by operation: ${browsing.byOperation}`,
    `BigCommerce calls per guest purchase: ${purchase.calls}`,
    `  by operation: ${purchase.byOperation}`,
  );
  bench.checks.push({
    name: `BigCommerce calls per 1,000 browsing views ≤ ${BROWSING_BUDGET}`,
    ok: per1000 <= BROWSING_BUDGET && browsing.failed === 0,
    detail: browsing.failed ? `${per1000}, but ${browsing.failed} views failed` : String(per1000),
  });
  bench.checks.push({
    name: `BigCommerce calls per guest purchase ≤ ${PURCHASE_BUDGET}`,
    ok: purchase.calls <= PURCHASE_BUDGET,
    detail: String(purchase.calls),
  });
}
