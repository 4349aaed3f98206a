// Place order for every cart: a digital-only checkout without a consignment, a checkout split
// across addresses (refused before any order), exact totals, order status truth (a declined order
// is retried with a new one, a pending payment is placed and says so) and the just-placed mark.
// BigCommerce is the app's client reading spec-shaped checkouts; its writes are recorded fakes.
import { describe, expect, it, vi } from "vitest";
import { BigCommerceError, type BigCommerceClient } from "@/lib/bigcommerce";
import { JUST_PLACED_TTL_MS, justPlacedKey, markJustPlaced } from "@/lib/checkout/just-placed";
import { placeOrder } from "@/lib/checkout/place-order";
import { SEVERAL_ADDRESSES } from "@/lib/checkout/readiness";
import { parseConfig } from "@/lib/config";
import { MemoryKv } from "@/lib/kv";
import { createTokenLedger } from "@/lib/token-ledger";
import {
  digitalOnlyCheckout,
  mixedCheckout,
  readerOf,
  splitCheckout,
} from "./support/checkout-fixtures";

type Fixture = ReturnType<typeof mixedCheckout>;

/** A store holding one checkout (`fixture`), whose orders and payments are recorded. */
function fakeStore(fixture: Fixture, paymentStatus: "success" | "pending" = "success") {
  const reader = readerOf(fixture);
  const orders = new Map<number, { status_id: number }>();
  const payments: number[] = [];
  /** The status the store gives the next order whose payment it declines; null: none declined. */
  let declineNext: number | null = null;
  const bc: BigCommerceClient = {
    ...reader,
    createOrder: async () => {
      const id = 100 + orders.size + 1;
      orders.set(id, { status_id: 0 });
      return id;
    },
    getOrder: (async (id: number) => ({
      id,
      cart_id: fixture.id,
      status_id: orders.get(id)?.status_id ?? 0,
    })) as unknown as BigCommerceClient["getOrder"],
    createCheckoutToken: async () => "a".repeat(64),
    createPaymentAccessToken: async (orderId: number) => `pat-${orderId}`,
    getPaymentMethods: async () => [
      { id: "sandbox.card", name: "Card", type: "card", test_mode: true },
    ],
    processPayment: async (pat: string) => {
      const orderId = Number(pat.slice(4));
      payments.push(orderId);
      if (declineNext !== null) {
        // The store marks the order Declined (6), as some gateways do, or the merchant cancels it (5).
        orders.set(orderId, { status_id: declineNext });
        declineNext = null;
        throw new BigCommerceError(
          "PaymentsPost",
          422,
          {
            kind: "payments",
            status: 422,
            title: "Declined",
            detail: "Card declined",
            code: 30102,
          },
          new Headers(),
        );
      }
      orders.set(orderId, { status_id: paymentStatus === "success" ? 11 : 7 });
      return { id: `payment-${orderId}`, status: paymentStatus, transaction_type: "purchase" };
    },
  };
  const kv = new MemoryKv();
  const deps = { bigcommerce: bc, kv, ledger: createTokenLedger(kv), config: parseConfig({}) };
  return { deps, kv, orders, payments, declineNext: (status = 6) => (declineNext = status) };
}

const card = (expectedTotal: string) => ({
  expectedTotal,
  cardholderName: "Ada Lovelace",
  cardNumber: "4111111111111111",
  cardExpiry: { month: 12, year: 2034 },
  cardCvv: "123",
});

describe("placing the order", () => {
  it("places a digital-only order with the billing address only: no consignment needed", async () => {
    const store = fakeStore(digitalOnlyCheckout());
    const result = await placeOrder(store.deps, {
      checkoutId: digitalOnlyCheckout().id,
      payment: card("10.79"),
    });
    expect(result).toMatchObject({ kind: "confirmed", orderId: 101, payment: "paid" });
    expect(store.payments).toEqual([101]);
  });

  it("asks a digital-only cart for its billing address, not a shipping address", async () => {
    const store = fakeStore({ ...digitalOnlyCheckout(), billing_address: null } as never);
    await expect(
      placeOrder(store.deps, { checkoutId: digitalOnlyCheckout().id, payment: card("10.79") }),
    ).rejects.toThrow("checkout.problem.detailsFirstBilling");
  });

  it("places a mixed cart whose one consignment ships its physical items", async () => {
    const store = fakeStore(mixedCheckout());
    const result = await placeOrder(store.deps, {
      checkoutId: mixedCheckout().id,
      payment: card("70.20"),
    });
    expect(result).toMatchObject({ kind: "confirmed", payment: "paid" });
  });

  it("refuses a checkout split across several addresses before any order is created", async () => {
    const store = fakeStore(splitCheckout());
    await expect(
      placeOrder(store.deps, { checkoutId: splitCheckout().id, payment: card("35") }),
    ).rejects.toThrow(SEVERAL_ADDRESSES.code);
    expect(store.orders.size).toBe(0);
    expect(store.payments).toEqual([]);
  });

  it("compares totals exactly: 70.2 is 70.20 and 70.2000, never 70.19 or 70.201", async () => {
    for (const same of ["70.2", "70.20", "70.2000"]) {
      const store = fakeStore(mixedCheckout());
      const result = await placeOrder(store.deps, {
        checkoutId: mixedCheckout().id,
        payment: card(same),
      });
      expect(result.kind).toBe("confirmed");
    }
    for (const other of ["70.19", "70.201", "70.2001"]) {
      const store = fakeStore(mixedCheckout());
      await expect(
        placeOrder(store.deps, { checkoutId: mixedCheckout().id, payment: card(other) }),
      ).rejects.toThrow("checkout.problem.totalChanged");
      expect(store.orders.size).toBe(0);
    }
  });

  it.each([
    ["declined", 6],
    ["cancelled", 5],
  ])("retries a %s order with a new order for the cart", async (_, status) => {
    const store = fakeStore(mixedCheckout());
    store.declineNext(status);
    const input = { checkoutId: mixedCheckout().id, payment: card("70.20") };
    expect((await placeOrder(store.deps, input)).kind).toBe("declined");
    const retried = await placeOrder(store.deps, input);
    expect(retried).toMatchObject({ kind: "confirmed", orderId: 102, payment: "paid" });
    expect([...store.orders.entries()]).toEqual([
      [101, { status_id: status }],
      [102, { status_id: 11 }],
    ]);
  });

  it("places an order whose payment is pending, says so, and marks it just placed for an hour", async () => {
    const store = fakeStore(mixedCheckout(), "pending");
    const set = vi.spyOn(store.kv, "set");
    const result = await placeOrder(store.deps, {
      checkoutId: mixedCheckout().id,
      payment: card("70.20"),
    });
    expect(result).toMatchObject({ kind: "confirmed", orderId: 101, payment: "pending" });
    expect(await store.kv.get("purchase-pending:101")).toBe("1");
    expect(set).toHaveBeenCalledWith("purchase-pending:101", "1", { ttlMs: 3_600_000 });
  });
});

describe("the just-placed mark", () => {
  it("is purchase-pending:{orderId} = 1 for an hour, and an outage only loses the mark", async () => {
    expect(justPlacedKey(42)).toBe("purchase-pending:42");
    expect(JUST_PLACED_TTL_MS).toBe(3_600_000);
    const kv = new MemoryKv();
    expect(await markJustPlaced(kv, 42)).toBe(true);
    expect(await kv.get("purchase-pending:42")).toBe("1");
    await kv.close();
    expect(await markJustPlaced(kv, 43)).toBe(false);
  });
});
