// Saving the checkout's details for every cart: a digital-only cart sends the billing address only,
// a mixed cart's one consignment covers exactly its physical items, a split checkout is refused
// before anything is written. BigCommerce reads spec-shaped checkouts; its writes are recorded.
import { describe, expect, it } from "vitest";
import type { BigCommerceClient } from "@/lib/bigcommerce";
import { saveDetails } from "@/lib/checkout";
import { SEVERAL_ADDRESSES } from "@/lib/checkout/readiness";
import { MemoryKv } from "@/lib/kv";
import { guestDetails } from "./support/checkout";
import {
  digitalOnlyCheckout,
  mixedCheckout,
  readerOf,
  splitCheckout,
} from "./support/checkout-fixtures";

/** A store holding `fixture` whose checkout writes are recorded by name and answer the fixture. */
function recordingStore(fixture: unknown) {
  const reader = readerOf(fixture);
  const writes: { name: string; input?: unknown }[] = [];
  const answer =
    (name: string) =>
    async (_id: string, ...rest: unknown[]) => {
      writes.push({ name, input: rest.at(-1) });
      return reader.getCheckout("any");
    };
  const bc = {
    ...reader,
    addBillingAddress: answer("addBillingAddress"),
    updateBillingAddress: answer("updateBillingAddress"),
    addConsignment: answer("addConsignment"),
    updateConsignmentAddress: answer("updateConsignmentAddress"),
    selectShippingOption: answer("selectShippingOption"),
    updateCustomerMessage: answer("updateCustomerMessage"),
  } as BigCommerceClient;
  return { deps: { bigcommerce: bc, kv: new MemoryKv() }, writes };
}

const details = guestDetails({
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  address1: "12 Analytical Row",
});

describe("saving details", () => {
  it("sends a digital-only cart's billing address and no consignment", async () => {
    const checkout = digitalOnlyCheckout();
    const store = recordingStore(checkout);
    await saveDetails(store.deps, checkout.id, details);
    expect(store.writes.map((w) => w.name)).toEqual(["updateBillingAddress"]);
    expect(store.writes[0].input).toMatchObject({
      address1: "12 Analytical Row",
      email: "ada@example.com",
    });
  });

  it("ships only a mixed cart's physical items, in one consignment", async () => {
    const checkout = mixedCheckout();
    const store = recordingStore(checkout);
    await saveDetails(store.deps, checkout.id, details);
    expect(store.writes.map((w) => w.name)).toEqual([
      "updateBillingAddress",
      "updateConsignmentAddress",
      "selectShippingOption",
    ]);
    expect(store.writes[1].input).toMatchObject({
      lineItems: [
        {
          item_id: (checkout.cart.line_items.physical_items as { id: string }[])[0].id,
          quantity: 2,
        },
      ],
    });
  });

  it("refuses a checkout split across several addresses before writing anything", async () => {
    const checkout = splitCheckout();
    const store = recordingStore(checkout);
    await expect(saveDetails(store.deps, checkout.id, details)).rejects.toThrow(
      SEVERAL_ADDRESSES.code,
    );
    expect(store.writes).toEqual([]);
  });
});
