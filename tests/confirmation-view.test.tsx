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

afterEach(() => cleanup());

const address = {
  first_name: "Ada",
  last_name: "Lovelace",
  company: "",
  street_1: "12 Analytical Row",
  street_2: "",
  city: "Austin",
  state: "TX",
  zip: "78701",
  country: "United States",
  country_iso2: "US",
  phone: "",
  email: "ada@example.com",
};

function order(overrides: Partial<BcOrder> = {}): BcOrder {
  return {
    id: 4242,
    customer_id: 0,
    cart_id: "cart-1",
    date_created: "Fri, 27 Nov 2026 10:15:00 +0000",
    status_id: 11,
    status: "Awaiting Fulfillment",
    payment_status: "captured",
    payment_method: "Credit Card",
    currency_code: "USD",
    is_tax_inclusive_pricing: false,
    subtotal_ex_tax: "66.0000",
    subtotal_inc_tax: "71.2800",
    shipping_cost_ex_tax: "15.0000",
    shipping_cost_inc_tax: "15.0000",
    handling_cost_inc_tax: "0.0000",
    wrapping_cost_inc_tax: "0.0000",
    total_ex_tax: "81.0000",
    total_inc_tax: "86.2800",
    total_tax: "5.2800",
    discount_amount: "0.0000",
    coupon_discount: "0.0000",
    items_total: 3,
    customer_message: "",
    billing_address: address,
    ...overrides,
  };
}

function product(
  id: number,
  name: string,
  quantity: number,
  unit: [string, string],
  total: [string, string],
  options: [string, string][] = [],
): BcOrderProduct {
  return {
    id,
    product_id: id + 100,
    variant_id: null,
    name,
    sku: "",
    quantity,
    price_ex_tax: unit[0],
    price_inc_tax: unit[1],
    total_ex_tax: total[0],
    total_inc_tax: total[1],
    product_options: options.map(([display_name, display_value]) => ({
      display_name,
      display_value,
    })),
  };
}

const shipTo: BcOrderShippingAddress = {
  ...address,
  id: 9,
  shipping_method: "Express Shipping",
  cost_inc_tax: "15.0000",
  cost_ex_tax: "15.0000",
};

const TEE = product(
  1,
  "Organic Cotton T-Shirt",
  2,
  ["24.0000", "25.9200"],
  ["48.0000", "51.8400"],
  [
    ["Size", "M"],
    ["Colour", "Navy"],
  ],
);
const MUG = product(2, "Stoneware Coffee Mug", 1, ["18.0000", "19.4400"], ["18.0000", "19.4400"]);

function renderView(
  o: BcOrder,
  products: BcOrderProduct[],
  extra: {
    images?: Map<number, { url: string; alt: string }>;
    coupons?: BcOrderCoupon[];
    transactions?: BcOrderTransaction[];
    acceptLanguage?: string;
  } = {},
) {
  const view = toOrderConfirmationView({
    order: o,
    products,
    shippingAddresses: [shipTo],
    coupons: extra.coupons ?? [],
    transactions: extra.transactions,
    images: extra.images ?? new Map(),
  });
  const locale = localeContext(negotiateLocale(extra.acceptLanguage ?? "en-US"));
  render(<OrderConfirmation view={view} locale={locale} accountPrompt={o.customer_id === 0} />);
  return view;
}

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

  it.each([
    [0, "Incomplete", "Your payment has not been completed yet."],
    [1, "Pending", "We have your order and will start on it shortly."],
    [7, "Awaiting payment", "We will start on your order once your payment arrives."],
    [12, "Manual verification required", "We are reviewing your order"],
    [2, "Shipped", "Your order is on its way."],
  ])("words status %i for the shopper: %s", (statusId, label, next) => {
    renderView(order({ status_id: statusId, status: "whatever BigCommerce says" }), [MUG]);
    expect(screen.getByTestId("order-status")).toHaveTextContent(label);
    expect(screen.getByTestId("status-next")).toHaveTextContent(next);
  });

  it("shows the coupon's discount and code", () => {
    renderView(order({ coupon_discount: "6.6000", total_inc_tax: "79.1500" }), [TEE, MUG], {
      coupons: [{ id: 1, code: "SAVE10", amount: "10", discount: 6.6, type: 1 }],
    });
    expect(screen.getByRole("row", { name: /Discount \(SAVE10\)/ })).toBeInTheDocument();
    expect(screen.getByTestId("discount")).toHaveTextContent("−$6.60");
  });

  it("shows tax-inclusive prices with the tax marked as included", () => {
    renderView(order({ is_tax_inclusive_pricing: true }), [TEE, MUG]);
    expect(
      within(screen.getAllByTestId("order-line")[0]).getByTestId("line-total"),
    ).toHaveTextContent("$51.84");
    expect(screen.getByTestId("subtotal")).toHaveTextContent("$71.28");
    expect(screen.getByRole("row", { name: /Tax \(included\)/ })).toBeInTheDocument();
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
      product(i + 1, `Item ${i + 1}`, 3, ["0.1000", "0.1000"], ["0.3000", "0.3000"]),
    );
    const subtotal = addDecimals(...lines.map((l) => l.total_ex_tax));
    expect(subtotal).toBe("9.0000");
    const view = renderView(order({ subtotal_ex_tax: subtotal, total_inc_tax: "9.1000" }), lines);
    expect(screen.getAllByTestId("order-line")).toHaveLength(30);
    expect(screen.getByTestId("subtotal")).toHaveTextContent("$9.00");
    const event = toPurchaseEvent(view);
    expect(event.ecommerce).toMatchObject({ transaction_id: "4242", value: 9.1, currency: "USD" });
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
    ["fr-FR, en;q=0.1, de;q=0.5", "de"],
    ["fr-FR", "en"],
    ["en-GB,de;q=0.9", "en"],
    ["de;q=0", "en"],
  ]);
});
