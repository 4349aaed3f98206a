// What a merchant sees in production: a health endpoint, and logs that never hold secrets.
import { readFileSync } from "node:fs";
import {
  CARDS,
  CUSTOMERS,
  expect,
  fillDetails,
  addToCart,
  placeOrderAndKeepLink,
  signIn,
  test,
  uniqueEmail,
} from "./fixtures";

test("GET /api/health reports mode, ledger store and BigCommerce reachability, uncached", async ({
  request,
  baseURL,
}) => {
  const response = await request.get(`${baseURL}/api/health`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    mode: "live",
    ledger: { store: "redis", reachable: true },
    bigcommerce: { reachable: true },
  });
  expect(JSON.stringify(body)).not.toMatch(/sandbox-access-token|secret/i);
});

test("server logs of a whole journey are structured and hold no token, card, password or email", async ({
  page,
}) => {
  const email = uniqueEmail("logs");
  await signIn(page, CUSTOMERS.shopper.email, "a-wrong-password-123");
  await addToCart(page, "Stoneware Coffee Mug");
  await fillDetails(page, email);
  const { orderId, link } = await placeOrderAndKeepLink(page, CARDS.success);
  const token = new URL(link).searchParams.get("t")!;
  await page.goto(link);
  await expect(page.getByTestId("order-number")).toHaveText(String(orderId));

  // Give the servers a moment to flush their output.
  await page.waitForTimeout(500);
  const log = readFileSync(process.env.E2E_APP_LOG!, "utf8");
  const lines = log.split("\n").filter((l) => l.startsWith("{"));
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const completed = events.find((e) => e.event === "checkout.completed" && e.orderId === orderId);
  expect(completed).toMatchObject({ outcome: "confirmed", level: "info" });
  expect(completed?.durationMs).toEqual(expect.any(Number));
  expect(completed?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  expect(
    events.find((e) => e.event === "confirmation.viewed" && e.orderId === orderId),
  ).toMatchObject({
    outcome: "shown",
  });

  for (const secret of [
    token,
    CARDS.success.replace(/ /g, ""),
    CARDS.success,
    "a-wrong-password-123",
    CUSTOMERS.shopper.password,
    email,
    CUSTOMERS.shopper.email,
    "sandbox-access-token",
    "e2e-session-secret",
  ]) {
    expect(log.includes(secret), `the logs contain ${secret.slice(0, 12)}…`).toBe(false);
  }
});
