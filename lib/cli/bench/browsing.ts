// Browsing: the views a shop's visitors make most (home, product pages, the cart page of a browser
// without a cart and of one with a cart), what they cost in BigCommerce calls once the catalog is
// warm, and the views themselves for the quota drill.
import { Browser } from "./browser";
import type { SandboxProcess } from "./processes";
import { fillCart } from "./shopper";

/** One view: a page, opened by a browser with these headers. */
export interface View {
  url: string;
  headers: Record<string, string>;
}

/** How a view went: its status (0 when no answer came) and how long it took, in ms. */
export interface ViewResult {
  status: number;
  ms: number;
}

/** Views counted per line: "BigCommerce calls per 1,000 browsing views". */
export const COUNTED_VIEWS = 1000;
/** Views in flight at once while counting. */
const CONNECTIONS = 10;

/**
 * The browsing mix, in the order it cycles: the home page, every product page it links to, the
 * cart page without a cart, and the cart page of a browser that put a product in its cart
 * through the app (so it costs what a real shopper's cart costs).
 */
export async function browsingMix(base: string): Promise<View[]> {
  const headers = { Accept: "text/html" };
  const home = await (await fetch(base, { headers })).text();
  const products = [...new Set(home.match(/\/products\/\d+(?=")/g) ?? [])];
  if (products.length === 0) throw new Error("home: no product links to browse");
  const shopper = new Browser(base);
  await fillCart(shopper);
  return [
    { url: `${base}/`, headers },
    ...products.map((path) => ({ url: `${base}${path}`, headers })),
    { url: `${base}/cart`, headers },
    { url: `${base}/cart`, headers: { ...headers, Cookie: shopper.cookieHeader() } },
  ];
}

/** Resolves after `ms` milliseconds (at once when `ms` is not positive). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Opens one view and reads it whole. */
export async function openView(view: View): Promise<ViewResult> {
  const start = performance.now();
  try {
    const response = await fetch(view.url, {
      headers: view.headers,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - start };
  } catch {
    return { status: 0, ms: performance.now() - start };
  }
}

/** `count` views of the mix in turn, `CONNECTIONS` at a time; the results in the order made. */
export async function browse(mix: View[], count: number): Promise<ViewResult[]> {
  const results: ViewResult[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let i = next++; i < count; i = next++) results.push(await openView(mix[i % mix.length]));
    }),
  );
  return results;
}

/** "getCheckout 2, getProducts 1": BigCommerce calls by operation, most first. */
export function byOperation(calls: Record<string, number>): string {
  const sorted = Object.entries(calls).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.map(([operation, n]) => `${operation} ${n}`).join(", ") || "none";
}

/**
 * Warms the app up: every view of the mix in turn, then the mix `rounds` times over, so the
 * cache holds the catalog and the cart's checkout; then a pause, so that refreshes of stale
 * entries started in the background finish before anything is counted.
 */
export async function warmUp(mix: View[], rounds: number) {
  for (const view of mix) await openView(view);
  await browse(mix, mix.length * rounds);
  await sleep(1000);
}

/**
 * BigCommerce calls of COUNTED_VIEWS browsing views after a warm-up, with the calls by operation
 * and the views that did not answer 200.
 */
export async function browsingCalls(sandbox: SandboxProcess, mix: View[]) {
  await warmUp(mix, 10);
  await sandbox.resetStats();
  const results = await browse(mix, COUNTED_VIEWS);
  const stats = await sandbox.stats();
  return {
    calls: stats.total,
    byOperation: byOperation(stats.calls),
    failed: results.filter((r) => r.status !== 200).length,
  };
}
