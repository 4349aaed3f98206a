// Sums Vitest and Playwright JSON reports, the benchmark's budgets and the static checks of .ci/run
// ({"check": name, "ok": boolean}, one entry each) into one line: "N passed, N failed".
// A suite whose report is missing (it crashed before reporting) counts as one failure.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    console.error(`${file}: no report (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  if (typeof report.check === "string") {
    // A static check from .ci/run (lint, typecheck, format): one entry; its output is in the log.
    if (report.ok === true) passed += 1;
    else {
      console.error(`${file}: ${report.check} failed (its output is above in the log)`);
      failed += 1;
    }
  } else if (typeof report.numPassedTests === "number") {
    // Vitest
    passed += report.numPassedTests;
    // Skipped or todo tests are not allowed in this project: they count as failures.
    failed +=
      report.numFailedTests +
      report.numPendingTests +
      report.numTodoTests +
      (report.numTotalTests === 0 ? 1 : 0);
    // A test file that failed before running any test (an import error) counts as one failure.
    failed += (report.testResults ?? []).filter(
      (file) =>
        file.status === "failed" &&
        !(file.assertionResults ?? []).some((t) => t.status === "failed"),
    ).length;
  } else if (report.bench) {
    // npm run bench -- --quick: its budget checks.
    passed += report.passed;
    failed += report.failed;
  } else if (report.stats) {
    // Playwright
    passed += report.stats.expected;
    failed +=
      report.stats.unexpected +
      report.stats.flaky +
      report.stats.skipped +
      (report.errors?.length ? 1 : 0);
  } else {
    console.error(`${file}: unknown report format`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
