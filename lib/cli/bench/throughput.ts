// Throughput, latency and memory under load (the full run; --quick leaves them out): the
// confirmation page against the app's trivial page (/ping) and route handler (/api/ping).
import { ROUNDS, load, median, repeat, summarize, type LoadResult } from "./load";
import { rssMb } from "./processes";
import type { Bench } from "./report";

const duration = 5;

/** Requests per second at no BigCommerce latency, with the ratios taken round by round. */
async function ratesAtNoLatency({ base, view, authorized }: Bench) {
  const targets = {
    route: () => load(`${base}/api/ping`, {}, { duration }),
    page: () => load(`${base}/ping`, {}, { duration }),
    auth: () => load(view, authorized, { duration }),
    unauth: () => load(view, {}, { duration }),
  };
  // Every route is warmed up first (the JIT), then the rounds take turns, so a slow moment on
  // this machine hits all of them alike; ratios are taken per round, and the median reported.
  for (const run of Object.values(targets)) for (let i = 0; i < 2; i++) await run();
  const runs: Record<keyof typeof targets, LoadResult[]> = {
    route: [],
    page: [],
    auth: [],
    unauth: [],
  };
  for (let i = 0; i < ROUNDS; i++)
    for (const [name, run] of Object.entries(targets))
      runs[name as keyof typeof targets].push(await run());
  const ratio = (a: LoadResult[], b: LoadResult[]) => median(a.map((r, i) => r.rps / b[i].rps));
  return {
    route: summarize(runs.route),
    page: summarize(runs.page),
    auth0: summarize(runs.auth),
    unauth: summarize(runs.unauth),
    authVsPage: ratio(runs.auth, runs.page),
    authVsRoute: ratio(runs.auth, runs.route),
    unauthVsRoute: ratio(runs.unauth, runs.route),
  };
}

/** Authorized views while every BigCommerce call takes 100 ms. */
async function authorizedAt100ms({ sandbox, view, authorized }: Bench) {
  await sandbox.latency(100);
  await load(view, authorized, { duration: 2 });
  const auth100 = summarize(await repeat(ROUNDS, () => load(view, authorized, { duration })));
  await sandbox.latency(0);
  return auth100;
}

/** The app's RSS after 5,000 and after 10,000 authorized views. */
async function memory({ app, view, authorized }: Bench) {
  await load(view, authorized, { amount: 5000 });
  const rss5k = rssMb(app.pid!);
  await load(view, authorized, { amount: 5000 });
  const rss10k = rssMb(app.pid!);
  return { rss5k, rss10k };
}

/** Measures under load and adds the rows and budgets to `bench`. */
export async function measureThroughput(bench: Bench) {
  const { rows, checks } = bench;
  const { route, page, auth0, unauth, authVsPage, authVsRoute, unauthVsRoute } =
    await ratesAtNoLatency(bench);
  const auth100 = await authorizedAt100ms(bench);
  const { rss5k, rss10k } = await memory(bench);

  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  rows.push(["Ceiling: route handler /api/ping, req/s (c=10)", route.rps.toFixed(0)]);
  rows.push(["Baseline: trivial dynamic page /ping, req/s", page.rps.toFixed(0)]);
  rows.push([
    "Authorized view L=0, req/s",
    `${auth0.rps.toFixed(0)} (${pct(authVsPage)} of baseline, ${pct(authVsRoute)} of ceiling)`,
  ]);
  rows.push(["Authorized view L=0, latency p50 / p99", `${auth0.p50} / ${auth0.p99} ms`]);
  rows.push(["Authorized view L=100ms, req/s", auth100.rps.toFixed(0)]);
  rows.push(["Authorized view L=100ms, latency p50 / p99", `${auth100.p50} / ${auth100.p99} ms`]);
  rows.push([
    "Unauthorized view, req/s",
    `${unauth.rps.toFixed(0)} (${pct(unauthVsRoute)} of ceiling)`,
  ]);
  rows.push([
    "Server RSS after 5,000 / 10,000 views",
    `${rss5k} / ${rss10k} MB (${(((rss10k - rss5k) / rss5k) * 100).toFixed(1)}%)`,
  ]);
  checks.push({
    name: "authorized view L=0 ≥ 50% of the baseline page's req/s",
    ok: authVsPage >= 0.5,
    detail: pct(authVsPage),
  });
  checks.push({
    name: "authorized view L=100ms p50 ≤ 2L + 50 ms",
    ok: auth100.p50 <= 250,
    detail: `${auth100.p50} ms`,
  });
  checks.push({
    name: "unauthorized views ≥ 80% of the route handler's req/s",
    ok: unauthVsRoute >= 0.8,
    detail: pct(unauthVsRoute),
  });
  checks.push({
    name: "RSS growth 5,000 → 10,000 views < 10%",
    ok: rss10k < rss5k * 1.1,
    detail: `${rss5k} → ${rss10k} MB`,
  });
  checks.push({
    name: "no failed requests under load",
    ok: auth0.non2xx === 0 && auth100.non2xx === 0,
    detail: `${auth0.non2xx + auth100.non2xx}`,
  });
}
