// Loading a confirmation: what each viewer costs in BigCommerce calls, and a guessing customer.
import { describe, expect, it } from "vitest";
import { catalogReads } from "@/lib/catalog";
import { CUSTOMER_MISSES, loadOrderConfirmation } from "@/lib/confirmation";
import { MemoryKv } from "@/lib/kv";
import { inProcessStoreWithCheckout } from "./support/checkout";

async function storeWithOrder() {
  const { sandbox, bc: bigcommerce, checkout } = await inProcessStoreWithCheckout();
  await bigcommerce.setCartCustomer(checkout.id, 7);
  const orderId = await bigcommerce.createOrder(checkout.id);
  const deps = { bigcommerce, kv: new MemoryKv(), catalog: catalogReads({ bigcommerce }) };
  sandbox.resetStats();
  return { sandbox, deps, orderId, checkoutId: checkout.id };
}

describe("loading a confirmation", () => {
  it("shows a customer their own order", async () => {
    const { deps, orderId } = await storeWithOrder();
    const view = await loadOrderConfirmation(deps, { kind: "customer", orderId, customerId: 7 });
    expect(view?.orderId).toBe(orderId);
  });

  it("costs one call when a customer names an order that is not theirs", async () => {
    const { sandbox, deps, orderId } = await storeWithOrder();
    const view = await loadOrderConfirmation(deps, { kind: "customer", orderId, customerId: 8 });
    expect(view).toBeNull();
    expect(sandbox.stats.calls).toEqual({ getOrder: 1 });
  });

  it("stops asking BigCommerce for a customer who keeps guessing", async () => {
    const { sandbox, deps, orderId } = await storeWithOrder();
    const guess = { kind: "customer", orderId, customerId: 8 } as const;
    for (let i = 0; i < CUSTOMER_MISSES.points; i++) await loadOrderConfirmation(deps, guess);
    expect(sandbox.stats.total).toBe(CUSTOMER_MISSES.points);
    expect(await loadOrderConfirmation(deps, guess)).toBeNull();
    expect(sandbox.stats.total).toBe(CUSTOMER_MISSES.points);
    // Another customer is not held back by it.
    const owner = await loadOrderConfirmation(deps, { kind: "customer", orderId, customerId: 7 });
    expect(owner?.orderId).toBe(orderId);
  });

  it("reads a guest's order without a coupon in one round trip, and refuses another checkout's grant", async () => {
    const { sandbox, deps, orderId, checkoutId } = await storeWithOrder();
    const view = await loadOrderConfirmation(deps, { kind: "guest", orderId, checkoutId });
    expect(view?.orderId).toBe(orderId);
    expect(Object.keys(sandbox.stats.calls).sort()).toEqual(
      [
        "getOrder",
        "getOrderProducts",
        "getOrderShippingAddresses",
        "getOrderTransactions",
        "getProduct",
        // The store's countries and the address's states, for "Austin, TX 78701": kept a day.
        "getCountries",
        "getCountryStates",
      ].sort(),
    );
    await loadOrderConfirmation(deps, { kind: "guest", orderId, checkoutId });
    expect([sandbox.stats.calls.getCountries, sandbox.stats.calls.getCountryStates]).toEqual([
      1, 1,
    ]);
    expect(
      await loadOrderConfirmation(deps, { kind: "guest", orderId, checkoutId: "another-cart" }),
    ).toBeNull();
  });
});
