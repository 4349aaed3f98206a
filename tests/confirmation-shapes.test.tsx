// @vitest-environment jsdom
// The confirmation page for every shape of order: a receipt with every amount that adds up to
// BigCommerce's total, several addresses, pickups, digital-only orders, gift certificates,
// typed options, other currencies, and a purchase event whose items add up.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OrderConfirmation } from "@/app/order-confirmation/[orderId]/_components/order-confirmation";
import type {
  BcOrder,
  BcOrderCoupon,
  BcOrderProduct,
  BcOrderShippingAddress,
} from "@/lib/bigcommerce";
import { receiptAddsUp } from "@/lib/confirmation/receipt";
import { markJustPlaced } from "@/lib/checkout/just-placed";
import { purchaseEventOnce, toPurchaseEvent } from "@/lib/confirmation/purchase-event";
import { toOrderConfirmationView } from "@/lib/confirmation/view";
import { localeContext } from "@/lib/i18n";
import { MemoryKv } from "@/lib/kv";
import { addDecimals } from "@/lib/money";
import { bcLine, bcOrder, bcShipTo, MUG, option, TEE } from "./support/orders";

afterEach(() => cleanup());

function show(
  order: BcOrder,
  products: BcOrderProduct[],
  shippingAddresses: BcOrderShippingAddress[] = [bcShipTo()],
  coupons: BcOrderCoupon[] = [],
) {
  const view = toOrderConfirmationView({
    order,
    products,
    shippingAddresses,
    coupons,
    images: new Map(),
  });
  render(<OrderConfirmation view={view} locale={localeContext("en")} />);
  return view;
}

/** The signed amounts of the receipt's counted lines, as the page shows them (data attributes). */
function countedLines(): string[] {
  return screen
    .getAllByTestId("receipt-line")
    .filter((row) => row.dataset.counted === "true")
    .map((row) => `${row.dataset.sign === "-1" ? "-" : ""}${row.dataset.amount}`);
}

// 66.00 + 15.00 shipping + 5.00 handling + 2.50 wrapping + 4.00 fee + 5.28 tax = 97.78;
// then a 10.00 gift certificate and 3.00 store credit leave 84.78 for the card.
const RECEIPT_ORDER = bcOrder({
  handling_cost_ex_tax: "5.0000",
  handling_cost_inc_tax: "5.0000",
  wrapping_cost_ex_tax: "2.5000",
  wrapping_cost_inc_tax: "2.5000",
  fees: [
    {
      id: 1,
      type: "custom_fee",
      display_name_customer: "Package protection",
      display_name_merchant: "PP fee",
      cost_ex_tax: "4.0000",
      cost_inc_tax: "4.0000",
      cost_tax: "0.0000",
    },
  ],
  total_ex_tax: "92.5000",
  total_inc_tax: "97.7800",
  gift_certificate_amount: "10.0000",
  store_credit_amount: "3.0000",
});

describe("the receipt", () => {
  it("shows handling, wrapping, each fee by name, tax, gift certificate and store credit, adding up to the total", () => {
    const view = show(RECEIPT_ORDER, [TEE, MUG]);
    expect(screen.getByTestId("handling")).toHaveTextContent("$5.00");
    expect(screen.getByTestId("wrapping")).toHaveTextContent("$2.50");
    expect(screen.getByRole("row", { name: /Package protection/ })).toHaveTextContent("$4.00");
    expect(screen.getByTestId("paid-giftCertificate")).toHaveTextContent("−$10.00");
    expect(screen.getByTestId("paid-storeCredit")).toHaveTextContent("−$3.00");
    expect(screen.getByTestId("balance")).toHaveTextContent("$84.78");
    expect(screen.getByTestId("total")).toHaveTextContent("$97.78");
    expect(addDecimals(...countedLines())).toBe("97.7800");
    expect(receiptAddsUp(view.receipt)).toBe(true);
  });

  it("still shows BigCommerce's total when the lines miss an amount, and says so", () => {
    const view = show(bcOrder({ total_inc_tax: "90.2800" }), [TEE, MUG]);
    expect(screen.getByTestId("total")).toHaveTextContent("$90.28");
    expect(receiptAddsUp(view.receipt)).toBe(false);
    expect(view.receipt.discrepancy).toBe("-4.0000");
  });

  it("adds up under tax-inclusive pricing, with the tax shown as included", () => {
    const view = show(
      bcOrder({
        is_tax_inclusive_pricing: true,
        discount_amount: "1.2800",
        total_inc_tax: "85.0000",
      }),
      [TEE, MUG],
    );
    expect(screen.getByTestId("tax")).toHaveTextContent("$5.28");
    expect(screen.getByRole("row", { name: /Including tax/ })).toHaveAttribute(
      "data-counted",
      "false",
    );
    expect(addDecimals(...countedLines())).toBe("85.0000");
    expect(receiptAddsUp(view.receipt)).toBe(true);
  });

  it("formats zero- and three-decimal currencies by their own rules", () => {
    show(bcOrder({ currency_code: "JPY", total_inc_tax: "12345.0000" }), [MUG]);
    expect(screen.getByTestId("total")).toHaveTextContent("¥12,345");
    cleanup();
    show(bcOrder({ currency_code: "KWD", total_inc_tax: "12.3450" }), [MUG]);
    expect(screen.getByTestId("total")).toHaveTextContent(/KWD\s?12\.345/);
  });
});

describe("every shape of order", () => {
  it("shows two shipping addresses, each with its lines, method and cost", () => {
    const second = bcShipTo({
      id: 10,
      first_name: "Charles",
      city: "London",
      country: "United Kingdom",
      shipping_method: "Royal Mail",
      cost_ex_tax: "7.5000",
      cost_inc_tax: "7.5000",
    });
    show(bcOrder(), [TEE, { ...MUG, order_address_id: 10 }], [bcShipTo(), second]);
    const shipments = screen.getAllByTestId("shipment");
    expect(shipments).toHaveLength(2);
    expect(within(shipments[0]).getByRole("heading")).toHaveTextContent("Shipment 1 of 2");
    expect(within(shipments[0]).getByText(/Ada Lovelace/)).toBeInTheDocument();
    expect(within(shipments[0]).getByTestId("line-name")).toHaveTextContent(
      "Organic Cotton T-Shirt",
    );
    expect(within(shipments[0]).getByTestId("shipment-method")).toHaveTextContent(
      "Express Shipping · $15.00",
    );
    expect(within(shipments[1]).getByText(/Charles Lovelace/)).toBeInTheDocument();
    expect(within(shipments[1]).getByTestId("line-name")).toHaveTextContent("Stoneware Coffee Mug");
    expect(within(shipments[1]).getByTestId("shipment-method")).toHaveTextContent(
      "Royal Mail · $7.50",
    );
    // Not a single "Shipping address" that would hide the second one.
    expect(screen.queryByTestId("shipping-address")).toBeNull();
  });

  it("shows no shipping section for a digital-only order, and says how downloads arrive", () => {
    const ebook = bcLine(
      3,
      "Field Guide to Coffee (e-book)",
      1,
      ["9.0000", "9.0000"],
      ["9.0000", "9.0000"],
      { type: "digital", order_address_id: 0 },
    );
    show(
      bcOrder({
        order_is_digital: true,
        subtotal_ex_tax: "9.0000",
        shipping_cost_ex_tax: "0.0000",
        shipping_cost_inc_tax: "0.0000",
        total_tax: "0.0000",
        total_inc_tax: "9.0000",
      }),
      [ebook],
      [],
    );
    expect(screen.queryByTestId("shipping-address")).toBeNull();
    expect(screen.queryByTestId("shipping-method")).toBeNull();
    expect(screen.queryByTestId("shipping")).toBeNull();
    expect(screen.queryByText(/Shipping/)).toBeNull();
    expect(screen.getByTestId("downloads")).toHaveTextContent("emailed to ada@example.com");
  });

  it("shows a pickup with its location and lines, and gift certificates with how they are sent", () => {
    const card = bcLine(
      4,
      "$25 Gift Certificate",
      1,
      ["25.0000", "25.0000"],
      ["25.0000", "25.0000"],
      { type: "giftcertificate", order_address_id: 0, product_id: 0 },
    );
    show(
      bcOrder({
        consignments: {
          downloads: [],
          pickups: [
            {
              id: 5,
              pickup_method_display_name: "Pick up in store",
              collection_instructions: "Bring your ID",
              collection_time_description: "9am - 6pm",
              location: {
                name: "Austin store",
                address_line_1: "123 Main Street",
                city: "Austin",
                state: "TX",
                postal_code: "78726",
                country_alpha2: "US",
              },
              line_items: [2],
            },
          ],
        },
      }),
      [{ ...MUG, order_address_id: 0, order_pickup_method_id: 5 }, card],
      [],
    );
    const pickup = screen.getByTestId("pickup");
    expect(pickup).toHaveTextContent("Pickup: Pick up in store");
    expect(pickup).toHaveTextContent("123 Main Street");
    expect(pickup).toHaveTextContent("Bring your ID");
    expect(within(pickup).getByTestId("line-name")).toHaveTextContent("Stoneware Coffee Mug");
    const cards = screen.getByTestId("gift-certificates");
    expect(cards).toHaveTextContent("emailed to their recipients");
    expect(within(cards).getByTestId("line-name")).toHaveTextContent("$25 Gift Certificate");
  });

  it("shows a typed option to the shopper and never sends it to analytics", () => {
    const spoon = bcLine(
      6,
      "Engraved Wooden Spoon",
      1,
      ["12.0000", "12.0000"],
      ["12.0000", "12.0000"],
      {
        product_options: [
          option("Wood", "Walnut"),
          option("Engraving", "For Anna, love Ada", "Text field"),
        ],
        wrapping_name: "Birthday paper",
        wrapping_message: "Happy birthday!",
      },
    );
    const view = show(bcOrder(), [spoon]);
    expect(screen.getByTestId("line-options")).toHaveTextContent("Engraving: For Anna, love Ada");
    expect(screen.getByTestId("line-wrapping")).toHaveTextContent("Gift wrap: Birthday paper");
    const event = JSON.stringify(toPurchaseEvent(view));
    expect(event).toContain("Walnut");
    expect(event).not.toContain("Anna");
    expect(event).not.toContain("Happy birthday");
  });
});

describe("the purchase event", () => {
  it("carries discounted unit prices and unit discounts that add up to value", () => {
    const tee = { ...TEE, applied_discounts: [{ amount: "4.8000", code: "SAVE10" }] };
    const mug = { ...MUG, applied_discounts: [{ amount: "1.8000", code: "SAVE10" }] };
    const view = toOrderConfirmationView({
      order: bcOrder({ coupon_discount: "6.6000", total_inc_tax: "79.6800" }),
      products: [tee, mug],
      shippingAddresses: [bcShipTo()],
      coupons: [{ id: 1, code: "SAVE10", amount: "10", discount: 6.6, type: 1 }],
      images: new Map(),
    });
    const { ecommerce } = toPurchaseEvent(view);
    expect(ecommerce.items[0]).toMatchObject({
      price: 21.6,
      discount: 2.4,
      quantity: 2,
      item_variant: "M / Navy",
    });
    expect(ecommerce.items[1]).toMatchObject({ price: 16.2, discount: 1.8, quantity: 1 });
    const itemsSum = ecommerce.items.reduce((n, i) => n + i.price * i.quantity, 0);
    expect(Math.abs(itemsSum - ecommerce.value)).toBeLessThan(0.01);
    expect(ecommerce).toMatchObject({ value: 59.4, tax: 5.28, shipping: 15, coupon: "SAVE10" });
    // value + tax + shipping is what the shopper paid.
    expect(ecommerce.value + ecommerce.tax + ecommerce.shipping).toBeCloseTo(79.68, 2);
  });

  it("fires once, only right after this storefront took the payment", async () => {
    const kv = new MemoryKv();
    const view = toOrderConfirmationView({
      order: bcOrder({ customer_id: 7 }),
      products: [MUG],
      shippingAddresses: [bcShipTo()],
      coupons: [],
      images: new Map(),
    });
    // A customer opening an older order: nothing was just placed.
    expect(await purchaseEventOnce({ kv }, view)).toBeNull();
    await markJustPlaced(kv, view.orderId);
    expect(await purchaseEventOnce({ kv }, view)).not.toBeNull();
    expect(await purchaseEventOnce({ kv }, view)).toBeNull();
  });
});
