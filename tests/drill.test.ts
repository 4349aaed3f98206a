// A short fault drill in CI (npm run drill runs the long one): journeys against a sandbox injecting
// 429s, 500s and lost responses must never charge twice or strand a paid order.
import { describe, expect, it } from "vitest";
import { runDrill } from "@/lib/cli/drill/run";

describe("fault drill", () => {
  it("with 10% 429s, 10% 500s and 5% lost responses: no duplicate and no unreachable paid order", async () => {
    const report = await runDrill({
      journeys: 24,
      rate429: 0.1,
      rate500: 0.1,
      rateLost: 0.05,
      seed: 11,
    });
    expect(report.journeys).toBe(24);
    expect(report.completed + report.cleanErrors).toBe(24);
    expect(report.uncleanErrors).toBe(0);
    expect(report.duplicateOrders).toBe(0);
    expect(report.unreachablePaidOrders).toBe(0);
    expect(report.completed).toBeGreaterThan(12);
  }, 120_000);
});
