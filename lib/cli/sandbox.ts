// `npm run sandbox -- --port 4010 [--plan pro | --quota 450] [--latency-ms 100] [--rate-429 0.1] …`
// Serves the sandbox store over HTTP until stopped (Ctrl-C or SIGTERM); `--help` lists the flags.
import { parseArgs } from "node:util";
import { PLAN_QUOTAS, PLANS, type SandboxPlan } from "../sandbox/http/knobs";
import { startSandboxServer } from "../sandbox/server";
import { SANDBOX_ACCESS_TOKEN, SANDBOX_STORE_HASH, TEST_CARDS } from "../sandbox";

const HELP = `npm run sandbox -- [flags]: the sandbox store over HTTP

Flags:
  --port N            port to listen on (default 4010; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1)
  --plan P            the store plan whose quota applies per 30 s window (default pro):
                      ${PLANS.map((p) => `${p} ${PLAN_QUOTAS[p]}`).join(", ")}
                      (Enterprise quotas are not published: a large number stands in)
  --quota N           requests per 30 s window instead of a plan's (not with --plan)
  --latency-ms N      added to every BigCommerce call
  --rate-429 F        fraction of calls answered by a brief 429 spike (reset 50-300 ms)
  --rate-500 F        fraction of calls answered 500
  --seed N            seed of the fault dice, so a run replays
  --token-shape S     checkout-token answer: "example" (default) or "schema"
  --site-url URL      the channel's site URL: the only origin that may frame the emulated
                      embedded checkout and receive its events (default http://localhost:3000;
                      "none" for no site URL)
  --checkout-origin O where cart redirect URLs point (default this server's own origin), e.g.
                      http://localhost:4010 while listening on 127.0.0.1:4010, so the frame is
                      same-site with a storefront on http://localhost:3000
  --help              this text

Control endpoints (not BigCommerce APIs):
  GET  /__sandbox/stats              calls by operation id; POST /__sandbox/stats/reset empties them
  POST /__sandbox/knobs              {latencyMs?, rate429?, rate500?, quota?, plan?, ...}
  POST /__sandbox/products/{id}      {price?, inventory_level?, variant_id?, deliver?}: edits the
                                     catalog and delivers BigCommerce's webhooks (deliver: false skips)
  GET  /__sandbox/deliveries         recent webhook deliveries, once those under way have finished
  POST /__sandbox/orders/{id}/extras {coupons?, gift_certificate_amount?, store_credit_amount?,
                                     payment_status?, payment_method?, shipments?, transactions?}: what an order
                                     body cannot carry; answers the order
  GET|PUT /__sandbox/site            {url: string | null}: the channel's site URL (BigCommerce's
                                     Sites API, PUT /v3/channels/{id}/site, is not served)
  knobs for the embedded checkout:   orderVisibleAfterMs (a paid order's delay before GET
                                     /v2/orders lists it), redirectUrlTtlMs (default 120000)

Emulated embedded checkout (the checkout origin; not BigCommerce APIs, its hosted pages):
  POST /stores/sandbox/v3/carts/{id}/redirect_urls   createCartRedirectURL: single-use links
  GET  /cart.php?embedded=1&action=loadInCheckout&id=…&token=…   the checkout (frame) page
  GET|POST /login/token/{jwt}        customer login JWT (HS256, iss sandbox-client-id, secret
                                     sandbox-client-secret-that-is-at-least-32-chars)
  GET  /embedded-checkout/allow-cookie?returnUrl=…   the SDK's first-visit cookie hand-shake
  Test card 4000 0000 0000 3220 asks for a 3-D Secure step in the frame.

Orders of any shape (BigCommerce's own create-order, not a control endpoint):
  POST /stores/sandbox/v2/orders     order_Post body (billing_address, products, shipping_addresses or
                                     consignments.pickups, fees, handling, wrapping, status_id, …)
  PUT  /stores/sandbox/v2/orders/{id} {customer_id?, status_id?}
`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    "latency-ms": { type: "string", default: "0" },
    "rate-429": { type: "string", default: "0" },
    "rate-500": { type: "string", default: "0" },
    plan: { type: "string" },
    quota: { type: "string" },
    seed: { type: "string", default: "1" },
    "token-shape": { type: "string", default: "example" },
    "site-url": { type: "string", default: "http://localhost:3000" },
    "checkout-origin": { type: "string" },
    help: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function number(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    fail(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
  }
  return n;
}

function planOf(raw: string | undefined): SandboxPlan | undefined {
  if (raw === undefined) return undefined;
  if (!PLANS.some((p) => p === raw)) fail(`--plan must be one of ${PLANS.join(", ")}`);
  return raw as SandboxPlan;
}

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const tokenShape = values["token-shape"];
if (tokenShape !== "example" && tokenShape !== "schema") {
  fail('--token-shape must be "example" or "schema"');
}
if (values.plan !== undefined && values.quota !== undefined) {
  fail("--plan and --quota are alternatives: give one");
}

async function main() {
  const server = await startSandboxServer({
    port: number("port", values.port, 0, 65535),
    host: values.host,
    seed: number("seed", values.seed, 0, 2 ** 31),
    tokenResponseShape: tokenShape as "example" | "schema",
    siteUrl: values["site-url"] === "none" ? null : values["site-url"],
    checkoutOrigin: values["checkout-origin"],
    knobs: {
      latencyMs: number("latency-ms", values["latency-ms"], 0, 60_000),
      rate429: number("rate-429", values["rate-429"], 0, 1),
      rate500: number("rate-500", values["rate-500"], 0, 1),
      plan: planOf(values.plan),
      quota: values.quota === undefined ? undefined : number("quota", values.quota, 1, 1_000_000),
    },
  });
  const { plan, quota } = server.sandbox.knobs;

  console.log(`Sandbox store listening on ${server.url}`);
  console.log(`  BIGCOMMERCE_API_URL=${server.url}`);
  console.log(`  BIGCOMMERCE_PAYMENTS_URL=${server.url}`);
  console.log(`  BIGCOMMERCE_STORE_HASH=${SANDBOX_STORE_HASH}`);
  console.log(`  BIGCOMMERCE_ACCESS_TOKEN=${SANDBOX_ACCESS_TOKEN}`);
  console.log(`  quota: ${quota} requests per 30 s (${plan === "custom" ? "--quota" : plan} plan)`);
  console.log(
    `  test cards: success ${TEST_CARDS.success}, declined ${TEST_CARDS.declined}, insufficient funds ${TEST_CARDS.insufficientFunds}`,
  );
  console.log(
    `  embedded checkout: links on ${server.sandbox.store.embedded.checkoutOrigin}, site URL ${server.sandbox.store.embedded.siteUrl ?? "none"}, 3-D Secure card ${TEST_CARDS.threeDSecure}`,
  );
  console.log("  control endpoints and flags: npm run sandbox -- --help");

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
