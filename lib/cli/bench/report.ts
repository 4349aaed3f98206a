// The benchmark's results: one table of measures, the budgets, and for --quick the report CI sums.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BigCommerceClient } from "@/lib/bigcommerce";
import type { SandboxProcess } from "./processes";

export type Row = [string, string];
export type Check = { name: string; ok: boolean; detail: string };

/** What the measures share: the running app and sandbox, and a view the shopper may open. */
export interface Bench {
  sandbox: SandboxProcess;
  app: ChildProcess;
  /** The app's origin. */
  base: string;
  bc: BigCommerceClient;
  /** The confirmation page of a paid order. */
  view: string;
  /** Headers of a browser that holds that order's grant. */
  authorized: Record<string, string>;
  rows: Row[];
  /** Lines printed as they are, after the table: counts with their breakdown, the quota drill. */
  lines: string[];
  checks: Check[];
}

/** Prints the table, the lines and the budgets; returns the number of budgets that failed. */
export function printReport(rows: Row[], lines: string[], checks: Check[]): number {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${"measure".padEnd(width)}  value`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  if (lines.length) console.log(`\n${lines.join("\n")}`);
  console.log("\nbudgets");
  for (const c of checks) console.log(`${c.ok ? "[ok]  " : "[FAIL]"} ${c.name}: ${c.detail}`);
  return checks.filter((c) => !c.ok).length;
}

/** test-reports/bench.json, which .ci/summarize.mjs counts. */
export function writeQuickReport(root: string, checks: Check[], failed: number) {
  mkdirSync(path.join(root, "test-reports"), { recursive: true });
  writeFileSync(
    path.join(root, "test-reports/bench.json"),
    JSON.stringify({ bench: true, passed: checks.length - failed, failed }),
  );
}
