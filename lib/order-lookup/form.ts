import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";

// The order lookup's form (order number, the order's email, its billing postal code), and how a
// lookup's details are compared with the order's. Pure: no I/O.

/**
 * Why a field was refused, as a message code of the catalogues' `lookup.field` messages: the edge
 * words it in the shopper's language, next to the field.
 */
export const LOOKUP_FIELD_CODES = [
  "lookup.field.orderNumber",
  "lookup.field.email",
  "lookup.field.postalCode",
] as const;

/** A field's message code: one of LOOKUP_FIELD_CODES. */
export type LookupFieldCode = (typeof LOOKUP_FIELD_CODES)[number];

const fieldCodes: ReadonlySet<string> = new Set(LOOKUP_FIELD_CODES);

/** True when `code` (a zod issue's message from lookupForm) is one of LOOKUP_FIELD_CODES. */
export function isLookupFieldCode(code: string): code is LookupFieldCode {
  return fieldCodes.has(code);
}

const text = (code: LookupFieldCode) => z.string({ error: code }).trim();

/**
 * The lookup form. `orderNumber`: 1 to 2147483647, an optional leading "#" and spaces allowed;
 * `email`: an address of at most 255 characters; `postalCode`: 1 to 20 letters, digits, spaces
 * and hyphens (any country's shape). Every issue's message is a LookupFieldCode.
 */
export const lookupForm = z.object({
  orderNumber: text("lookup.field.orderNumber")
    .transform((s) => s.replace(/^#\s*/, ""))
    .pipe(
      z
        .string()
        .regex(/^[1-9]\d{0,9}$/, "lookup.field.orderNumber" satisfies LookupFieldCode)
        .transform(Number)
        .refine((n) => n <= 2_147_483_647, "lookup.field.orderNumber" satisfies LookupFieldCode),
    ),
  email: text("lookup.field.email")
    .max(255, "lookup.field.email" satisfies LookupFieldCode)
    .pipe(z.email({ error: "lookup.field.email" satisfies LookupFieldCode })),
  postalCode: text("lookup.field.postalCode").regex(
    /^[\p{L}\p{N}][\p{L}\p{N} -]{0,19}$/u,
    "lookup.field.postalCode" satisfies LookupFieldCode,
  ),
});

/** A well-formed lookup: the order's id, and the email and postal code as typed. */
export type LookupInput = z.infer<typeof lookupForm>;

/** An email address compared case-insensitively (the whole address: stores keep it as typed). */
export const normalEmail = (email: string) => email.trim().toLowerCase();

/** A postal code compared without case, spaces or hyphens ("sw1a 1aa" is "SW1A1AA", "12345-6789" is "123456789"). */
export const normalPostalCode = (code: string) =>
  code.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** `a === b` in time that does not depend on where they differ (equal-length digests). */
function sameText(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Whether the typed email and postal code are the order's billing email and postal code, each
 * normalised (normalEmail, normalPostalCode) and compared in constant time; both are always
 * compared, so the time does not say which one differed. An order without a billing email or
 * postal code never matches.
 */
export function detailsMatch(
  typed: { email: string; postalCode: string },
  billing: { email?: string | null; zip?: string | null },
): boolean {
  const email = normalEmail(billing.email ?? "");
  const zip = normalPostalCode(billing.zip ?? "");
  const emailMatches = sameText(normalEmail(typed.email), email);
  const zipMatches = sameText(normalPostalCode(typed.postalCode), zip);
  return emailMatches && zipMatches && email !== "" && zip !== "";
}
