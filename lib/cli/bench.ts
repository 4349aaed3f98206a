// npm run bench [-- --quick] [-- --no-build]
// Builds the app, starts it (next start) against the sandbox over HTTP, and measures the
// confirmation page against the app's own trivial page (/ping) and route handler (/api/ping) on
// this machine. Prints one table and checks the budgets (as ratios and counts, so they hold on any
// machine). --quick checks only the counts (calls, round trips, JS bytes) and writes
// test-reports/bench.json for CI. The parts are in ./bench/.
import { measureCounts } from "./bench/counts";
import { grantCookie, paidOrder, sandboxClient, SECRET } from "./bench/fixtures";
import { ROOT, SandboxProcess, buildApp, startApp, waitFor } from "./bench/processes";
import { printReport, writeQuickReport, type Bench, type Check, type Row } from "./bench/report";
import { measureThroughput } from "./bench/throughput";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");

async function main() {
  if (!args.has("--no-build")) buildApp();
  const sandbox = await SandboxProcess.start();
  const { app, base } = await startApp(sandbox.url, SECRET);
  const rows: Row[] = [];
  const checks: Check[] = [];
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
      checks,
    };
    await measureCounts(bench);
    if (!QUICK) await measureThroughput(bench);
  } finally {
    app.kill("SIGTERM");
    sandbox.stop();
  }

  const failed = printReport(rows, checks);
  if (QUICK) writeQuickReport(ROOT, checks, failed);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
