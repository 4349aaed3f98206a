// Orders as the client reads them (BcOrder and its parts), for view and analytics tests: a plain
// paid order by default, any field overridable.
import type {
  BcOrder,
  BcOrderProduct,
  BcOrderShippingAddress,
  BcV2Address,
} from "@/lib/bigcommerce";

export const ADA: BcV2Address = {
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

/** A paid USD order of 66.00 + 15.00 shipping + 5.28 tax = 86.28; fields overridable. */
export function bcOrder(overrides: Partial<BcOrder> = {}): BcOrder {
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
    order_is_digital: false,
    subtotal_ex_tax: "66.0000",
    subtotal_inc_tax: "71.2800",
    shipping_cost_ex_tax: "15.0000",
    shipping_cost_inc_tax: "15.0000",
    handling_cost_ex_tax: "0.0000",
    handling_cost_inc_tax: "0.0000",
    wrapping_cost_ex_tax: "0.0000",
    wrapping_cost_inc_tax: "0.0000",
    total_ex_tax: "81.0000",
    total_inc_tax: "86.2800",
    total_tax: "5.2800",
    discount_amount: "0.0000",
    coupon_discount: "0.0000",
    gift_certificate_amount: "0.0000",
    store_credit_amount: "0.0000",
    items_total: 3,
    customer_message: "",
    billing_address: ADA,
    fees: [],
    consignments: { pickups: [], downloads: [] },
    ...overrides,
  };
}

/** One order line; unit and line prices as [ex tax, inc tax]. */
export function bcLine(
  id: number,
  name: string,
  quantity: number,
  unit: [string, string],
  total: [string, string],
  more: Partial<BcOrderProduct> = {},
): BcOrderProduct {
  return {
    id,
    product_id: id + 100,
    variant_id: null,
    order_address_id: 9,
    order_pickup_method_id: 0,
    type: "physical",
    name,
    sku: `SKU-${id}`,
    quantity,
    price_ex_tax: unit[0],
    price_inc_tax: unit[1],
    total_ex_tax: total[0],
    total_inc_tax: total[1],
    wrapping_name: null,
    wrapping_message: "",
    applied_discounts: [],
    product_options: [],
    ...more,
  };
}

/** A chosen option: a "Multiple choice" unless `type` says the shopper typed it. */
export const option = (display_name: string, display_value: string, type = "Multiple choice") => ({
  display_name,
  display_value,
  type,
});

/** A shipping address of the order (id 9 unless given), Express Shipping at 15.00. */
export function bcShipTo(more: Partial<BcOrderShippingAddress> = {}): BcOrderShippingAddress {
  return {
    ...ADA,
    id: 9,
    shipping_method: "Express Shipping",
    cost_inc_tax: "15.0000",
    cost_ex_tax: "15.0000",
    handling_cost_ex_tax: "0.0000",
    handling_cost_inc_tax: "0.0000",
    ...more,
  };
}

export const TEE = bcLine(
  1,
  "Organic Cotton T-Shirt",
  2,
  ["24.0000", "25.9200"],
  ["48.0000", "51.8400"],
  {
    product_options: [option("Size", "M"), option("Colour", "Navy")],
  },
);
export const MUG = bcLine(
  2,
  "Stoneware Coffee Mug",
  1,
  ["18.0000", "19.4400"],
  ["18.0000", "19.4400"],
);
