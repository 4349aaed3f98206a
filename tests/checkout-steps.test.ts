// The checkout steps against the sandbox store over real HTTP (live-mode configuration).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as checkout from "@/lib/checkout";
import type { DetailsForm, PaymentForm } from "@/lib/checkout/forms";
import * as placing from "@/lib/checkout/place-order";
import type { Runtime } from "@/lib/runtime";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";
import { guestDetails } from "./support/checkout";
import { testRuntime } from "./support/runtime";

let server: SandboxServer;
let rt: Runtime;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
  // The app's composition root, pointed at the sandbox over HTTP (live-mode configuration).
  rt = testRuntime(server.url);
});

afterAll(() => server.close());

const details: DetailsForm = guestDetails({
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  address1: "12 Analytical Row",
});
const card = (number: string, expectedTotal: string): PaymentForm => ({
  expectedTotal,
  cardholderName: "Ada Lovelace",
  cardNumber: number,
  cardExpiry: { month: 12, year: 2034 },
  cardCvv: "123",
});

async function readyCart(productId = 111, variantId = 1111) {
  const id = await checkout.addToCart(rt, undefined, { productId, variantId, quantity: 1 });
  await checkout.saveDetails(rt, id, details);
  return id;
}

const totalOf = async (id: string) => String((await checkout.loadCheckout(rt, id))!.total);

describe("checkout steps", () => {
  it("explains BigCommerce's 422 (options need a variant) and 409 (more than the stock) in plain words", async () => {
    await expect(
      checkout.addToCart(rt, undefined, { productId: 112, variantId: 1126, quantity: 1 }),
    ).rejects.toMatchObject({
      reason: {
        code: "checkout.failed.add",
        // BigCommerce's reason is data inside the translated sentence.
        values: {
          detail: "You can only purchase a maximum of 0 of the Organic Cotton T-Shirt per order.",
        },
      },
    });
    const id = await checkout.addToCart(rt, undefined, {
      productId: 111,
      variantId: 1111,
      quantity: 1,
    });
    await expect(
      checkout.addToCart(rt, id, { productId: 111, variantId: 1111, quantity: 60 }),
    ).rejects.toMatchObject({
      name: "CheckoutProblem",
      reason: {
        code: "checkout.failed.add",
        values: { detail: expect.stringContaining("maximum of 50") },
      },
    });
  });

  it("saves details and picks a shipping method, so the total includes shipping", async () => {
    const id = await readyCart();
    const view = (await checkout.loadCheckout(rt, id))!;
    expect(view.selectedShippingOptionId).toBe(view.shippingOptions[0].id);
    expect(view.total).toBe(18 + 5 + 1.44);
    await expect(checkout.selectShipping(rt, id, "not-offered")).rejects.toMatchObject({
      reason: { code: "checkout.problem.shippingUnavailable" },
      fieldErrors: { shippingOptionId: { code: "errors.shippingListed" } },
    });
  });

  it("applies SAVE10 and refuses an unknown code with a field error", async () => {
    const id = await readyCart(113, 1131);
    await expect(checkout.applyCoupon(rt, id, "NOPE")).rejects.toMatchObject({
      reason: { code: "checkout.problem.couponRefused" },
      fieldErrors: { couponCode: { code: "errors.couponInvalid", values: { code: "NOPE" } } },
    });
    await checkout.applyCoupon(rt, id, "save10");
    const view = (await checkout.loadCheckout(rt, id))!;
    expect(view.coupons).toEqual([
      {
        code: "SAVE10",
        label: { code: "cart.totals.coupon", values: { name: "SAVE10" } },
        amount: 8.95,
      },
    ]);
    expect(view.total).toBe(91.99);
    await checkout.removeCoupon(rt, id, "SAVE10");
    expect((await checkout.loadCheckout(rt, id))!.discount).toBe(0);
  });

  it("refuses to charge a total the shopper did not see", async () => {
    const id = await readyCart();
    await expect(
      placing.placeOrder(rt, { checkoutId: id, payment: card("4111111111111111", "1.00") }),
    ).rejects.toThrow("checkout.problem.totalChanged");
  });

  it("reuses the unpaid order after a decline, so a purchase makes one order", async () => {
    const id = await readyCart();
    const total = await totalOf(id);
    const declined = await placing.placeOrder(rt, {
      checkoutId: id,
      payment: card("4000000000000002", total),
    });
    expect(declined.kind).toBe("declined");
    const paid = await placing.placeOrder(rt, {
      checkoutId: id,
      payment: card("4111111111111111", total),
    });
    expect(paid.kind).toBe("confirmed");
    const orders = [...server.sandbox.store.orders.values()].filter((o) => o.cartId === id);
    expect(orders.map((o) => o.statusId)).toEqual([11]);
    // Pressing Place order again later takes the shopper to that order, with no second charge.
    expect(
      await placing.placeOrder(rt, { checkoutId: id, payment: card("4111111111111111", total) }),
    ).toEqual({
      kind: "already-paid",
      orderId: orders[0].id,
    });
  });

  it("serialises simultaneous submissions: one order, one charge, both answers lead to it", async () => {
    const id = await readyCart();
    const total = await totalOf(id);
    const payments = server.sandbox.stats.calls.PaymentsPost ?? 0;
    const results = await Promise.all([
      placing.placeOrder(rt, { checkoutId: id, payment: card("4111111111111111", total) }),
      placing.placeOrder(rt, { checkoutId: id, payment: card("4111111111111111", total) }),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["already-paid", "confirmed"]);
    expect(new Set(results.map((r) => ("orderId" in r ? r.orderId : 0))).size).toBe(1);
    expect((server.sandbox.stats.calls.PaymentsPost ?? 0) - payments).toBe(1);
    expect([...server.sandbox.store.orders.values()].filter((o) => o.cartId === id)).toHaveLength(
      1,
    );
  });

  it("a new order is made when the checkout changed after a decline", async () => {
    const id = await readyCart();
    const declined = await placing.placeOrder(rt, {
      checkoutId: id,
      payment: card("4000000000000002", await totalOf(id)),
    });
    expect(declined.kind).toBe("declined");
    await checkout.applyCoupon(rt, id, "SAVE10");
    const paid = await placing.placeOrder(rt, {
      checkoutId: id,
      payment: card("4111111111111111", await totalOf(id)),
    });
    expect(paid.kind).toBe("confirmed");
    const orders = [...server.sandbox.store.orders.values()].filter((o) => o.cartId === id);
    // The stale, unpaid order stays Incomplete; only the order for what the shopper saw is paid.
    expect(orders.map((o) => o.statusId)).toEqual([0, 11]);
    expect(Number(orders[1].money.couponDiscount)).toBeGreaterThan(0);
  });
});

describe("coupon guessing", () => {
  it("lets at most the checkout's allowance of 100 parallel codes reach BigCommerce", async () => {
    const id = await readyCart();
    const before = server.sandbox.stats.calls.addCheckoutCoupon ?? 0;
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => checkout.applyCoupon(rt, id, `GUESS${i}`)),
    );
    const asked = (server.sandbox.stats.calls.addCheckoutCoupon ?? 0) - before;
    expect(asked).toBeLessThanOrEqual(checkout.COUPON_LIMIT.points);
    const reasons = results.map((r) => (r.status === "rejected" ? String(r.reason.message) : ""));
    expect(reasons.filter((m) => m === "checkout.problem.couponLimit")).toHaveLength(100 - asked);
  });
});
