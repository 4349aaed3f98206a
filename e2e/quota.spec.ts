// A store at its API quota: browsing answers from the catalog cache, and a shopper already in
// checkout still completes the purchase, after a short wait for the quota window to reset.
import { CARDS, CONFIRMED_URL, expect, pay, startCheckout, test } from "./fixtures";

test("at the store's quota, browsing answers from cache and a shopper in checkout completes the purchase", async ({
  page,
  sandboxStore,
}) => {
  // The walk to the checkout fills the catalog cache (home, the product page).
  await startCheckout(page, "quota", "Walnut Serving Board");
  try {
    // A small quota in short windows, then spent: BigCommerce now answers 429 until the reset.
    await sandboxStore.knobs({ quota: 40, windowMs: 8_000 });
    expect(await sandboxStore.spendQuota()).toBe(429);

    for (const path of ["/", "/products/116"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain("Walnut Serving Board");
    }

    await pay(page, CARDS.success);
    await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 40_000 });
    await expect(page.getByText("Walnut Serving Board")).toBeVisible();
  } finally {
    await sandboxStore.reset();
  }
});
