// The body of POST /v2/orders (BigCommerce's order_Post) and PUT /v2/orders/{id} (order_Put, the
// fields the sandbox changes), validated with zod; failures are v2 400s.
import { z } from "zod";
import { SandboxError } from "./errors";
import { isDecimal } from "./money";

/** A v2 amount: a decimal string ("5.0000") or a JSON number (5); BigCommerce takes both. */
const amount = z
  .union([z.string(), z.number()])
  .refine((v) => isDecimal(v), "a decimal amount is expected");

const address = z.object({
  first_name: z.string().max(255).optional(),
  last_name: z.string().max(255).optional(),
  company: z.string().max(255).optional(),
  street_1: z.string().max(255).optional(),
  street_2: z.string().max(255).optional(),
  city: z.string().max(100).optional(),
  state: z.string().max(100).optional(),
  zip: z.string().max(20).optional(),
  country: z.string().max(100).optional(),
  country_iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  phone: z.string().max(50).optional(),
  email: z.string().max(255).optional(),
});

/** An order address as given (billingAddress_Base: `zip` required). */
export type AddressInput = z.infer<typeof address>;

const productOption = z.object({
  id: z.number().int(),
  value: z.string(),
  display_name: z.string().min(1).optional(),
  display_value: z.string().min(1).optional(),
});

const catalogProduct = z.object({
  product_id: z.number().int(),
  variant_id: z.number().int().optional(),
  product_options: z.array(productOption).optional(),
  name: z.string().min(1).max(250).optional(),
  name_customer: z.string().min(1).optional(),
  quantity: z.number().int().min(1),
  price_ex_tax: z.number().min(0).optional(),
  price_inc_tax: z.number().min(0).optional(),
  upc: z.string().optional(),
  wrapping_id: z.number().int().optional(),
  wrapping_name: z.string().optional(),
  wrapping_message: z.string().optional(),
  wrapping_cost_ex_tax: z.number().min(0).optional(),
  wrapping_cost_inc_tax: z.number().min(0).optional(),
});

const customProduct = z.object({
  name: z.string().min(1).max(250),
  name_customer: z.string().optional(),
  quantity: z.number().int().min(1),
  price_ex_tax: z.number().min(0),
  price_inc_tax: z.number().min(0),
  sku: z.string().optional(),
  upc: z.string().optional(),
});

/** A product line as given: a catalog product (`product_id`) or a custom one (name and prices). */
const product = z.union([catalogProduct, customProduct]);

/** A product line of order_Post. */
export type ProductInput = z.infer<typeof product>;

const pickup = z.object({
  pickup_method_id: z.number().int(),
  pickup_method_display_name: z.string().max(250).optional(),
  collection_instructions: z.string().optional(),
  collection_time_description: z.string().max(250).optional(),
  location: z
    .object({
      name: z.string().max(255).optional(),
      code: z.string().max(50).optional(),
      address_line_1: z.string().max(255).optional(),
      address_line_2: z.string().max(255).optional(),
      city: z.string().max(255).optional(),
      state: z.string().max(255).optional(),
      postal_code: z.string().max(50).optional(),
      country_alpha2: z.string().length(2).optional(),
      email: z.string().max(255).optional(),
      phone: z.string().max(125).optional(),
    })
    .optional(),
  line_items: z.array(product).min(1),
});

/** A pickup consignment as given. */
export type PickupInput = z.infer<typeof pickup>;

const fee = z.object({
  type: z.literal("custom_fee"),
  display_name_customer: z.string().optional(),
  display_name_merchant: z.string().optional(),
  source: z.string().optional(),
  cost_ex_tax: amount.optional(),
  cost_inc_tax: amount.optional(),
  cost_tax: amount.optional(),
  tax_class_id: z.number().int().nullable().optional(),
});

/** An order fee as given (orderFees_Post). */
export type FeeInput = z.infer<typeof fee>;

/** order_Post as the sandbox reads it: its own fields and order_Shared's that it keeps. */
export const orderPostInput = z.object({
  billing_address: address.extend({ zip: z.string().max(20) }),
  default_currency_code: z
    .string()
    .refine((c) => Intl.supportedValuesOf("currency").includes(c), "an ISO 4217 code is expected")
    .optional(),
  products: z.array(product).min(1).optional(),
  shipping_addresses: z
    .array(address.extend({ shipping_method: z.string().max(250).optional() }))
    .optional(),
  consignments: z.object({ pickups: z.array(pickup).min(1).max(1) }).optional(),
  fees: z.array(fee).optional(),
  status_id: z.number().int().min(0).max(14).optional(),
  customer_id: z.number().int().min(0).optional(),
  customer_message: z.string().optional(),
  staff_notes: z.string().max(65535).optional(),
  date_created: z.string().optional(),
  external_source: z.string().nullable().optional(),
  payment_method: z.string().optional(),
  discount_amount: amount.optional(),
  subtotal_ex_tax: amount.optional(),
  subtotal_inc_tax: amount.optional(),
  shipping_cost_ex_tax: amount.optional(),
  shipping_cost_inc_tax: amount.optional(),
  handling_cost_ex_tax: amount.optional(),
  handling_cost_inc_tax: amount.optional(),
  wrapping_cost_ex_tax: amount.optional(),
  wrapping_cost_inc_tax: amount.optional(),
  total_ex_tax: amount.optional(),
  total_inc_tax: amount.optional(),
});

/** A validated POST /v2/orders body. */
export type OrderPostInput = z.infer<typeof orderPostInput>;

/** The fields of order_Put the sandbox changes; others are read and left alone. */
export const orderPutInput = z.object({
  customer_id: z.number().int().min(0).optional(),
  status_id: z.number().int().min(0).max(14).optional(),
  customer_message: z.string().optional(),
  staff_notes: z.string().max(65535).optional(),
});

/** A v2 400, `[{status: 400, message}]` on the wire. */
export function badRequest(message: string): SandboxError {
  return new SandboxError(400, "Bad Request", message);
}

/**
 * Validates a v2 body with `schema`. Throws SandboxError 400 naming the first field at fault the
 * way BigCommerce words it ("The required field 'billing_address' was not supplied.",
 * "The field 'products.0.quantity' is invalid.").
 */
export function parseV2<T>(schema: z.ZodType<T>, value: unknown): T {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw badRequest("The request body must be a JSON object.");
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join(".") || "body";
  const missing = issue.code === "invalid_type" && issue.input === undefined;
  throw badRequest(
    missing
      ? `The required field '${field}' was not supplied.`
      : `The field '${field}' is invalid: ${issue.message}`,
  );
}
