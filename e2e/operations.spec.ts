// What a merchant sees in production: a health endpoint, logs that never hold secrets, and a live
// server that never loads the sandbox store.
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

test("a burst of a hundred health checks makes at most one BigCommerce call", async ({
  request,
  baseURL,
  sandboxStore,
}) => {
  const before = (await sandboxStore.stats()).calls.getSystemTimestamp ?? 0;
  const answers = await Promise.all(
    Array.from({ length: 100 }, () => request.get(`${baseURL}/api/health`)),
  );
  expect(answers.map((a) => a.status())).toEqual(Array(100).fill(200));
  const after = (await sandboxStore.stats()).calls.getSystemTimestamp ?? 0;
  expect(after - before).toBeLessThanOrEqual(1);
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

/** The JSON log lines a server printed (its other output left out). */
function logEvents(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

const sandboxLoaded = (file: string) => logEvents(file).some((e) => e.event === "sandbox.loaded");

test("a live server never loads the sandbox store; a sandbox-mode server does", async ({
  request,
  baseURL,
}) => {
  // Traffic on both live instances after the whole suite's: pages that call BigCommerce.
  for (const base of [baseURL, process.env.E2E_MULTI_USE_URL]) {
    expect((await request.get(`${base}/`)).status()).toBe(200);
    expect((await request.get(`${base}/cart`)).status()).toBe(200);
  }
  // The same build without BigCommerce variables: its first BigCommerce call loads the sandbox,
  // and it says so (the check below can fail).
  const sandboxMode = await request.get(`${process.env.E2E_SANDBOX_MODE_URL}/`);
  expect(sandboxMode.status()).toBe(200);
  await expect
    .poll(() => sandboxLoaded(process.env.E2E_SANDBOX_MODE_LOG!), { timeout: 5_000 })
    .toBe(true);

  // Give the live servers a moment to flush their output.
  await new Promise((r) => setTimeout(r, 500));
  expect(logEvents(process.env.E2E_APP_LOG!).length).toBeGreaterThan(0);
  expect(sandboxLoaded(process.env.E2E_APP_LOG!)).toBe(false);
});
