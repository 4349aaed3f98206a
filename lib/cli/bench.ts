// npm run bench [-- --quick] [-- --no-build]
// Builds the app, starts it (next start) against the sandbox over HTTP, and measures the
// confirmation page against the app's own trivial page (/ping) and route handler (/api/ping) on
// this machine. Prints one table and checks the budgets (as ratios and counts, so they hold on any
// machine). It also counts the BigCommerce calls of browsing and of a guest purchase, and (the full
// run only) drills a Standard-plan quota with browsing and purchases at once. --quick checks only
// the counts (calls, round trips, JS bytes) and writes test-reports/bench.json for CI. The parts
// are in ./bench/.
import { measureCounts } from "./bench/counts";
import { grantCookie, paidOrder, sandboxClient, SECRET } from "./bench/fixtures";
import { ROOT, SandboxProcess, buildApp, startApp, waitFor } from "./bench/processes";
import { quotaDrill } from "./bench/quota-drill";
import { measureQuotaCounts } from "./bench/quota-counts";
import { printReport, writeQuickReport, type Bench, type Check, type Row } from "./bench/report";
import { measureThroughput } from "./bench/throughput";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");

/**
 * The measures made against the sandbox with a quota that never binds: the counts (also in
 * --quick) and, in the full run, throughput, latency and memory. Stops what it started.
 */
async function measureOnSandbox(rows: Row[], lines: string[], checks: Check[]) {
  const sandbox = await SandboxProcess.start();
  const { app, base } = await startApp(sandbox.url, SECRET);
  try {
    await waitFor(`${base}/api/ping`, app);
    const bc = sandboxClient(sandbox.url);
    const { orderId, checkoutId } = await paidOrder(bc);
    const cookie = await grantCookie(orderId, checkoutId);
    const view = `${base}/order-confirmation/${orderId}`;
    const bench: Bench = {
      sandbox,
      app,
      base,
      bc,
      view,
      authorized: { Cookie: cookie },
      rows,
      lines,
      checks,
    };
    await measureCounts(bench);
    await measureQuotaCounts(bench);
    if (!QUICK) await measureThroughput(bench);
  } finally {
    app.kill("SIGTERM");
    sandbox.stop();
  }
}

async function main() {
  if (!args.has("--no-build")) buildApp();
  const rows: Row[] = [];
  const lines: string[] = [];
  const checks: Check[] = [];
  await measureOnSandbox(rows, lines, checks);
  // On its own sandbox (the Standard plan's quota) and app, after the others have stopped.
  if (!QUICK) await quotaDrill(lines, checks);

  const failed = printReport(rows, lines, checks);
  if (QUICK) writeQuickReport(ROOT, checks, failed);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
