// Catalog freshness through BigCommerce webhooks: a price changed in the store reaches the product
// page through a webhook delivery, and a forged delivery is refused and changes nothing.
// global-setup.ts registers the catalog hooks on the sandbox, pointing at the live-mode app.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The Canvas Weekender Bag, at $89.50 in the seed catalogue. */
const PRODUCT = 113;
const SEED_PRICE = 89.5;

/** Changes the product's price in the sandbox store; with `deliver`, BigCommerce's webhooks fire. */
async function setPrice(price: number, deliver: boolean) {
  const response = await fetch(`${process.env.E2E_SANDBOX_URL}/__sandbox/products/${PRODUCT}`, {
    method: "POST",
    body: JSON.stringify({ price, deliver }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { events: string[]; deliveries: number };
}

/** The sandbox's recent deliveries, once those under way have finished. */
async function deliveries(): Promise<{ scope: string; outcome: string; status?: number }[]> {
  const response = await fetch(`${process.env.E2E_SANDBOX_URL}/__sandbox/deliveries`);
  return (await response.json()).deliveries;
}

const priceOn = (page: Page) => page.locator(".product-detail .price");

test.afterEach(async () => {
  // Back to the seed price, delivered, so that later tests (and cached pages) see it again.
  await setPrice(SEED_PRICE, true);
  await deliveries();
});

/** Reloads the product page until it shows `price` (a refreshed cache entry), for at most 10 s. */
async function expectPriceAfterReloads(page: Page, price: string) {
  await expect
    .poll(
      async () => {
        await page.reload();
        return priceOn(page).textContent();
      },
      { timeout: 10_000, intervals: [250, 500, 1000] },
    )
    .toBe(price);
}

test("a price changed in the store appears on the product page after the webhook", async ({
  page,
}) => {
  await page.goto(`/products/${PRODUCT}`);
  await expect(priceOn(page)).toHaveText("$89.50");

  const before = (await deliveries()).length;
  const change = await setPrice(97.25, true);
  expect(change.events).toEqual(["store/product/updated"]);
  const delivered = (await deliveries()).slice(before);
  expect(delivered).toContainEqual(
    expect.objectContaining({
      scope: "store/product/updated",
      outcome: "delivered",
      status: 200,
    }),
  );

  await expectPriceAfterReloads(page, "$97.25");

  // One log line per delivery, with its scope, product and outcome, and never the secret.
  const log = readFileSync(process.env.E2E_APP_LOG!, "utf8");
  const received = log
    .split("\n")
    .filter((l) => l.includes('"event":"webhook.received"'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(received).toContainEqual(
    expect.objectContaining({
      scope: "store/product/updated",
      productId: PRODUCT,
      outcome: "revalidated",
    }),
  );
  expect(log).not.toContain(process.env.E2E_WEBHOOK_SECRET!);
});

test("a forged delivery (wrong secret) is refused with 401 and changes nothing", async ({
  page,
  request,
}) => {
  // The seed price, restored (with its webhook) after the test before: served stale once while
  // the cache refreshes, then fresh.
  await page.goto(`/products/${PRODUCT}`);
  await expectPriceAfterReloads(page, "$89.50");

  // The store changes without telling the app; a forger then claims the product was updated.
  await setPrice(96, false);
  const forged = {
    scope: "store/product/updated",
    store_id: "1000001",
    data: { type: "product", id: PRODUCT },
    hash: "a833a57fadd56a32dc752fb6ca0841dc9602a495",
    created_at: Math.floor(Date.now() / 1000),
    producer: "stores/sandbox",
  };
  const attempts: Record<string, string>[] = [
    { "X-Storefront-Webhook-Secret": "e2e-forged-secret-that-is-at-least-32-chars" },
    {},
  ];
  for (const headers of attempts) {
    const answer = await request.post("/api/webhooks/bigcommerce", { headers, data: forged });
    expect(answer.status()).toBe(401);
  }

  // Still the cached price: nothing was revalidated.
  await page.reload();
  await expect(priceOn(page)).toHaveText("$89.50");
});
