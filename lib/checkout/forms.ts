// The shopper's form posts, validated at the edge. Nothing here trusts the browser:
// ids are checked against the checkout server-side, amounts never come from the client.
// Every message is a code of the catalogue (lib/i18n/messages): `fieldErrors` and
// `readDetailsForm` give them with their values ({ max: 100 }), and the page translates them.
import { z } from "zod";
import type { Message, MessageCode } from "@/lib/i18n/message";

/** A schema message: the catalogue code the page translates (zod carries it as the issue's message). */
const says = (code: MessageCode) => ({ error: code });

const text = (max: number) => z.string().trim().max(max, says("errors.tooLong"));
const required = (code: MessageCode, max = 255) => text(max).min(1, says(code));

/** A quantity of one line: a whole number from 1 to 99. */
const quantity = z.coerce
  .number(says("errors.quantity"))
  .int(says("errors.quantity"))
  .min(1, says("errors.quantityMin"))
  .max(99, says("errors.quantityMax"));

export const addToCartForm = z.object({
  productId: z.coerce.number().int().positive(),
  variantId: z.coerce
    .number(says("errors.chooseOption"))
    .int(says("errors.chooseOption"))
    .positive(says("errors.chooseOption")),
  quantity,
});

export const removeFromCartForm = z.object({ itemId: z.string().uuid() });

export const quantityForm = z.object({
  itemId: z.string().uuid(),
  quantity,
});

export const couponForm = z.object({
  couponCode: z
    .string()
    .trim()
    .min(1, says("errors.couponRequired"))
    .max(50, says("errors.couponTooLong"))
    .regex(/^[A-Za-z0-9_-]+$/, says("errors.couponCharacters")),
});

// The country, city, state and postal code are only read here (their lengths): whether the store
// accepts the country, and what the country's address needs, is checked against the store's
// geography and Google's address data by lib/checkout/addresses.ts, with messages as codes.
const addressForm = z
  .object({
    firstName: required("errors.firstName", 100),
    lastName: required("errors.lastName", 100),
    company: text(100).default(""),
    address1: required("errors.address1"),
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
    .max(255, says("errors.tooLong"))
    .pipe(z.email(says("errors.email"))),
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
  const errors: Record<string, Message> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [group, field] = issue.path.map(String);
      const name = group === "billing" ? billingName(field) : group === "shipping" ? field : group;
      errors[name] ??= issueMessage(issue);
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
    .string(says("errors.shippingMethod"))
    .regex(/^[A-Za-z0-9_-]{1,64}$/, says("errors.shippingMethod")),
});

export const paymentForm = z.object({
  /**
   * The total the shopper saw, a plain decimal string ("70.20", at most 4 places, no sign or
   * exponent); only compared exactly with BigCommerce's grand_total (sameAmount), never charged.
   */
  expectedTotal: z
    .string(says("errors.totalMissing"))
    .regex(/^\d{1,12}(\.\d{1,4})?$/, says("errors.totalMissing")),
  cardholderName: text(100).min(1, says("errors.cardholderName")),
  cardNumber: z
    .string(says("errors.cardNumber"))
    .transform((s) => s.replace(/[\s-]/g, ""))
    .refine((s) => /^\d{12,19}$/.test(s) && luhn(s), says("errors.cardNumber")),
  cardExpiry: z
    .string(says("errors.cardExpiry"))
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})$/, says("errors.cardExpiry"))
    .transform((s) => {
      const [month, year] = s.split("/").map((p) => Number(p.trim()));
      return { month, year: year < 100 ? 2000 + year : year };
    }),
  cardCvv: z
    .string(says("errors.cardCvv"))
    .trim()
    .regex(/^\d{3,4}$/, says("errors.cardCvv")),
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

/**
 * An issue's message with the limit it names: `{ code: "errors.tooLong", values: { max: 100 } }`.
 * The code is the schema's message (a catalogue code in these forms).
 */
function issueMessage(issue: z.core.$ZodIssue): Message {
  const values: Record<string, number> = {};
  if (issue.code === "too_big") values.max = Number(issue.maximum);
  if (issue.code === "too_small") values.min = Number(issue.minimum);
  const code = issue.message as MessageCode;
  return Object.keys(values).length > 0 ? { code, values } : { code };
}

/** zod issues → { field: first message }, for showing next to each field (translated there). */
export function fieldErrors(error: z.ZodError): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issueMessage(issue);
  }
  return out;
}
