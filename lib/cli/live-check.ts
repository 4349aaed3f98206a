// npm run check:live — run with the merchant's environment (e.g. `vercel env pull .env.local` first).
import { createBigCommerceClient } from "@/lib/bigcommerce";
import { ConfigError, parseConfig } from "@/lib/config";
import { MemoryKv, RedisKv } from "@/lib/kv";
import { checkLive, formatChecklist } from "@/lib/live-check";

async function main() {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.log(`[FAIL] Configuration: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (config.mode !== "live") {
    console.log(
      "[FAIL] Configuration: no BigCommerce credentials set (this would run the sandbox store).",
    );
    process.exit(1);
  }
  const bc = createBigCommerceClient(config.bigcommerce);
  const store = config.store.kind === "redis" ? RedisKv.fromUrl(config.store.url) : new MemoryKv();
  const results = await checkLive({
    bc,
    store,
    storeLabel:
      config.store.kind === "redis"
        ? "Redis (REDIS_URL)"
        : "memory (TOKEN_STORE=memory, single instance only)",
  });
  console.log(`Checking store ${config.bigcommerce.storeHash} at ${config.bigcommerce.apiUrl}\n`);
  console.log(formatChecklist(results));
  if (store instanceof RedisKv) await store.close();
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
