// A shared-store outage is a message, not a crash: what each part of the app does when the store
// cannot answer, against the sandbox store over HTTP. Place order and the confirmation link run on
// a real redis-server that is stopped and started again; the other steps on a closed memory store
// (the same typed error, without the wait).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, signUp } from "@/lib/account";
import type { BigCommerceClient } from "@/lib/bigcommerce";
import * as checkout from "@/lib/checkout";
import type { PaymentForm } from "@/lib/checkout/forms";
import { NOT_PLACED, placeOrder } from "@/lib/checkout/place-order";
import { openConfirmationLink } from "@/lib/confirmation/access";
import { MemoryKv, RedisKv } from "@/lib/kv";
import type { Runtime } from "@/lib/runtime";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";
import { guestDetails } from "./support/checkout";
import { startRedis, stopRedisAt, untilAnswers, type TestRedis } from "./support/redis";
import { testRuntime } from "./support/runtime";

let server: SandboxServer;
let redis: TestRedis;
let redisDir: string;
let redisKv: RedisKv;
/** The app's composition root on the sandbox and the redis-server. */
let rt: Runtime;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
  redisDir = mkdtempSync(path.join(tmpdir(), "store-outage-test-"));
  redis = await startRedis({ dataDir: redisDir });
  redisKv = RedisKv.fromUrl(redis.url);
  rt = testRuntime(server.url, { TOKEN_STORE: "redis", REDIS_URL: redis.url }, { kv: redisKv });
});

afterAll(async () => {
  await redisKv.close();
  await stopRedisAt(redis.port);
  rmSync(redisDir, { recursive: true, force: true });
  await server.close();
});

/** Stops the redis-server (its data saved) for `during`, then starts it again with that data. */
async function withRedisStopped(during: () => Promise<void>): Promise<void> {
  await stopRedisAt(redis.port, { save: true });
  try {
    await during();
  } finally {
    redis = await startRedis({ port: redis.port, dataDir: redisDir });
    await untilAnswers(redisKv);
  }
}

/** BigCommerce calls the sandbox has received, by operation. */
const calls = () => ({ ...server.sandbox.stats.calls });
const callsSince = (before: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(calls())
      .map(([operation, n]) => [operation, n - (before[operation] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );

const card = (expectedTotal: string): PaymentForm => ({
  expectedTotal,
  cardholderName: "Ada Lovelace",
  cardNumber: "4111111111111111",
  cardExpiry: { month: 12, year: 2034 },
  cardCvv: "123",
});

const details = guestDetails({
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  address1: "12 Analytical Row",
});

/** A cart with details and shipping, ready to pay; its id and total. */
async function readyCheckout(deps: Runtime = rt): Promise<{ id: string; total: string }> {
  const id = await checkout.addToCart(deps, undefined, {
    productId: 111,
    variantId: 1111,
    quantity: 1,
  });
  await checkout.saveDetails(deps, id, details);
  return { id, total: String((await checkout.loadCheckout(deps, id))!.total) };
}

/**
 * A ready checkout, and a runtime on a memory store that closes (answers nothing more) right after
 * BigCommerce answers `operation`.
 */
async function storeGoneAfter(operation: "createOrder" | "processPayment") {
  const kv = new MemoryKv();
  const deps = testRuntime(server.url, {}, { kv });
  const ready = await readyCheckout(deps);
  const real = deps.bigcommerce[operation] as (...args: unknown[]) => Promise<unknown>;
  const bigcommerce = {
    ...deps.bigcommerce,
    [operation]: async (...args: unknown[]) => {
      const answer = await real.apply(deps.bigcommerce, args);
      await kv.close();
      return answer;
    },
  } as BigCommerceClient;
  return { deps: { ...deps, bigcommerce }, ...ready };
}

/** The runtime on a memory store that is closed: every store call fails with KvUnavailableError. */
async function withClosedStore(): Promise<Runtime> {
  const kv = new MemoryKv();
  await kv.close();
  return testRuntime(server.url, {}, { kv });
}

describe("Place order while the shared store cannot answer", () => {
  it("says so, asks BigCommerce nothing, and the same checkout is bought once the store is back", async () => {
    const { id, total } = await readyCheckout();
    await withRedisStopped(async () => {
      const before = calls();
      await expect(placeOrder(rt, { checkoutId: id, payment: card(total) })).rejects.toMatchObject({
        name: "CheckoutProblem",
        reason: NOT_PLACED,
      });
      expect(callsSince(before)).toEqual({});
    });
    const before = calls();
    expect((await placeOrder(rt, { checkoutId: id, payment: card(total) })).kind).toBe("confirmed");
    expect(callsSince(before)).toMatchObject({ createOrder: 1, PaymentsPost: 1 });
  });

  it("charges nothing when the store goes away after the order was created", async () => {
    const { deps, id, total } = await storeGoneAfter("createOrder");
    const before = calls();
    // "The store is not responding right now. Nothing was charged; …"
    await expect(placeOrder(deps, { checkoutId: id, payment: card(total) })).rejects.toThrow(
      "checkout.problem.unavailable",
    );
    expect(callsSince(before).PaymentsPost).toBeUndefined();
  });

  it("confirms a purchase whose payment went through just before the store went away", async () => {
    const { deps, id, total } = await storeGoneAfter("processPayment");
    expect((await placeOrder(deps, { checkoutId: id, payment: card(total) })).kind).toBe(
      "confirmed",
    );
  });
});

describe("the confirmation link while the shared store cannot answer", () => {
  it("is not used up: the page asks to try again, and the link opens once the store is back", async () => {
    const token = "a".repeat(64);
    await rt.ledger.record({ token, checkoutId: "c-1", orderId: 101, maxUses: 1, ttlSeconds: 600 });
    await withRedisStopped(async () => {
      expect(await openConfirmationLink(rt, "101", token, {})).toEqual({ kind: "unavailable" });
      // A browser that holds the order's grant needs no ledger.
      const holder = { grants: [{ o: 101, c: "c-1", e: Math.floor(Date.now() / 1000) + 60 }] };
      expect((await openConfirmationLink(rt, "101", token, holder)).kind).toBe("granted");
    });
    expect((await openConfirmationLink(rt, "101", token, {})).kind).toBe("granted");
  });
});

describe("the cart and the checkout steps while the shared store cannot answer", () => {
  it("work from BigCommerce, the kept copy being only a shortcut", async () => {
    const deps = await withClosedStore();
    const { id } = await readyCheckout(deps);
    const view = (await checkout.loadCheckout(deps, id))!;
    expect(view.lines).toHaveLength(1);
    const other = view.shippingOptions[1].id;
    await checkout.selectShipping(deps, id, other);
    expect((await checkout.loadCheckout(deps, id))!.selectedShippingOptionId).toBe(other);
    await checkout.updateQuantity(deps, id, view.lines[0].id, 2);
    expect((await checkout.loadCheckout(deps, id))!.lines[0].quantity).toBe(2);
    expect(await checkout.removeFromCart(deps, id, view.lines[0].id)).toBe(false);
  });

  it("refuse a coupon with the retryable message: its attempts cannot be counted", async () => {
    const { id } = await readyCheckout();
    const deps = { ...(await withClosedStore()) };
    const before = calls();
    await expect(checkout.applyCoupon(deps, id, "SAVE10")).rejects.toThrow(
      "checkout.problem.unavailable",
    );
    expect(callsSince(before)).toEqual({});
  });
});

describe("sign-in and sign-up while the shared store cannot answer", () => {
  it("say so, and never ask BigCommerce unthrottled", async () => {
    const deps = await withClosedStore();
    const before = calls();
    expect(await signIn(deps, "shopper@example.com", "sandbox-shopper-1")).toEqual({
      ok: false,
      problem: { code: "account.problem.signInUnavailable" },
    });
    const input = { email: "new@example.com", firstName: "N", lastName: "E", password: "pass1234" };
    expect(await signUp(deps, input)).toEqual({
      ok: false,
      problem: { code: "account.problem.signUpUnavailable" },
    });
    expect(callsSince(before)).toEqual({});
  });
});
