// Every cart BigCommerce can return: checkouts shaped as checkouts.v3.yml documents them, read by
// the client and shown by the checkout view, whose lines always add up to grand_total.
import { describe, expect, it } from "vitest";
import type { BcCheckout } from "@/lib/bigcommerce";
import { couponLabel, sumOfRows } from "@/lib/checkout/summary";
import { toCheckoutView } from "@/lib/checkout/view";
import { sameAmount } from "@/lib/money";
import {
  checkoutBody,
  digitalOnlyCheckout,
  mixedCheckout,
  readerOf,
  splitCheckout,
} from "./support/checkout-fixtures";
import { checkResponse, documentedOperation, openApiAvailable } from "./support/openapi";

/** The checkout as the app's client reads it from a getCheckout answer with this body. */
const readByClient = (body: { data: unknown }): Promise<BcCheckout> =>
  readerOf(body.data).getCheckout("d4c3b2a1-0000-4000-8000-00000000c0de");

const fixtures = { mixedCheckout, digitalOnlyCheckout, splitCheckout };

describe.skipIf(!openApiAvailable())("the fixtures", () => {
  it.each(Object.entries(fixtures))(
    "%s is a getCheckout 200 as checkouts.v3.yml documents it",
    (_, make) => {
      const found = documentedOperation("getCheckout")!;
      expect(checkResponse(found, 200, checkoutBody(make()))).toEqual({ ok: true });
    },
  );
});

describe("a mixed cart", () => {
  it("reads every line kind, fees, handling and coupons", async () => {
    const c = await readByClient(checkoutBody(mixedCheckout()));
    expect(c.cart.line_items.digital_items[0]).toMatchObject({
      name: "Field Guide to Coffee (e-book)",
      extended_sale_price: 9.99,
    });
    expect(c.cart.line_items.gift_certificates[0]).toMatchObject({
      amount: 25,
      recipient: { name: "Grace Hopper" },
    });
    expect(c.cart.line_items.custom_items[0]).toMatchObject({ name: "Engraving", list_price: 5 });
    expect(c.fees).toEqual([
      expect.objectContaining({ display_name: "Eco packaging", cost_ex_tax: 0.75 }),
    ]);
    expect(c.handling_cost_total_ex_tax).toBe(1.5);
  });

  it("lists every line and its totals rows add up to grand_total exactly", async () => {
    const view = toCheckoutView(await readByClient(checkoutBody(mixedCheckout())));
    expect(view.lines.map((l) => [l.kind, l.name, l.options, l.note, l.lineTotal])).toEqual([
      ["physical", "Stoneware Mug", "Color: Blue", null, 25],
      ["digital", "Field Guide to Coffee (e-book)", "", { code: "cart.download" }, 9.99],
      [
        "gift-certificate",
        "$25 Gift Certificate",
        "",
        { code: "cart.giftFor", values: { recipient: "Grace Hopper (grace@example.com)" } },
        25,
      ],
      ["custom", "Engraving", "", null, 5],
    ]);
    // Words are codes for the page to translate; a fee's name is the store's own.
    expect(view.rows.map((r) => [r.label, r.amount])).toEqual([
      [{ code: "cart.totals.subtotal" }, 64.99],
      [{ code: "cart.totals.discount" }, -1.25],
      [{ code: "cart.totals.coupon", values: { name: "SAVE10" } }, -3.5],
      [{ code: "cart.totals.shipping" }, 5],
      [{ code: "cart.totals.handling" }, 1.5],
      ["Eco packaging", 0.75],
      [{ code: "cart.totals.tax" }, 2.71],
    ]);
    // In binary floats these rows come to 70.19999999999999; through big.js, exactly 70.20.
    expect(sumOfRows(view.rows)).toBe("70.2000");
    expect(sameAmount(sumOfRows(view.rows), view.total)).toBe(true);
    expect(view.total).toBe(70.2);
    expect(view.discount).toBe(4.75);
    expect(view.needsShipping).toBe(true);
  });

  it("shows what BigCommerce does not itemise as an adjustment, so the rows still add up", async () => {
    const checkout = { ...mixedCheckout(), grand_total: 68.2 };
    const view = toCheckoutView(await readByClient(checkoutBody(checkout)));
    expect(view.rows.at(-1)).toEqual({
      kind: "adjustment",
      label: { code: "cart.totals.adjustment" },
      amount: -2,
    });
    expect(sameAmount(sumOfRows(view.rows), view.total)).toBe(true);
  });

  it("reads a custom item's quantity and price when the carts document's strings come", async () => {
    const checkout = mixedCheckout();
    checkout.cart.line_items.custom_items = [
      { id: "c1", sku: "X", name: "Gift wrap", quantity: "2", list_price: "1.25", image_url: "" },
    ] as never;
    checkout.grand_total = 67.7;
    const view = toCheckoutView(await readByClient(checkoutBody(checkout)));
    expect(view.lines.at(-1)).toMatchObject({
      kind: "custom",
      quantity: 2,
      unitPrice: 1.25,
      lineTotal: 2.5,
    });
  });
});

describe("coupon labels", () => {
  it("never print empty parentheses", async () => {
    const coupon = (name: string) => ({ code: "cart.totals.coupon", values: { name } });
    expect(couponLabel({ code: "SAVE10", display_name: "10% off" })).toEqual(coupon("SAVE10"));
    expect(couponLabel({ code: "", display_name: "20% Off" })).toEqual(coupon("20% Off"));
    expect(couponLabel({ code: " ", display_name: "" })).toEqual({ code: "cart.totals.discount" });
    const checkout = mixedCheckout();
    checkout.coupons = [{ ...checkout.coupons[0], code: null }] as never;
    const view = toCheckoutView(await readByClient(checkoutBody(checkout)));
    expect(view.coupons).toEqual([{ code: "", label: coupon("$3.50 off"), amount: 3.5 }]);
  });
});

describe("a digital-only cart", () => {
  it("has no shipping row and its billing address prefills the form", async () => {
    const view = toCheckoutView(await readByClient(checkoutBody(digitalOnlyCheckout())));
    expect(view.needsShipping).toBe(false);
    expect(view.rows.map((r) => r.label)).toEqual([
      { code: "cart.totals.subtotal" },
      { code: "cart.totals.tax" },
    ]);
    expect(sameAmount(sumOfRows(view.rows), view.total)).toBe(true);
    expect(view.billingSaved).toBe(true);
    expect(view.savedDetails).toMatchObject({
      email: "ada@example.com",
      billingSameAsShipping: true,
      shipping: { city: "Austin" },
    });
  });
});
