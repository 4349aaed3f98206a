// A shared-store outage is a message, not a crash: the redis-server the live-mode app uses
// (e2e/global-setup.ts) is stopped, and started again on its port with its data, around a purchase,
// a sign-in and a confirmation link. The server is back at the end of each test, even on failure.
import type { APIRequestContext, Page } from "@playwright/test";
import { OPERATIONS } from "../lib/bigcommerce/operations";
import { startRedis, stopRedisAt } from "../tests/support/redis";
import {
  CARDS,
  CUSTOMERS,
  expect,
  fillCard,
  orderIdOf,
  payAndConfirm,
  placeOrderAndKeepLink,
  placeOrderButton,
  type SandboxStoreApi,
  signIn,
  startCheckout,
  test,
} from "./fixtures";

/** The BigCommerce operations that change something (every method but GET). */
const WRITES = new Set(
  Object.entries(OPERATIONS)
    .filter(([, spec]) => spec.method !== "GET")
    .map(([operation]) => operation),
);

/**
 * Stops the app's redis-server (its data saved first) for `during`, then starts it again on its
 * port with that data, even when `during` fails, and waits until the app answers from it again.
 */
async function withStoreStopped(
  app: { request: APIRequestContext; baseURL?: string },
  during: () => Promise<void>,
) {
  const port = Number(process.env.E2E_REDIS_PORT);
  await stopRedisAt(port, { save: true });
  try {
    await during();
  } finally {
    await startRedis({ port, dataDir: process.env.E2E_REDIS_DIR });
  }
  // The app's client reconnects by itself: wait for a health probe made since (each is kept 10 s).
  const back = Date.now();
  const healthySince = async () => {
    const response = await app.request.get(`${app.baseURL}/api/health`);
    const { checkedAt } = (await response.json()) as { checkedAt: string };
    return response.status() === 200 && Date.parse(checkedAt) >= back;
  };
  await expect.poll(healthySince, { timeout: 30_000 }).toBe(true);
}

/** BigCommerce calls `store` received while `step` ran, by operation. */
async function callsDuring(store: SandboxStoreApi, step: () => Promise<void>) {
  const before = (await store.stats()).calls;
  await step();
  const after = (await store.stats()).calls;
  return Object.fromEntries(
    Object.entries(after)
      .map(([operation, n]) => [operation, n - (before[operation] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
}

/** Every HTTP status the page receives from now on. */
function statusesOf(page: Page): number[] {
  const statuses: number[] = [];
  page.on("response", (response) => statuses.push(response.status()));
  return statuses;
}

test("with the shared store stopped, Place order says so and charges nothing; once it is back, the same shopper buys", async ({
  page,
  request,
  baseURL,
  sandboxStore,
}) => {
  const email = await startCheckout(page, "store-outage", "Stoneware Coffee Mug");
  const total = await placeOrderButton(page).textContent();
  const statuses = statusesOf(page);
  await withStoreStopped({ request, baseURL }, async () => {
    const calls = await callsDuring(sandboxStore, async () => {
      await fillCard(page, CARDS.success);
      await placeOrderButton(page).click();
      await expect(page.getByRole("alert").filter({ hasText: "place your order" })).toHaveText(
        "We couldn't place your order just now. Nothing was charged; please try again in a moment.",
      );
    });
    expect(Object.keys(calls).filter((operation) => WRITES.has(operation))).toEqual([]);
    // Back on the payment section, with what the shopper typed (never the card: it is not kept).
    await expect(page).toHaveURL(/\/checkout\?f=\w+#payment$/);
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(placeOrderButton(page)).toHaveText(total!);
  });
  expect(statuses.filter((status) => status >= 500)).toEqual([]);

  await payAndConfirm(page);
  expect(await sandboxStore.ordersFor(email)).toHaveLength(1);
});

test("with the shared store stopped, sign-in says so without asking BigCommerce; once it is back, it signs in", async ({
  page,
  request,
  baseURL,
  sandboxStore,
}) => {
  const { email, password } = CUSTOMERS.shopper;
  const statuses = statusesOf(page);
  await withStoreStopped({ request, baseURL }, async () => {
    const calls = await callsDuring(sandboxStore, async () => {
      await signIn(page, email, password);
      await expect(page.getByRole("alert").filter({ hasText: "Sign-in" })).toHaveText(
        "Sign-in is not available right now. Please try again in a moment.",
      );
    });
    expect(calls).toEqual({});
  });
  expect(statuses.filter((status) => status >= 500)).toEqual([]);

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
});

test("with the shared store stopped, a confirmation link says it could not be checked; its retry opens it once the store is back", async ({
  page,
  request,
  baseURL,
}) => {
  await startCheckout(page, "store-outage-link", "Stoneware Coffee Mug");
  const { orderId, link } = await placeOrderAndKeepLink(page, CARDS.success);
  await withStoreStopped({ request, baseURL }, async () => {
    const response = await page.goto(link);
    expect(response!.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "We couldn’t check your confirmation link just now",
    );
  });

  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page).toHaveURL(new RegExp(`/order-confirmation/${orderId}$`));
  expect(orderIdOf(page.url())).toBe(orderId);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Your order #${orderId} is confirmed.`,
  );
});
