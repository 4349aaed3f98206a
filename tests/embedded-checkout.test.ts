// The embedded checkout's use cases against the sandbox over real HTTP: the token is minted and
// recorded before any frame (and kept only sealed), an empty or foreign cart gets none, a signed-in
// customer enters through a customer login JWT, and completion finds the order by the cart, ignores
// Incomplete orders, binds the recorded token and mints nothing.
import { decodeJwt } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { completeEmbeddedCheckout, startEmbeddedCheckout } from "@/lib/checkout/embedded";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";
import type { Runtime } from "@/lib/runtime";
import { payWithCard, readyCheckout } from "./support/checkout";
import { testRuntime } from "./support/runtime";

const SITE = "http://localhost:3999";
const ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  address1: "1 Main St",
  city: "Austin",
  state_or_province: "TX",
  country_code: "US",
  postal_code: "78701",
};
const MUG = { product_id: 111, quantity: 1 };

let server: SandboxServer;
let runtime: Runtime;
const noWait = { attempts: 2, delayMs: 0, sleep: async () => {} };

function embeddedEnv(origin: string) {
  return {
    CHECKOUT_MODE: "embedded",
    BIGCOMMERCE_CHECKOUT_ORIGIN: origin,
    BIGCOMMERCE_CLIENT_ID: "sandbox-client-id",
    BIGCOMMERCE_CLIENT_SECRET: "sandbox-client-secret-that-is-at-least-32-chars",
  };
}

const calls = (operation: string) => server.sandbox.stats.calls[operation] ?? 0;

beforeAll(async () => {
  server = await startSandboxServer({ siteUrl: SITE });
  runtime = testRuntime(server.url, embeddedEnv(server.url));
});

afterAll(async () => {
  await server?.close();
});

beforeEach(() => {
  server.sandbox.stats.calls = {};
});

describe("starting the embedded checkout", () => {
  it("mints and records the token before answering with the frame's URL, and keeps it sealed", async () => {
    const checkout = await readyCheckout(runtime.bigcommerce, [MUG], ADDRESS);
    const started = await startEmbeddedCheckout(runtime, {
      checkoutId: checkout.id,
      customerId: undefined,
    });
    expect(started.kind).toBe("ready");
    if (started.kind !== "ready") return;
    expect(new URL(started.frameUrl).origin).toBe(server.url);
    expect(started.frameUrl).toContain(`id=${checkout.id}`);
    expect(new URL(started.hostedUrl).origin).toBe(server.url);
    expect(calls("createCheckoutToken")).toBe(1);
    expect(calls("createCartRedirectURL")).toBe(1);
    const kept = await runtime.kv.get(`embedded:${checkout.id}:token`);
    expect(kept).toMatch(/^Fe26\.2\*/);

    // A second start (a reload) reuses the recorded token and asks for fresh, single-use URLs.
    const again = await startEmbeddedCheckout(runtime, {
      checkoutId: checkout.id,
      customerId: undefined,
    });
    expect(again.kind).toBe("ready");
    expect(calls("createCheckoutToken")).toBe(1);
    expect(calls("createCartRedirectURL")).toBe(2);
  });

  it("gives an empty or vanished cart no token", async () => {
    const cart = await runtime.bigcommerce.createCart({ lineItems: [MUG] });
    await runtime.bigcommerce.deleteCartLineItem(cart.id, cart.line_items.physical_items[0].id);
    const started = await startEmbeddedCheckout(runtime, {
      checkoutId: cart.id,
      customerId: undefined,
    });
    expect(started).toEqual({ kind: "no-cart" });
    expect(calls("createCheckoutToken")).toBe(0);
  });

  it("refuses another customer's cart, and signs its own customer in through a login JWT", async () => {
    const cart = await runtime.bigcommerce.createCart({ lineItems: [MUG], customerId: 1 });
    const stranger = await startEmbeddedCheckout(runtime, {
      checkoutId: cart.id,
      customerId: undefined,
    });
    expect(stranger.kind).toBe("refused");
    expect(calls("createCheckoutToken")).toBe(0);

    const owner = await startEmbeddedCheckout(runtime, { checkoutId: cart.id, customerId: 1 });
    expect(owner.kind).toBe("ready");
    if (owner.kind !== "ready") return;
    const login = new URL(owner.frameUrl);
    expect(login.origin).toBe(server.url);
    expect(login.pathname).toMatch(/^\/login\/token\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const claims = decodeJwt(login.pathname.split("/").pop()!);
    expect(claims).toMatchObject({
      iss: "sandbox-client-id",
      operation: "customer_login",
      store_hash: "sandbox",
      customer_id: 1,
    });
    expect(String(claims.redirect_to)).toMatch(/^\/cart\.php\?embedded=1&/);
  });

  it("refuses URLs from an origin other than the configured checkout origin", async () => {
    const elsewhere = testRuntime(server.url, embeddedEnv("https://checkout.example.com"));
    const checkout = await readyCheckout(elsewhere.bigcommerce, [MUG], ADDRESS);
    const started = await startEmbeddedCheckout(elsewhere, {
      checkoutId: checkout.id,
      customerId: undefined,
    });
    expect(started).toEqual({
      kind: "refused",
      message: { code: "checkout.embedded.unavailable" },
    });
  });
});

describe("completing the embedded checkout", () => {
  const pay = async (orderId: number) =>
    payWithCard(runtime.bigcommerce, orderId, {
      cardholderName: "Ada Lovelace",
      number: "4111111111111111",
    });

  it("sends a shopper whose cart is still open back, ignores Incomplete orders, then binds the recorded token", async () => {
    const checkout = await readyCheckout(runtime.bigcommerce, [MUG], ADDRESS);
    await startEmbeddedCheckout(runtime, { checkoutId: checkout.id, customerId: undefined });
    expect(await completeEmbeddedCheckout(runtime, checkout.id, noWait)).toEqual({ kind: "open" });

    const orderId = await runtime.bigcommerce.createOrder(checkout.id);
    // Incomplete (status 0): not the placed order; the cart is still there.
    expect(await completeEmbeddedCheckout(runtime, checkout.id, noWait)).toEqual({ kind: "open" });

    await pay(orderId);
    const minted = calls("createCheckoutToken");
    const done = await completeEmbeddedCheckout(runtime, checkout.id, noWait);
    expect(done).toMatchObject({ kind: "confirmed", orderId });
    expect(calls("createCheckoutToken")).toBe(minted);
    if (done.kind !== "confirmed") return;
    expect(await runtime.ledger.redeem(done.token, orderId)).toEqual({
      ok: true,
      checkoutId: checkout.id,
      source: "bigcommerce",
    });
    // Completing again finds the order, but the token is no longer handed out: a grant instead.
    expect(await completeEmbeddedCheckout(runtime, checkout.id, noWait)).toEqual({
      kind: "granted",
      orderId,
    });
  });

  it("waits while a paid order is not listed yet or BigCommerce cannot answer, and knows a cart never started here", async () => {
    const checkout = await readyCheckout(runtime.bigcommerce, [MUG], ADDRESS);
    await startEmbeddedCheckout(runtime, { checkoutId: checkout.id, customerId: undefined });
    const orderId = await runtime.bigcommerce.createOrder(checkout.id);
    await pay(orderId);
    server.sandbox.knobs.failOperations = ["getOrders"];
    try {
      expect(await completeEmbeddedCheckout(runtime, checkout.id, noWait)).toEqual({
        kind: "processing",
      });
    } finally {
      server.sandbox.knobs.failOperations = [];
    }
    expect(await completeEmbeddedCheckout(runtime, checkout.id, noWait)).toMatchObject({
      kind: "confirmed",
      orderId,
    });

    // A cart that is gone, with no order and no embedded checkout started here: nothing to finish.
    const cart = await runtime.bigcommerce.createCart({ lineItems: [MUG] });
    await runtime.bigcommerce.deleteCartLineItem(cart.id, cart.line_items.physical_items[0].id);
    expect(await completeEmbeddedCheckout(runtime, cart.id, noWait)).toEqual({ kind: "none" });
  });
});
