import { revalidateTag } from "next/cache";
import { receiveWebhook } from "@/lib/catalog/webhook-receiver";
import { logEvent } from "@/lib/log";
import { getRuntime } from "@/lib/runtime";

// BigCommerce's catalog webhooks (registered by `npm run webhooks`, docs/deploy.md): each delivery
// is checked against BIGCOMMERCE_WEBHOOK_SECRET and revalidates the catalog cache tags it touches.

export const dynamic = "force-dynamic";

/**
 * One delivery: 200 once the tags are revalidated (at once: stale data is never served after it),
 * 401 without the right secret header, 404 when webhooks are not configured, 413 over 64 KB,
 * 400 for a body that is not a delivery. See receiveWebhook.
 */
export async function POST(request: Request): Promise<Response> {
  const { config } = getRuntime();
  return receiveWebhook(request, {
    secret: config.webhooks?.secret,
    storeHash: config.bigcommerce.storeHash,
    // Stale while it refreshes: the next view still answers at once (a storm of webhooks never
    // turns into views waiting on BigCommerce), starts the refresh, and the views after it show
    // the change.
    revalidate: (tag) => revalidateTag(tag, "max"),
    log: (fields, level) => logEvent("webhook.received", fields, level),
  });
}
