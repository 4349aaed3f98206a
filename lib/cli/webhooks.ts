// npm run webhooks -- --url https://shop.example.com [--check] [--prune]
// Run with the merchant's environment (e.g. `vercel env pull .env.local` first), after each deploy
// to a new domain: registers or repairs the catalog webhooks and prints a checklist.
import { parseArgs } from "node:util";
import { createBigCommerceClient } from "@/lib/bigcommerce";
import { ConfigError, parseConfig } from "@/lib/config";
import { formatChecklist } from "@/lib/live-check";
import { setUpWebhooks, webhookDestination } from "@/lib/webhook-setup";

const USAGE = `npm run webhooks -- --url https://shop.example.com [--check] [--prune]

  --url     the site's origin; BigCommerce delivers to {url}/api/webhooks/bigcommerce
  --check   only report: create, re-activate or update nothing
  --prune   delete this API account's catalog hooks that deliver to another site's webhook path

Needs the live configuration (BIGCOMMERCE_STORE_HASH, BIGCOMMERCE_ACCESS_TOKEN, …) and
BIGCOMMERCE_WEBHOOK_SECRET, the header value each hook sends back.`;

function failed(line: string): never {
  console.log(`[FAIL] ${line}`);
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      check: { type: "boolean", default: false },
      prune: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !values.url) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  let destination: string;
  try {
    destination = webhookDestination(values.url);
  } catch (error) {
    failed(`Site address: ${error instanceof Error ? error.message : String(error)}`);
  }
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) failed(`Configuration: ${error.message}`);
    throw error;
  }
  if (config.mode !== "live") {
    failed("Configuration: no BigCommerce credentials set (this would run the sandbox store).");
  }
  if (!config.webhooks) {
    failed("Configuration: BIGCOMMERCE_WEBHOOK_SECRET is not set (docs/deploy.md, Webhooks).");
  }
  const { storeHash, apiUrl } = config.bigcommerce;
  console.log(`Webhooks of store ${storeHash} at ${apiUrl} for ${destination}\n`);
  const results = await setUpWebhooks({
    bc: createBigCommerceClient(config.bigcommerce),
    destination,
    secret: config.webhooks.secret,
    checkOnly: values.check,
    prune: values.prune,
  });
  console.log(formatChecklist(results));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
