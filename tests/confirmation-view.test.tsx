// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "@testing-library/react";
import { OrderConfirmation } from "@/app/order-confirmation/[orderId]/_components/order-confirmation";
import type { BcOrder, BcOrderProduct, BcOrderShippingAddress } from "@/lib/bigcommerce";
import { toOrderConfirmationView } from "@/lib/confirmation/view";

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
  unit: string,
  total: string,
  options: [string, string][] = [],
): BcOrderProduct {
  return {
    id,
    product_id: id + 100,
    variant_id: null,
    name,
    sku: "",
    quantity,
    price_ex_tax: unit,
    price_inc_tax: unit,
    total_ex_tax: total,
    total_inc_tax: total,
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

function renderView(
  o: BcOrder,
  products: BcOrderProduct[],
  images = new Map<number, { url: string; alt: string }>(),
) {
  const view = toOrderConfirmationView({
    order: o,
    products,
    shippingAddresses: [shipTo],
    coupons: [],
    images,
  });
  return render(<OrderConfirmation view={view} />);
}

describe("order confirmation view", () => {
  it("shows the order number, status, email, every line and the totals", () => {
    renderView(order(), [
      product(1, "Organic Cotton T-Shirt", 2, "24.0000", "48.0000", [
        ["Size", "M"],
        ["Colour", "Navy"],
      ]),
      product(2, "Stoneware Coffee Mug", 1, "18.0000", "18.0000"),
    ]);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Thank you, Ada! Your order #4242 is confirmed.",
    );
    expect(screen.getByTestId("order-status")).toHaveTextContent("Awaiting Fulfillment");
    const lines = screen.getAllByTestId("order-line");
    expect(lines).toHaveLength(2);
    expect(within(lines[0]).getByTestId("line-options")).toHaveTextContent("Size: M, Colour: Navy");
    expect(within(lines[0]).getByTestId("line-total")).toHaveTextContent("$48.00");
    expect(screen.getByTestId("subtotal")).toHaveTextContent("$66.00");
    expect(screen.getByTestId("shipping")).toHaveTextContent("$15.00");
    expect(screen.getByTestId("tax")).toHaveTextContent("$5.28");
    expect(screen.getByTestId("total")).toHaveTextContent("$86.28");
    expect(screen.queryByTestId("discount")).toBeNull();
    expect(screen.getByText("Express Shipping")).toBeInTheDocument();
    expect(screen.getByText("Credit Card")).toBeInTheDocument();
  });

  it("shows the discount and formats a non-USD order in its own currency", () => {
    renderView(
      order({ currency_code: "EUR", discount_amount: "0.1000", coupon_discount: "0.2000" }),
      [product(1, "Linen Tea Towel Set", 3, "19.9900", "59.9700")],
    );
    expect(screen.getByTestId("discount")).toHaveTextContent("−€0.30");
    expect(screen.getByTestId("total")).toHaveTextContent("€86.28");
  });

  it("keeps the layout with a placeholder when a product has no image", () => {
    renderView(
      order(),
      [product(1, "Mystery Item", 1, "1.0000", "1.0000"), product(2, "Mug", 1, "1.0000", "1.0000")],
      new Map([[102, { url: "/sandbox/products/mug.svg", alt: "Blue mug" }]]),
    );
    const [first, second] = screen.getAllByTestId("order-line");
    expect(within(first).getByRole("img")).toHaveTextContent("No image");
    expect(within(second).getByRole("img", { name: "Blue mug" })).toHaveAttribute(
      "src",
      "/sandbox/products/mug.svg",
    );
  });
});
