// The counts the budgets hold on any machine (and --quick checks in CI): BigCommerce calls and
// sequential round trips per view and per "Place order", and the JavaScript the page ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { checkoutCookie, readyCheckout } from "./fixtures";
import { ROOT } from "./processes";
import type { Bench } from "./report";

/**
 * The longest chain of calls that ran one after another: the round trips on the critical path.
 * A call still unanswered when the trace was read (`end` 0: a background refresh the page did not
 * wait for) ended before no other call started.
 */
function sequentialRoundTrips(trace: { start: number; end: number }[]): number {
  const calls = [...trace].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  const before = (c: { end: number }, call: { start: number }) =>
    c.end > 0 && c.end <= call.start + 1;
  calls.forEach((call, i) => {
    depth[i] =
      1 + Math.max(0, ...calls.slice(0, i).map((c, j) => (before(c, call) ? depth[j] : 0)));
  });
  return Math.max(0, ...depth);
}

/** Calls and sequential round trips of one authorized view, and the HTML it answered. */
async function viewCost({ sandbox, view, authorized }: Bench) {
  await sandbox.resetStats();
  const response = await fetch(view, { headers: authorized });
  if (response.status !== 200) throw new Error(`authorized view answered ${response.status}`);
  const text = await response.text();
  const stats = await sandbox.stats();
  return { html: text, calls: stats.total, trips: sequentialRoundTrips(stats.trace) };
}

/** "Place order": sequential round trips in all, and after the order is created. */
async function placeOrderTrips({ sandbox, base, bc }: Bench) {
  const placeCheckout = await readyCheckout(bc);
  const total = String((await bc.getCheckout(placeCheckout)).grand_total);
  const placeCookie = await checkoutCookie(placeCheckout);
  await sandbox.resetStats();
  const placed = await fetch(`${base}/checkout/place-order`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Cookie: placeCookie,
      Origin: base,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      expectedTotal: total,
      cardholderName: "Bench Mark",
      cardNumber: "4111111111111111",
      cardExpiry: "12/34",
      cardCvv: "123",
    }),
  });
  if (!placed.headers.get("location")?.includes("?t="))
    throw new Error("place order did not confirm");
  const placeTrace = (await sandbox.stats()).trace;
  const orderCreated = placeTrace.find((c) => c.operation === "createOrder")!;
  const afterOrder = sequentialRoundTrips(
    placeTrace.filter((c) => c.start >= orderCreated.end - 1),
  );
  return { placeTotal: sequentialRoundTrips(placeTrace), afterOrder };
}

/** BigCommerce calls of 20 unauthorized views: the same page with no grant. */
async function unauthorizedCalls({ sandbox, view }: Bench): Promise<number> {
  await sandbox.resetStats();
  for (let i = 0; i < 20; i++) await (await fetch(view)).text();
  return (await sandbox.stats()).total;
}

/**
 * JavaScript the confirmation page ships: every script it loads, gzip; first-party = chunks
 * holding this app's own client components (from the build's client reference manifest).
 */
async function javascriptBytes(html: string, base: string) {
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const manifest = readFileSync(
    path.join(
      ROOT,
      ".next/server/app/order-confirmation/[orderId]/page_client-reference-manifest.js",
    ),
    "utf8",
  );
  const modules = JSON.parse(manifest.slice(manifest.indexOf("= {") + 2).replace(/;\s*$/, ""))
    .clientModules as Record<string, { chunks: string[] }>;
  const ours = (id: string) => id.startsWith("[project]/app/") || id.startsWith("[project]/lib/");
  const frameworkChunks = new Set(
    Object.entries(modules)
      .filter(([id]) => !ours(id))
      .flatMap(([, m]) => m.chunks),
  );
  const ownChunks = new Set(
    Object.entries(modules)
      .filter(([id]) => ours(id))
      .flatMap(([, m]) => m.chunks)
      .filter((c) => !frameworkChunks.has(c)),
  );
  // Chunks reach the browser as <script src> in the HTML and, for client components, through the
  // RSC payload: count the union once.
  const allChunks = new Set([
    ...scripts.map((src) => new URL(src, base).pathname),
    ...Object.values(modules).flatMap((m) => m.chunks),
  ]);
  let totalJs = 0;
  let ownJs = 0;
  for (const chunk of allChunks) {
    const body = Buffer.from(await (await fetch(new URL(chunk, base))).arrayBuffer());
    const gz = gzipSync(body).length;
    totalJs += gz;
    if (ownChunks.has(chunk)) ownJs += gz;
  }
  return { ownJs, totalJs };
}

/** Measures the counts and adds their rows and budgets to `bench`. */
export async function measureCounts(bench: Bench) {
  const { sandbox, rows, checks } = bench;
  // Calls and sequential round trips per authorized view, measured with latency so they separate:
  // the first view of these products (the catalog's images not yet known), then a later one.
  await sandbox.latency(50);
  const cold = await viewCost(bench);
  const warm = await viewCost(bench);
  const { placeTotal, afterOrder } = await placeOrderTrips(bench);
  await sandbox.latency(0);
  const unauthorized = await unauthorizedCalls(bench);
  const { ownJs, totalJs } = await javascriptBytes(warm.html, bench.base);

  rows.push([
    "BigCommerce calls per authorized view (first / later)",
    `${cold.calls} / ${warm.calls}`,
  ]);
  rows.push(["  of which in sequence (critical path)", `${cold.trips} / ${warm.trips}`]);
  rows.push(["BigCommerce calls per unauthorized view", String(unauthorized / 20)]);
  rows.push(["Place order: round trips in sequence, in all", String(placeTotal)]);
  rows.push(["Place order: round trips in sequence after the order", String(afterOrder)]);
  rows.push(["Confirmation page JS, gzip, first-party", `${(ownJs / 1024).toFixed(1)} KB`]);
  rows.push(["Confirmation page JS, gzip, total", `${(totalJs / 1024).toFixed(1)} KB`]);
  checks.push({
    name: "sequential round trips per authorized view ≤ 2",
    ok: cold.trips <= 2 && warm.trips <= 2,
    detail: `${cold.trips} / ${warm.trips}`,
  });
  checks.push({
    name: "unauthorized views make 0 BigCommerce calls",
    ok: unauthorized === 0,
    detail: String(unauthorized),
  });
  checks.push({
    name: "place order: ≤ 3 sequential round trips after the order",
    ok: afterOrder <= 3,
    detail: String(afterOrder),
  });
  checks.push({
    name: "first-party JS on the confirmation page ≤ 10 KB gzip",
    ok: ownJs <= 10 * 1024,
    detail: `${ownJs} B`,
  });
}
