// Postal codes checked against the country's pattern from Google's metadata (rules.ts).
import { postalCodePattern } from "./form";
import { countryRules } from "./rules";

/**
 * Why a value was refused, as a code for the translator (never English): "postalCode.required"
 * (empty where the country requires one) or "postalCode.invalid" (not the country's shape), with
 * an `example` of a valid code where Google gives one ("10115").
 */
export interface PostalCodeError {
  code: "postalCode.required" | "postalCode.invalid";
  example?: string;
}

/**
 * The outcome of validatePostalCode: `ok` with the value to send (trimmed, inner spaces
 * collapsed, upper case where the country has a pattern: "sw1a 2aa" → "SW1A 2AA"), or the error.
 */
export type PostalCodeCheck = { ok: true; value: string } | { ok: false; error: PostalCodeError };

/**
 * Checks `value` as a postal code of `countryCode` (ISO 3166-1 alpha-2, any case). Where the
 * country has no pattern (AE has no postal codes), any value passes as typed. Throws RangeError
 * for a country code that is not two letters.
 */
export async function validatePostalCode(
  countryCode: string,
  value: string,
): Promise<PostalCodeCheck> {
  const rules = await countryRules(countryCode);
  const typed = value.trim().replace(/\s+/g, " ");
  const example = rules.postalCodeExamples[0];
  const withExample = example ? { example } : {};
  if (!typed) {
    return rules.required.includes("Z")
      ? { ok: false, error: { code: "postalCode.required", ...withExample } }
      : { ok: true, value: "" };
  }
  const pattern = postalCodePattern(rules);
  if (!pattern) return { ok: true, value: typed };
  const normalised = typed.toUpperCase();
  return new RegExp(pattern).test(normalised)
    ? { ok: true, value: normalised }
    : { ok: false, error: { code: "postalCode.invalid", ...withExample } };
}
