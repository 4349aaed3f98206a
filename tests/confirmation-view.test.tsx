// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OrderConfirmation } from "@/app/order-confirmation/[orderId]/_components/order-confirmation";
import type {
  BcOrder,
  BcOrderCoupon,
  BcOrderProduct,
  BcOrderShippingAddress,
  BcOrderTransaction,
} from "@/lib/bigcommerce";
import { toPurchaseEvent } from "@/lib/confirmation/purchase-event";
import { toOrderConfirmationView } from "@/lib/confirmation/view";
import { localeContext, negotiateLocale } from "@/lib/i18n";
import { addDecimals } from "@/lib/money";
import { itNegotiates } from "./support/locale";
import { bcLine, bcOrder, bcShipTo, MUG, TEE } from "./support/orders";

afterEach(() => cleanup());

function renderView(
  o: BcOrder,
  products: BcOrderProduct[],
  extra: {
    images?: Map<number, { url: string; alt: string }>;
    coupons?: BcOrderCoupon[];
    transactions?: BcOrderTransaction[];
    acceptLanguage?: string;
    shippingAddresses?: BcOrderShippingAddress[];
  } = {},
) {
  const view = toOrderConfirmationView({
    order: o,
    products,
    shippingAddresses: extra.shippingAddresses ?? [bcShipTo()],
    coupons: extra.coupons ?? [],
    transactions: extra.transactions,
    images: extra.images ?? new Map(),
  });
  const locale = localeContext(negotiateLocale(extra.acceptLanguage ?? "en-US"));
  render(<OrderConfirmation view={view} locale={locale} accountPrompt={o.customer_id === 0} />);
  return view;
}

const order = bcOrder;

describe("order confirmation view", () => {
  it("shows the order number, status, email, every line and the totals", () => {
    renderView(order(), [TEE, MUG], {
      transactions: [
        {
          id: 1,
          event: "purchase",
          method: "credit_card",
          status: "ok",
          credit_card: { card_type: "visa", card_last4: "1111" },
        },
      ],
    });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Thank you, Ada! Your order #4242 is confirmed.",
    );
    expect(screen.getByTestId("order-status")).toHaveTextContent("Awaiting fulfillment");
    expect(screen.getByTestId("status-next")).toHaveTextContent("We are preparing your order");
    expect(screen.getByTestId("order-date")).toHaveTextContent("November 27, 2026 at 10:15 AM UTC");
    const lines = screen.getAllByTestId("order-line");
    expect(lines).toHaveLength(2);
    expect(within(lines[0]).getByTestId("line-options")).toHaveTextContent("Size: M, Colour: Navy");
    expect(within(lines[0]).getByTestId("line-unit-price")).toHaveTextContent("$24.00");
    expect(within(lines[0]).getByTestId("line-total")).toHaveTextContent("$48.00");
    expect(screen.getByTestId("subtotal")).toHaveTextContent("$66.00");
    expect(screen.getByTestId("shipping")).toHaveTextContent("$15.00");
    expect(screen.getByTestId("tax")).toHaveTextContent("$5.28");
    expect(screen.getByTestId("total")).toHaveTextContent("$86.28");
    expect(screen.queryByTestId("discount")).toBeNull();
    expect(screen.getByTestId("payment-method")).toHaveTextContent("Visa ending in 1111");
    expect(
      screen.getByRole("heading", { name: "Save your details for next time" }),
    ).toBeInTheDocument();
  });

  it("shows the coupon's discount and code, and no empty brackets for a coupon without one", () => {
    renderView(order({ coupon_discount: "6.6000", total_inc_tax: "79.6800" }), [TEE, MUG], {
      coupons: [{ id: 1, code: "SAVE10", amount: "10", discount: 6.6, type: 1 }],
    });
    expect(screen.getByRole("row", { name: /Coupon \(SAVE10\)/ })).toBeInTheDocument();
    expect(screen.getByTestId("coupon")).toHaveTextContent("−$6.60");
    cleanup();
    renderView(order({ coupon_discount: "6.6000", total_inc_tax: "79.6800" }), [TEE, MUG], {
      coupons: [{ id: 1, code: null, amount: "10", discount: 6.6, type: 5 }],
    });
    expect(screen.getByRole("row", { name: /^Coupon/ })).not.toHaveTextContent("(");
  });

  it("shows tax-inclusive prices with the tax marked as included", () => {
    renderView(order({ is_tax_inclusive_pricing: true }), [TEE, MUG]);
    expect(
      within(screen.getAllByTestId("order-line")[0]).getByTestId("line-total"),
    ).toHaveTextContent("$51.84");
    expect(screen.getByTestId("subtotal")).toHaveTextContent("$71.28");
    expect(screen.getByRole("row", { name: /Including tax/ })).toBeInTheDocument();
    // The included tax is shown, not added: subtotal + shipping is the total.
    expect(screen.getByTestId("total")).toHaveTextContent("$86.28");
  });

  it("formats a non-USD order in its own currency, and in German for a German shopper", () => {
    renderView(order({ currency_code: "EUR", total_inc_tax: "1234.5000" }), [MUG], {
      acceptLanguage: "de-DE,de;q=0.9",
    });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Vielen Dank, Ada! Ihre Bestellung Nr. 4242 ist bestätigt.",
    );
    expect(screen.getByTestId("total")).toHaveTextContent("1.234,50 €");
    expect(screen.getByTestId("order-status")).toHaveTextContent("In Bearbeitung");
    expect(screen.getByTestId("order-date")).toHaveTextContent("27. November 2026 um 10:15 UTC");
    expect(screen.getByRole("button", { name: "Beleg drucken" })).toBeInTheDocument();
  });

  it("keeps awkward decimal amounts exact across many lines", () => {
    const lines = Array.from({ length: 30 }, (_, i) =>
      bcLine(i + 1, `Item ${i + 1}`, 3, ["0.1000", "0.1000"], ["0.3000", "0.3000"]),
    );
    const subtotal = addDecimals(...lines.map((l) => l.total_ex_tax));
    expect(subtotal).toBe("9.0000");
    const view = renderView(
      order({
        subtotal_ex_tax: subtotal,
        shipping_cost_ex_tax: "0.1000",
        total_tax: "0",
        total_inc_tax: "9.1000",
      }),
      lines,
    );
    expect(screen.getAllByTestId("order-line")).toHaveLength(30);
    expect(screen.getByTestId("subtotal")).toHaveTextContent("$9.00");
    const event = toPurchaseEvent(view);
    expect(event.ecommerce).toMatchObject({
      transaction_id: "4242",
      value: 9,
      shipping: 0.1,
      currency: "USD",
    });
    expect(event.ecommerce.items).toHaveLength(30);
    expect(event.ecommerce.items[0]).toEqual({
      item_id: "101",
      item_name: "Item 1",
      price: 0.1,
      quantity: 3,
    });
  });

  it("keeps the layout with a placeholder when a product has no image", () => {
    renderView(order(), [TEE, MUG], {
      images: new Map([[102, { url: "/sandbox/products/mug.svg", alt: "Blue mug" }]]),
    });
    const [first, second] = screen.getAllByTestId("order-line");
    expect(within(first).getByRole("img")).toHaveTextContent("No image");
    expect(within(second).getByRole("img", { name: "Blue mug" })).toHaveAttribute(
      "src",
      "/sandbox/products/mug.svg",
    );
  });

  it("offers the account prompt to guests only", () => {
    renderView(order({ customer_id: 7 }), [MUG]);
    expect(screen.queryByRole("heading", { name: "Save your details for next time" })).toBeNull();
  });
});

describe("locale negotiation", () => {
  itNegotiates("%s → %s", [
    [undefined, "en"],
    ["", "en"],
    ["de", "de"],
    ["de-AT;q=0.8, en;q=0.5", "de"],
    ["it-IT, en;q=0.1, de;q=0.5", "de"],
    ["fr-FR", "fr"],
    ["it-IT", "en"],
    ["en-GB,de;q=0.9", "en"],
    ["de;q=0", "en"],
  ]);
});
