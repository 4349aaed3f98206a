import { createBigCommerceClient, type BigCommerceClient } from "@/lib/bigcommerce";

// Checkouts as BigCommerce documents them (checkouts.v3.yml, getCheckout's 200), for unit tests
// of carts the sandbox cannot make yet: every line kind, fees, handling, coupons, several
// consignments. Amounts are v3 numbers in USD; each fixture's grand_total is worked out by hand.

const address = {
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  company: "",
  address1: "12 Analytical Row",
  address2: "",
  city: "Austin",
  state_or_province: "Texas",
  state_or_province_code: "TX",
  country_code: "US",
  postal_code: "78701",
  phone: "+15125550100",
  custom_fields: [],
};

const mug = {
  id: "6f1b2c1e-1111-4a7a-9c55-000000000001",
  parent_id: null,
  variant_id: 1111,
  product_id: 111,
  sku: "MUG-1",
  name: "Stoneware Mug",
  url: "/stoneware-mug/",
  quantity: 2,
  is_taxable: true,
  image_url: "https://cdn.example.com/mug.jpg",
  discounts: [],
  discount_amount: 0,
  coupon_amount: 0,
  original_price: 12.5,
  list_price: 12.5,
  sale_price: 12.5,
  extended_list_price: 25,
  extended_sale_price: 25,
  is_require_shipping: true,
  is_mutable: true,
  options: [{ name: "Color", value: "Blue" }],
};

const ebook = {
  id: "6f1b2c1e-2222-4a7a-9c55-000000000002",
  parent_id: null,
  variant_id: 1201,
  product_id: 120,
  sku: "EBOOK-1",
  name: "Field Guide to Coffee (e-book)",
  url: "/field-guide-to-coffee/",
  quantity: 1,
  is_taxable: true,
  image_url: "https://cdn.example.com/ebook.jpg",
  discounts: [],
  discount_amount: 0,
  coupon_amount: 0,
  original_price: 9.99,
  list_price: 9.99,
  sale_price: 9.99,
  extended_list_price: 9.99,
  extended_sale_price: 9.99,
  is_require_shipping: false,
  is_mutable: true,
  options: [],
};

const giftCertificate = {
  id: "6f1b2c1e-3333-4a7a-9c55-000000000003",
  name: "$25 Gift Certificate",
  theme: "Birthday",
  amount: 25,
  taxable: false,
  sender: { name: "Ada Lovelace", email: "ada@example.com" },
  recipient: { name: "Grace Hopper", email: "grace@example.com" },
  message: "Happy birthday!",
};

const engraving = {
  id: "6f1b2c1e-4444-4a7a-9c55-000000000004",
  sku: "ENGRAVE",
  name: "Engraving",
  quantity: 1,
  list_price: 5,
  extended_list_price: 5,
  image_url: "https://cdn.example.com/engraving.png",
};

const standard = {
  id: "standard",
  type: "shipping_flatrate",
  description: "Standard Shipping",
  image_url: "",
  cost: 5,
  transit_time: "3-5 business days",
  additional_description: "",
};

function consignment(id: string, lineItemIds: string[]) {
  return {
    id,
    address: { ...address, id },
    available_shipping_options: [standard],
    selected_shipping_option: standard,
    coupon_discounts: [],
    discounts: [],
    shipping_cost_inc_tax: 5,
    shipping_cost_ex_tax: 5,
    handling_cost_inc_tax: 1.5,
    handling_cost_ex_tax: 1.5,
    line_item_ids: lineItemIds,
  };
}

/** The checkout's fields around its cart lines and totals, for the fixtures below. */
function checkoutWith(input: {
  lineItems: Record<string, unknown[]>;
  consignments: unknown[];
  totals: { subtotal_ex_tax: number; tax_total: number; grand_total: number } & Record<
    string,
    number
  >;
  coupons?: Record<string, unknown>[];
  fees?: unknown[];
  discountAmount?: number;
}) {
  const id = "d4c3b2a1-0000-4000-8000-00000000c0de";
  return {
    id,
    cart: {
      id,
      customer_id: 0,
      email: "ada@example.com",
      currency: { code: "USD" },
      tax_included: false,
      base_amount: input.totals.subtotal_ex_tax,
      channel_id: 1,
      discount_amount: input.discountAmount ?? 0,
      cart_amount_inc_tax: input.totals.grand_total,
      cart_amount_ex_tax: input.totals.grand_total - input.totals.tax_total,
      coupons: input.coupons ?? [],
      discounts: [],
      line_items: {
        physical_items: [],
        digital_items: [],
        gift_certificates: [],
        custom_items: [],
        ...input.lineItems,
      },
      created_time: "2026-11-30T10:00:00+00:00",
      updated_time: "2026-11-30T10:05:00+00:00",
    },
    billing_address: { ...address, id: "billing-1" },
    consignments: input.consignments,
    taxes: [{ name: "Sales Tax", amount: input.totals.tax_total }],
    coupons: input.coupons ?? ([] as Record<string, unknown>[]),
    fees: input.fees ?? [],
    order_id: null,
    shipping_cost_total_inc_tax: 0,
    shipping_cost_total_ex_tax: 0,
    handling_cost_total_inc_tax: 0,
    handling_cost_total_ex_tax: 0,
    subtotal_inc_tax: input.totals.subtotal_ex_tax,
    created_time: "2026-11-30T10:00:00+00:00",
    updated_time: "2026-11-30T10:05:00+00:00",
    customer_message: "",
    promotions: [],
    version: 7,
    ...input.totals,
  };
}

/**
 * A mug ×2 (25.00), an e-book (9.99), a 25.00 gift certificate and a 5.00 custom item: subtotal
 * 64.99; a 1.25 cart discount and coupon SAVE10 (3.50); shipping 5.00 and handling 1.50; a 0.75
 * fee; tax 2.71. 64.99 − 1.25 − 3.50 + 5.00 + 1.50 + 0.75 + 2.71 = 70.20.
 */
export function mixedCheckout() {
  return checkoutWith({
    lineItems: {
      physical_items: [mug],
      digital_items: [ebook],
      gift_certificates: [giftCertificate],
      custom_items: [engraving],
    },
    consignments: [consignment("consignment-1", [mug.id])],
    discountAmount: 1.25,
    coupons: [
      {
        id: 3,
        code: "SAVE10",
        coupon_type: "per_total_discount",
        display_name: "$3.50 off",
        discounted_amount: 3.5,
      },
    ],
    fees: [
      {
        id: "0b6e5e1c-5555-4a7a-9c55-000000000005",
        type: "custom_fee",
        name: "eco-pack-v2",
        display_name: "Eco packaging",
        cost_inc_tax: 0.75,
        cost_ex_tax: 0.75,
        source: "app",
        tax_class_id: null,
      },
    ],
    totals: {
      subtotal_ex_tax: 64.99,
      shipping_cost_total_ex_tax: 5,
      shipping_cost_total_inc_tax: 5,
      handling_cost_total_ex_tax: 1.5,
      handling_cost_total_inc_tax: 1.5,
      tax_total: 2.71,
      grand_total: 70.2,
    },
  });
}

/** Only the e-book (9.99) and 0.80 tax: no consignment, no shipping. */
export function digitalOnlyCheckout() {
  return checkoutWith({
    lineItems: { digital_items: [ebook] },
    consignments: [],
    totals: { subtotal_ex_tax: 9.99, tax_total: 0.8, grand_total: 10.79 },
  });
}

/** Two mugs shipped to two addresses by another client: 25.00 + 2 × 5.00 shipping = 35.00. */
export function splitCheckout() {
  const one = { ...mug, id: "6f1b2c1e-1111-4a7a-9c55-00000000000a", quantity: 1 };
  const two = { ...mug, id: "6f1b2c1e-1111-4a7a-9c55-00000000000b", quantity: 1 };
  const noHandling = (c: ReturnType<typeof consignment>) => ({
    ...c,
    handling_cost_ex_tax: 0,
    handling_cost_inc_tax: 0,
  });
  return checkoutWith({
    lineItems: { physical_items: [one, two] },
    consignments: [
      noHandling(consignment("consignment-1", [one.id])),
      noHandling(consignment("consignment-2", [two.id])),
    ],
    totals: {
      subtotal_ex_tax: 25,
      shipping_cost_total_ex_tax: 10,
      shipping_cost_total_inc_tax: 10,
      tax_total: 0,
      grand_total: 35,
    },
  });
}

/** A getCheckout answer's body around a checkout. */
export const checkoutBody = (checkout: unknown) => ({ data: checkout, meta: {} });

/** The app's client over a store whose every answer is this getCheckout body (for its reads). */
export function readerOf(checkout: unknown): BigCommerceClient {
  return createBigCommerceClient({
    apiUrl: "http://bc.test",
    paymentsUrl: "http://bc.test",
    storeHash: "sandbox",
    accessToken: "token",
    timeoutMs: 1000,
    fetch: async () =>
      new Response(JSON.stringify(checkoutBody(checkout)), {
        status: 200,
        headers: { "content-type": "application/json" },
      }),
  });
}
