// npm run drill -- [--journeys 50] [--rate-429 0.1] [--rate-500 0.1] [--rate-lost 0.05] [--latency-ms 0]
//                  [--concurrency 4] [--seed 7]
// --rate-lost: writes the sandbox carries out but answers 500, as if the response was lost.
import { parseArgs } from "node:util";
import { formatReport, runDrill } from "./drill/run";

async function main() {
  const { values } = parseArgs({
    options: {
      journeys: { type: "string", default: "50" },
      "rate-429": { type: "string", default: "0.1" },
      "rate-500": { type: "string", default: "0.1" },
      "rate-lost": { type: "string", default: "0.05" },
      "latency-ms": { type: "string", default: "0" },
      concurrency: { type: "string", default: "4" },
      seed: { type: "string", default: "7" },
    },
  });
  const report = await runDrill({
    journeys: Number(values.journeys),
    rate429: Number(values["rate-429"]),
    rate500: Number(values["rate-500"]),
    rateLost: Number(values["rate-lost"]),
    latencyMs: Number(values["latency-ms"]),
    concurrency: Number(values.concurrency),
    seed: Number(values.seed),
    redisUrl: process.env.REDIS_URL || undefined,
  });
  console.log(formatReport(report));
  const ok =
    report.duplicateOrders === 0 &&
    report.unreachablePaidOrders === 0 &&
    report.uncleanErrors === 0;
  console.log(
    ok ? "\nDrill passed: no duplicate orders, no unreachable paid orders." : "\nDrill FAILED.",
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
