// zod schemas for the BigCommerce responses this app reads (API-NOTES §4-§9).
// Only the fields the app uses are declared; unknown fields are dropped, not rejected.
import { z } from "zod";

/** v2 money: a decimal string ("62.6793", "8"); kept as a string so no float ever touches it. */
export const money2 = z.union([
  z.string().regex(/^-?\d+(\.\d+)?$/, "decimal string expected"),
  z.number().transform((n) => String(n)),
]);

const envelope = <T extends z.ZodType>(data: T) => z.object({ data, meta: z.unknown().optional() });

// ---------- catalog ----------

export const productImage = z.object({
  id: z.number(),
  url_standard: z.string(),
  url_thumbnail: z.string(),
  description: z.string().default(""),
  is_thumbnail: z.boolean().default(false),
});

export const productVariant = z.object({
  id: z.number(),
  sku: z.string(),
  calculated_price: z.number().optional(),
  inventory_level: z.number(),
  purchasing_disabled: z.boolean().default(false),
  option_values: z.array(
    z.object({
      id: z.number(),
      label: z.string(),
      option_id: z.number(),
      option_display_name: z.string(),
    }),
  ),
});

export const product = z.object({
  id: z.number(),
  name: z.string(),
  sku: z.string(),
  description: z.string().default(""),
  price: z.number(),
  calculated_price: z.number(),
  inventory_level: z.number(),
  inventory_tracking: z.string(),
  is_visible: z.boolean(),
  custom_url: z.object({ url: z.string() }).optional(),
  images: z.array(productImage).optional(),
  variants: z.array(productVariant).optional(),
});
export type BcProduct = z.infer<typeof product>;

export const productList = z.object({ data: z.array(product), meta: z.unknown().optional() });
export const productOne = envelope(product);

// ---------- carts and checkouts ----------

const lineItem = z.object({
  id: z.string(),
  product_id: z.number(),
  variant_id: z.number(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number(),
  image_url: z.string().default(""),
  list_price: z.number(),
  sale_price: z.number(),
  extended_sale_price: z.number(),
  options: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
});
export type BcLineItem = z.infer<typeof lineItem>;

export const cart = z.object({
  id: z.string(),
  customer_id: z.number(),
  currency: z.object({ code: z.string() }),
  base_amount: z.number(),
  cart_amount: z.number(),
  line_items: z.object({
    physical_items: z.array(lineItem),
    digital_items: z.array(z.unknown()).default([]),
  }),
  version: z.number().optional(),
});
export const cartOne = envelope(cart);

const checkoutAddress = z.object({
  id: z.string().optional(),
  first_name: z.string().default(""),
  last_name: z.string().default(""),
  email: z.string().default(""),
  company: z.string().default(""),
  address1: z.string().default(""),
  address2: z.string().default(""),
  city: z.string().default(""),
  state_or_province: z.string().default(""),
  state_or_province_code: z.string().default(""),
  country: z.string().default(""),
  country_code: z.string().default(""),
  postal_code: z.string().default(""),
  phone: z.string().default(""),
});

const shippingOption = z.object({
  id: z.string(),
  type: z.string(),
  description: z.string(),
  cost: z.number(),
  transit_time: z.string().default(""),
});
export type BcShippingOption = z.infer<typeof shippingOption>;

const consignment = z
  .object({
    id: z.string(),
    address: checkoutAddress.optional(),
    shipping_address: checkoutAddress.optional(),
    available_shipping_options: z.array(shippingOption).optional(),
    selected_shipping_option: shippingOption.optional(),
    line_item_ids: z.array(z.string()),
  })
  // Both keys appear in BigCommerce's documents (API-NOTES §5.1); read whichever came.
  .transform(({ address, shipping_address, ...rest }) => ({
    ...rest,
    address: address ?? shipping_address,
  }));

export const checkout = z.object({
  id: z.string(),
  cart: z.object({
    id: z.string(),
    customer_id: z.number(),
    email: z.string().default(""),
    currency: z.object({ code: z.string() }),
    tax_included: z.boolean(),
    base_amount: z.number(),
    discount_amount: z.number(),
    line_items: z.object({
      physical_items: z.array(lineItem),
      digital_items: z.array(z.unknown()).default([]),
    }),
  }),
  // Empty object, null or absent before it is set (API-NOTES §16.13).
  billing_address: z
    .union([checkoutAddress, z.null(), z.undefined()])
    .transform((a) => (a && a.country_code ? a : null)),
  consignments: z.array(consignment),
  taxes: z.array(z.object({ name: z.string(), amount: z.number() })).default([]),
  coupons: z
    .array(
      z.object({
        code: z.string(),
        display_name: z.string().default(""),
        discounted_amount: z.number(),
      }),
    )
    .default([]),
  // Spec: string | null; live responses unverified, so numbers are read too (API-NOTES §16.7).
  order_id: z.union([z.string(), z.number(), z.null()]).optional(),
  shipping_cost_total_inc_tax: z.number(),
  shipping_cost_total_ex_tax: z.number(),
  tax_total: z.number(),
  subtotal_ex_tax: z.number(),
  subtotal_inc_tax: z.number(),
  grand_total: z.number(),
  customer_message: z.string().default(""),
  version: z.number(),
});
export type BcCheckout = z.infer<typeof checkout>;
export const checkoutOne = envelope(checkout);

/** The token response comes in two documented shapes (API-NOTES §6.3). */
export const checkoutTokenResponse = z
  .object({
    checkoutToken: z.string().optional(),
    data: z
      .object({ checkoutToken: z.string().optional(), token: z.string().optional() })
      .optional(),
  })
  .transform((b, ctx) => {
    const token = b.data?.checkoutToken ?? b.checkoutToken ?? b.data?.token;
    if (!token) {
      ctx.addIssue({ code: "custom", message: "no checkoutToken in the response" });
      return z.NEVER;
    }
    return token;
  });

export const createOrderResponse = envelope(z.object({ id: z.number().int().positive() }));

// ---------- order transactions (v3) ----------

export const orderTransaction = z.object({
  id: z.number(),
  event: z.string(),
  method: z.string(),
  status: z.string().default("ok"),
  credit_card: z
    .object({ card_type: z.string(), card_last4: z.string() })
    .partial()
    .nullable()
    .optional(),
});
export type BcOrderTransaction = z.infer<typeof orderTransaction>;
export const orderTransactions = z.object({
  data: z.array(orderTransaction),
  meta: z.unknown().optional(),
});

// ---------- customers ----------

export const customerList = z.object({
  data: z.array(z.object({ id: z.number() })),
  meta: z.unknown().optional(),
});
export const systemTime = z.object({ time: z.number() });

export const createdCustomers = envelope(z.array(z.object({ id: z.number(), email: z.string() })));

/** Not wrapped in `data` (API-NOTES §10). */
export const credentialsResult = z.object({
  is_valid: z.boolean(),
  customer_id: z.number().nullable(),
});

// ---------- payments ----------

export const paymentMethods = envelope(
  z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      test_mode: z.boolean().default(false),
    }),
  ),
);
export const paymentAccessToken = envelope(z.object({ id: z.string().min(1) }));
export const paymentResult = z.object({
  data: z.object({
    id: z.string(),
    status: z.enum(["success", "pending"]),
    transaction_type: z.string(),
  }),
});
export type BcPaymentResult = z.infer<typeof paymentResult>["data"];

// ---------- orders (v2) ----------

const v2Address = z.object({
  first_name: z.string(),
  last_name: z.string(),
  company: z.string().default(""),
  street_1: z.string(),
  street_2: z.string().default(""),
  city: z.string(),
  state: z.string().default(""),
  zip: z.string().default(""),
  country: z.string(),
  country_iso2: z.string().default(""),
  phone: z.string().default(""),
  email: z.string().default(""),
});
export type BcV2Address = z.infer<typeof v2Address>;

export const order = z.object({
  id: z.number(),
  customer_id: z.number(),
  cart_id: z.string().default(""),
  date_created: z.string(),
  status_id: z.number(),
  status: z.string(),
  payment_status: z.string().default(""),
  payment_method: z.string().default(""),
  currency_code: z.string(),
  is_tax_inclusive_pricing: z.boolean().default(false),
  subtotal_ex_tax: money2,
  subtotal_inc_tax: money2,
  shipping_cost_ex_tax: money2,
  shipping_cost_inc_tax: money2,
  handling_cost_inc_tax: money2.default("0"),
  wrapping_cost_inc_tax: money2.default("0"),
  total_ex_tax: money2,
  total_inc_tax: money2,
  total_tax: money2,
  discount_amount: money2,
  coupon_discount: money2.default("0"),
  items_total: z.number(),
  customer_message: z.string().default(""),
  billing_address: v2Address,
});
export type BcOrder = z.infer<typeof order>;
export const orderList = z.array(order);

export const orderProduct = z.object({
  id: z.number(),
  product_id: z.number(),
  variant_id: z.number().nullable().default(null),
  name: z.string(),
  sku: z.string().default(""),
  quantity: z.number(),
  price_ex_tax: money2,
  price_inc_tax: money2,
  total_ex_tax: money2,
  total_inc_tax: money2,
  product_options: z
    .array(z.object({ display_name: z.string(), display_value: z.string() }))
    .default([]),
});
export type BcOrderProduct = z.infer<typeof orderProduct>;
export const orderProducts = z.array(orderProduct);

export const orderShippingAddress = v2Address.extend({
  id: z.number(),
  shipping_method: z.string().default(""),
  cost_inc_tax: money2,
  cost_ex_tax: money2,
});
export type BcOrderShippingAddress = z.infer<typeof orderShippingAddress>;
export const orderShippingAddresses = z.array(orderShippingAddress);

export const orderCoupon = z.object({
  id: z.number(),
  code: z.string().nullable(),
  amount: money2,
  discount: z.number(),
  type: z.number(),
});
export type BcOrderCoupon = z.infer<typeof orderCoupon>;
export const orderCoupons = z.array(orderCoupon);
