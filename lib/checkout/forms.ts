// The shopper's form posts, validated at the edge. Nothing here trusts the browser:
// ids are checked against the checkout server-side, amounts never come from the client.
import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const required = (label: string, max = 255) => text(max).min(1, `Enter your ${label}.`);

export const addToCartForm = z.object({
  productId: z.coerce.number().int().positive(),
  variantId: z.coerce.number().int().positive({ error: "Choose an option." }),
  quantity: z.coerce.number().int().min(1, "Choose at least 1.").max(99, "Choose at most 99."),
});

export const removeFromCartForm = z.object({ itemId: z.string().uuid() });

export const quantityForm = z.object({
  itemId: z.string().uuid(),
  quantity: z.coerce.number().int().min(1, "Choose at least 1.").max(99, "Choose at most 99."),
});

export const couponForm = z.object({
  couponCode: z
    .string()
    .trim()
    .min(1, "Enter a coupon code.")
    .max(50, "Coupon codes have at most 50 characters.")
    .regex(/^[A-Za-z0-9_-]+$/, "Coupon codes use letters, digits, - and _ only."),
});

// The country, city, state and postal code are only read here (their lengths): whether the store
// accepts the country, and what the country's address needs, is checked against the store's
// geography and Google's address data by lib/checkout/addresses.ts, with messages as codes.
const addressForm = z
  .object({
    firstName: required("first name", 100),
    lastName: required("last name", 100),
    company: text(100).default(""),
    address1: required("street address"),
    address2: text(255).default(""),
    city: text(100).default(""),
    stateOrProvince: text(100).default(""),
    /** The state's abbreviation, filled in from the store's list (never posted). */
    stateOrProvinceCode: z.string().optional(),
    postalCode: text(20).default(""),
    countryCode: z.string().trim().toUpperCase(),
    phone: text(30)
      .regex(/^[0-9+()\-.\s]*$/, "Use digits, spaces and + ( ) - only.")
      .default(""),
  })
  // Anything else posted is dropped (zod's default, said here).
  .strip();
export type AddressForm = z.infer<typeof addressForm>;

/** The posted fields of one address (the billing copy's carry the prefix). */
export const ADDRESS_FIELDS = [
  "firstName",
  "lastName",
  "company",
  "address1",
  "address2",
  "city",
  "stateOrProvince",
  "postalCode",
  "countryCode",
  "phone",
] as const;

/** Billing inputs carry this prefix: billingFirstName, billingCity, … */
export const billingName = (field: string) => `billing${field[0].toUpperCase()}${field.slice(1)}`;

const detailsSchema = z.object({
  email: z
    .string()
    .trim()
    .max(255)
    .pipe(z.email({ error: "Enter a valid email address, like name@example.com." })),
  shipping: addressForm,
  billingSameAsShipping: z.boolean(),
  billing: addressForm.optional(),
  customerMessage: text(2000),
});
export type DetailsForm = z.infer<typeof detailsSchema>;

/** The flat form post → the nested details, as typed (for keeping a draft) and validated. */
export function readDetailsForm(fields: Record<string, string>) {
  const address = (name: (f: string) => string) =>
    Object.fromEntries(
      ADDRESS_FIELDS.map((f) => [f, (fields[name(f)] ?? "").slice(0, 255)]),
    ) as Record<(typeof ADDRESS_FIELDS)[number], string>;
  const billingSameAsShipping = fields.billingSameAsShipping === "on";
  const typed = {
    email: (fields.email ?? "").slice(0, 255),
    shipping: address((f) => f),
    billingSameAsShipping,
    billing: billingSameAsShipping ? undefined : address(billingName),
    customerMessage: (fields.customerMessage ?? "").slice(0, 2000),
  };
  const parsed = detailsSchema.safeParse(typed);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [group, field] = issue.path.map(String);
      const name = group === "billing" ? billingName(field) : group === "shipping" ? field : group;
      errors[name] ??= issue.message;
    }
  }
  return { typed, data: parsed.success ? parsed.data : null, errors };
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const shippingForm = z.object({
  shippingOptionId: z
    .string({ error: "Choose a shipping method." })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a shipping method."),
});

export const paymentForm = z.object({
  /**
   * The total the shopper saw, a plain decimal string ("70.20", at most 4 places, no sign or
   * exponent); only compared exactly with BigCommerce's grand_total (sameAmount), never charged.
   */
  expectedTotal: z
    .string({ error: "The order total is missing. Please reload the page." })
    .regex(/^\d{1,12}(\.\d{1,4})?$/, "The order total is missing. Please reload the page."),
  cardholderName: required("name as it appears on the card", 100),
  cardNumber: z
    .string()
    .transform((s) => s.replace(/[\s-]/g, ""))
    .refine((s) => /^\d{12,19}$/.test(s) && luhn(s), "Enter a valid card number."),
  cardExpiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})$/, "Enter the expiry date as MM/YY.")
    .transform((s) => {
      const [month, year] = s.split("/").map((p) => Number(p.trim()));
      return { month, year: year < 100 ? 2000 + year : year };
    }),
  cardCvv: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/, "Enter the 3- or 4-digit security code."),
});
export type PaymentForm = z.infer<typeof paymentForm>;

/**
 * FormData → plain object of its string fields (files are not accepted anywhere). A server action
 * can be called with any arguments a client encodes (`[]`, `[null]`, `[1]`), so anything that is
 * not a FormData has no fields, and the form's validation answers it like an empty form.
 */
export function formFields(formData: unknown): Record<string, string> {
  if (!(formData instanceof FormData)) return {};
  // Own properties only, defined rather than assigned: a field named `__proto__` is just a field.
  return Object.fromEntries(
    [...formData].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !entry[0].startsWith("$"),
    ),
  );
}

/** zod issues → { field: first message }, for showing next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
