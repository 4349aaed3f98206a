// `npm run sandbox -- --port 4010 [--latency-ms 100] [--rate-429 0.1] [--rate-500 0.1] [--quota 450] [--seed 7]`
// Serves the sandbox store over HTTP until stopped (Ctrl-C or SIGTERM).
import { parseArgs } from "node:util";
import { startSandboxServer } from "../sandbox/server";
import { SANDBOX_ACCESS_TOKEN, SANDBOX_STORE_HASH, TEST_CARDS } from "../sandbox";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    "latency-ms": { type: "string", default: "0" },
    "rate-429": { type: "string", default: "0" },
    "rate-500": { type: "string", default: "0" },
    quota: { type: "string", default: "450" },
    seed: { type: "string", default: "1" },
    "token-shape": { type: "string", default: "example" },
  },
});

function number(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
    process.exit(2);
  }
  return n;
}

const tokenShape = values["token-shape"];
if (tokenShape !== "example" && tokenShape !== "schema") {
  console.error('--token-shape must be "example" or "schema"');
  process.exit(2);
}

async function main() {
  const server = await startSandboxServer({
    port: number("port", values.port, 0, 65535),
    host: values.host,
    seed: number("seed", values.seed, 0, 2 ** 31),
    tokenResponseShape: tokenShape as "example" | "schema",
    knobs: {
      latencyMs: number("latency-ms", values["latency-ms"], 0, 60_000),
      rate429: number("rate-429", values["rate-429"], 0, 1),
      rate500: number("rate-500", values["rate-500"], 0, 1),
      quota: number("quota", values.quota, 1, 1_000_000),
    },
  });

  console.log(`Sandbox store listening on ${server.url}`);
  console.log(`  BIGCOMMERCE_API_URL=${server.url}`);
  console.log(`  BIGCOMMERCE_PAYMENTS_URL=${server.url}`);
  console.log(`  BIGCOMMERCE_STORE_HASH=${SANDBOX_STORE_HASH}`);
  console.log(`  BIGCOMMERCE_ACCESS_TOKEN=${SANDBOX_ACCESS_TOKEN}`);
  console.log(
    `  test cards: success ${TEST_CARDS.success}, declined ${TEST_CARDS.declined}, insufficient funds ${TEST_CARDS.insufficientFunds}`,
  );

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void server.close().then(() => process.exit(0));
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
