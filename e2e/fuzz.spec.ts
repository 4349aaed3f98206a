// Issue 15, item 1: no request value can crash a page or show another shopper's data. Every route
// (pages, route handlers, server actions, the confirmation proxy) gets a matrix of hostile values
// in its headers, cookies, query, path, method, body type and form fields (fuzz-cases.ts), on the
// live-mode app and on the sandbox-mode app. Budget: 0 answers 5xx (or none at all), 0 answers
// holding the email, last name or street of a shopper who bought just before in their own browser.
import { expect, test } from "./fixtures";
import { fuzzCases } from "./fuzz-cases";
import {
  attachFailures,
  causes,
  describeCause,
  groupFailures,
  replayWithLogs,
  statuses,
} from "./fuzz-report";
import { runCases } from "./fuzz-run";
import { fuzzerSession, victimPurchase } from "./fuzz-shoppers";

const TARGETS = [
  { name: "live mode", url: "E2E_BASE_URL", log: "E2E_APP_LOG", webhooks: true },
  {
    name: "sandbox mode",
    url: "E2E_SANDBOX_MODE_URL",
    log: "E2E_SANDBOX_MODE_LOG",
    webhooks: false,
  },
];

/** Requests in flight at once. */
const IN_FLIGHT = 8;

const totals = { targets: 0, cases: 0, serverErrors: 0, leaks: 0 };

const line = (t: Omit<typeof totals, "targets">) =>
  `fuzz: ${t.cases} cases, ${t.serverErrors} server errors, ${t.leaks} with another shopper's data`;

test.describe.configure({ timeout: 120_000 });

for (const target of TARGETS) {
  test(`${target.name}: hostile input on every route gets no 5xx and no other shopper's data`, async ({
    browser,
    request,
  }, testInfo) => {
    const baseURL = process.env[target.url]!;
    const victim = await victimPurchase(browser, baseURL);
    const fuzzer = await fuzzerSession(request, baseURL);
    const cases = fuzzCases({
      origin: new URL(baseURL).origin,
      victim,
      fuzzer,
      webhookSecret: target.webhooks ? process.env.E2E_WEBHOOK_SECRET : undefined,
    });

    const started = Date.now();
    const secrets = [victim.email, victim.lastName, victim.street];
    const verdicts = await runCases(request, baseURL, cases, secrets, IN_FLIGHT);
    const seconds = Math.round((Date.now() - started) / 1000);
    const failures = verdicts.filter((v) => v.problem);
    const groups = groupFailures(failures);
    await replayWithLogs(request, baseURL, groups, process.env[target.log]!);

    const counts = {
      cases: cases.length,
      serverErrors: verdicts.filter((v) => v.status >= 500 || v.status === 0).length,
      leaks: failures.filter((v) => v.problem!.startsWith("holds")).length,
    };
    totals.targets += 1;
    totals.cases += counts.cases;
    totals.serverErrors += counts.serverErrors;
    totals.leaks += counts.leaks;
    console.log(`${line(counts)} (${target.name}, ${seconds} s; ${statuses(verdicts)})`);
    if (groups.length) {
      console.log(causes(groups).map(describeCause).join("\n"));
      await attachFailures(testInfo, failures);
    }
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
    expect(
      groups.map((g) => `${g.first.case.route} — ${g.first.case.kind} — ${g.first.problem}`),
    ).toEqual([]);
  });
}

test.afterAll(() => {
  // Both apps' cases, when both ran in this worker (a failed test restarts the worker).
  if (totals.targets === TARGETS.length) console.log(`${line(totals)} (both apps)`);
});
