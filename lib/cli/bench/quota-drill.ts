// The quota drill (issue 13; the full run only): the app in live mode against a sandbox on the
// Standard plan (150 requests per 30 s) answering every call in 100 ms, browsed at a steady 25
// views a second for a minute while 12 guests, one every 5 s, each make a whole purchase. Every
// purchase must complete and no browsing view may answer 5xx: browsing must not starve checkout.
import {
  browsingMix,
  byOperation,
  openView,
  sleep,
  type View,
  type ViewResult,
  warmUp,
} from "./browsing";
import { SECRET } from "./fixtures";
import { SandboxProcess, startApp, waitFor } from "./processes";
import type { Check } from "./report";
import { guestPurchase } from "./shopper";

const SANDBOX_FLAGS = ["--plan", "standard", "--latency-ms", "100"];
const SECONDS = 60;
const VIEWS_PER_SECOND = 25;
const PURCHASES = 12;
/** Views waiting for an answer at once; a view due while this many wait is not sent (counted). */
const MAX_IN_FLIGHT = 200;

/** How one purchase of the drill went. */
type PurchaseOutcome =
  { ok: true; seconds: number } | { ok: false; seconds: number; error: string };

/**
 * Views of the mix in turn at VIEWS_PER_SECOND for SECONDS: each starts on schedule, whatever the
 * pace of the answers (an open loop, as visitors arrive), unless MAX_IN_FLIGHT are waiting.
 */
async function browseAtRate(mix: View[]) {
  const results: ViewResult[] = [];
  const inFlight = new Set<Promise<void>>();
  let unsent = 0;
  const start = performance.now();
  for (let i = 0; i < SECONDS * VIEWS_PER_SECOND; i++) {
    await sleep(start + (i * 1000) / VIEWS_PER_SECOND - performance.now());
    if (inFlight.size >= MAX_IN_FLIGHT) {
      unsent++;
      continue;
    }
    const view: Promise<void> = openView(mix[i % mix.length]).then((result) => {
      results.push(result);
      inFlight.delete(view);
    });
    inFlight.add(view);
  }
  await Promise.all(inFlight);
  return { results, unsent };
}

/** PURCHASES guest purchases, started evenly over the drill's minute (the first 2.5 s in). */
function purchasesDuring(base: string): Promise<PurchaseOutcome[]> {
  const gap = (SECONDS * 1000) / PURCHASES;
  return Promise.all(
    Array.from({ length: PURCHASES }, async (_, k): Promise<PurchaseOutcome> => {
      await sleep(gap * (k + 0.5));
      const start = performance.now();
      const seconds = () => (performance.now() - start) / 1000;
      try {
        await guestPurchase(base, k + 1);
        return { ok: true, seconds: seconds() };
      } catch (error) {
        return { ok: false, seconds: seconds(), error: String(error) };
      }
    }),
  );
}

/** The value below which 95% of `values` fall (nearest rank). */
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

/** The drill's line, its details and its budgets. */
function report(
  browsing: Awaited<ReturnType<typeof browseAtRate>>,
  purchases: PurchaseOutcome[],
  stats: { total: number; calls: Record<string, number> },
) {
  const { results, unsent } = browsing;
  const completed = purchases.filter((p) => p.ok).length;
  const failed = purchases.length - completed;
  const errors5xx = results.filter((r) => r.status >= 500).length;
  const other = results.filter((r) => r.status !== 200 && r.status < 500).length;
  const slowest = Math.max(...purchases.map((p) => p.seconds));
  const lines = [
    `quota drill: purchases completed ${completed}, failed ${failed}; browsing 5xx ${errors5xx}; browsing p95 ${Math.round(p95(results.map((r) => r.ms)))} ms`,
    `  load: ${results.length} views in ${SECONDS} s (${unsent} not sent, ${other} other than 200 or 5xx), ${purchases.length} purchases ${SECONDS / PURCHASES} s apart, the slowest ${slowest.toFixed(1)} s`,
    `  BigCommerce calls in the drill: ${stats.total} (Standard quota: 150 per 30 s): ${byOperation(stats.calls)}`,
    ...purchases.flatMap((p, k) => (p.ok ? [] : [`  purchase ${k + 1} failed: ${p.error}`])),
  ];
  const sent = results.length / SECONDS;
  const checks: Check[] = [
    {
      name: `quota drill ran as specified: ≥ 20 views/s, ≥ 10 purchases`,
      ok: sent >= 20 && purchases.length >= 10,
      detail: `${sent.toFixed(1)} views/s, ${purchases.length} purchases`,
    },
    { name: "quota drill: 0 failed purchases", ok: failed === 0, detail: String(failed) },
    { name: "quota drill: 0 browsing 5xx", ok: errors5xx === 0, detail: String(errors5xx) },
  ];
  return { lines, checks };
}

/**
 * Runs the drill on its own sandbox and app (started here, stopped before it returns), after a
 * warm-up, and adds its lines and budgets to `lines` and `checks`.
 */
export async function quotaDrill(lines: string[], checks: Check[]) {
  const sandbox = await SandboxProcess.start(SANDBOX_FLAGS);
  const { app, base } = await startApp(sandbox.url, SECRET);
  try {
    await waitFor(`${base}/api/ping`, app);
    const mix = await browsingMix(base);
    await warmUp(mix, 5);
    await sandbox.resetStats();
    const [browsing, purchases] = await Promise.all([browseAtRate(mix), purchasesDuring(base)]);
    const result = report(browsing, purchases, await sandbox.stats());
    lines.push(...result.lines);
    checks.push(...result.checks);
  } finally {
    app.kill("SIGTERM");
    sandbox.stop();
  }
}
