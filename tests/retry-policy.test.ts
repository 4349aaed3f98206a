// The client's retry policy with a controllable clock: nothing here waits for real.
import { describe, expect, it } from "vitest";
import {
  BigCommerceError,
  BigCommerceUnavailableError,
  createBigCommerceClient,
} from "@/lib/bigcommerce";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";
import { readyCheckout } from "./support/checkout";

type Script = (request: Request) => Response | Promise<Response>;

/** A client of the store at http://bc.test that answers through `fetchImpl`. */
function testClient(
  fetchImpl: typeof fetch,
  retry?: Parameters<typeof createBigCommerceClient>[0]["retry"],
) {
  return createBigCommerceClient({
    apiUrl: "http://bc.test",
    paymentsUrl: "http://bc.test",
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs: 1000,
    fetch: fetchImpl,
    retry,
  });
}

function harness(
  script: Script[],
  retry: { budgetMs?: number; maxAttempts?: number; rateLimitBudgetMs?: number } = {},
) {
  let now = 0;
  const sleeps: number[] = [];
  const seen: string[] = [];
  let i = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    const step = script[Math.min(i++, script.length - 1)];
    return step(request);
  };
  const bc = testClient(fetchImpl, {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 1,
    ...retry,
  });
  return { bc, sleeps, seen, advance: (ms: number) => (now += ms) };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
const products = json(200, { data: [], meta: {} });
/** A shopper's read (getOrders by cart): an empty v2 list. */
const orders = json(200, []);
const tooMany = (resetMs: number) =>
  json(
    429,
    { status: 429, title: "Too many requests", type: "x" },
    { "X-Rate-Limit-Time-Reset-Ms": String(resetMs) },
  );
const unavailable = json(503, { status: 503, title: "Service Unavailable", type: "x" });

describe("retry policy", () => {
  it("waits for X-Rate-Limit-Time-Reset-Ms after a 429, then succeeds", async () => {
    const h = harness([tooMany(1200), orders]);
    expect(await h.bc.getOrdersByCart("cart-1")).toEqual([]);
    expect(h.sleeps).toEqual([1200]);
    expect(h.seen).toHaveLength(2);
  });

  it("waits out a window reset of up to 15 s for a shopper's call, but not a longer one", async () => {
    const patient = harness([tooMany(14_000), orders]);
    expect(await patient.bc.getOrdersByCart("cart-1")).toEqual([]);
    expect(patient.sleeps).toEqual([14_000]);

    const tooLong = harness([tooMany(16_000), orders]);
    const error = await tooLong.bc.getOrdersByCart("cart-1").catch((e: unknown) => e);
    expect((error as BigCommerceError).status).toBe(429);
    expect(tooLong.sleeps).toEqual([]);
  });

  it("never makes background work (the catalog) wait out a 429: its caller serves what it has", async () => {
    const h = harness([tooMany(1200), products]);
    const error = await h.bc.listProducts().catch((e: unknown) => e);
    expect((error as BigCommerceError).status).toBe(429);
    expect(h.sleeps).toEqual([]);
    expect(h.seen).toHaveLength(1);
  });

  it("backs off exponentially after a 503, then succeeds", async () => {
    const h = harness([unavailable, unavailable, products]);
    expect(await h.bc.listProducts()).toEqual([]);
    expect(h.sleeps).toEqual([200, 400]);
  });

  it("gives up when the time budget is spent, with the last error", async () => {
    const h = harness([tooMany(3000)], { rateLimitBudgetMs: 7000, maxAttempts: 10 });
    const error = await h.bc.getOrdersByCart("cart-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceError);
    expect((error as BigCommerceError).status).toBe(429);
    expect(h.sleeps).toEqual([3000, 3000]);
    expect(h.seen).toHaveLength(3);
  });

  it("retries network failures on reads", async () => {
    const h = harness([
      () => {
        throw new TypeError("fetch failed");
      },
      products,
    ]);
    expect(await h.bc.listProducts()).toEqual([]);
    expect(h.sleeps).toEqual([200]);
  });

  it("never repeats a write that may have happened (500), but does repeat one refused with 429", async () => {
    const failed = harness([
      json(500, { status: 500, title: "Internal", type: "x" }),
      json(200, { data: { id: 1 } }),
    ]);
    await expect(failed.bc.createOrder("cart-1")).rejects.toBeInstanceOf(BigCommerceError);
    expect(failed.seen).toEqual(["POST /stores/sandbox/v3/checkouts/cart-1/orders"]);

    const limited = harness([tooMany(500), json(200, { data: { id: 7 }, meta: {} })]);
    expect(await limited.bc.createOrder("cart-1")).toBe(7);
    expect(limited.sleeps).toEqual([500]);
  });

  it("a create-order timeout is resolved by finding the order, not by creating another", async () => {
    const sandbox = createSandbox({ storeHash: "sandbox", accessToken: "sandbox-access-token" });
    const real = sandboxFetch(sandbox);
    let dropNextOrderResponse = true;
    // BigCommerce creates the order, but its answer never arrives.
    const lossy: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await real(request);
      if (dropNextOrderResponse && request.method === "POST" && request.url.endsWith("/orders")) {
        dropNextOrderResponse = false;
        throw new DOMException("The operation timed out.", "TimeoutError");
      }
      return response;
    };
    const bc = testClient(lossy);
    const ready = await readyCheckout(bc, [{ product_id: 111, quantity: 1 }], {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.com",
      address1: "1 Row",
      city: "Austin",
      state_or_province: "TX",
      country_code: "US",
      postal_code: "78701",
    });
    await expect(bc.createOrder(ready.id)).rejects.toBeInstanceOf(BigCommerceUnavailableError);

    // placeOrder's lookup, through the same client: the order exists once.
    const { placeOrder } = await import("@/lib/checkout/place-order");
    const { MemoryKv } = await import("@/lib/kv");
    const { createTokenLedger } = await import("@/lib/token-ledger");
    const { parseConfig } = await import("@/lib/config");
    const store = new MemoryKv();
    dropNextOrderResponse = true;
    const result = await placeOrder(
      { bigcommerce: bc, kv: store, ledger: createTokenLedger(store), config: parseConfig({}) },
      {
        checkoutId: ready.id,
        payment: {
          expectedTotal: String(ready.grand_total),
          cardholderName: "Ada",
          cardNumber: "4111111111111111",
          cardExpiry: { month: 12, year: 2034 },
          cardCvv: "123",
        },
      },
    );
    expect(result.kind).toBe("confirmed");
    const orders = [...sandbox.store.orders.values()].filter((o) => o.cartId === ready.id);
    // The first lost answer left one Incomplete order; the second was found and paid, not duplicated.
    expect(orders.map((o) => o.statusId)).toEqual([0, 11]);
  });
});
