// A whole address checked against its country's form (form.ts) and, where the store lists them,
// its states: field-coded errors for the translator, and the address as it should be sent.
import { addressForm } from "./form";
import { validatePostalCode } from "./postal-code";
import type { Address, StateName } from "./types";

/**
 * One refused field, as a code for the translator: "field.required" (a required field is
 * empty), "postalCode.required" / "postalCode.invalid" (with an `example` where Google gives one),
 * "region.required" / "region.unknown" (a state missing, or not in the store's list),
 * "country.invalid" (not a two-letter code).
 */
export interface AddressFieldError {
  field: keyof Address;
  code:
    | "field.required"
    | "postalCode.required"
    | "postalCode.invalid"
    | "region.required"
    | "region.unknown"
    | "country.invalid";
  example?: string;
}

/**
 * The outcome of validateAddress: `ok` with the address to send (fields trimmed, the postal code
 * normalised, the country code in capitals, and for a state of the store's list both its name and
 * abbreviation), or the errors in the form's field order.
 */
export type AddressCheck =
  { ok: true; address: Address } | { ok: false; errors: AddressFieldError[] };

/** Options of validateAddress. */
export interface ValidateAddressOptions {
  /**
   * The store's states for the address's country (lib/geography's `states(code)`); when not
   * empty, the state must be one of them, by name or abbreviation in any case.
   */
  states?: readonly StateName[];
}

/**
 * Checks `address` against its country's form: required fields, the postal code's pattern and,
 * given the store's states, the state. Never throws for bad input: a malformed country code is the
 * error "country.invalid".
 */
export async function validateAddress(
  address: Address,
  { states = [] }: ValidateAddressOptions = {},
): Promise<AddressCheck> {
  const trimmed = Object.fromEntries(
    Object.entries(address).map(([k, v]) => [k, v.trim()]),
  ) as unknown as Address;
  const country = trimmed.country_code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    return { ok: false, errors: [{ field: "country_code", code: "country.invalid" }] };
  }
  const form = await addressForm(country, { storeHasStates: states.length > 0 });
  const errors: AddressFieldError[] = [];
  const result: Address = { ...trimmed, country_code: country };
  for (const field of form.fields) {
    if (field.name === "postal_code") {
      const postal = await validatePostalCode(country, trimmed.postal_code);
      if (postal.ok) result.postal_code = postal.value;
      else errors.push({ field: "postal_code", ...postal.error });
    } else if (field.name === "state_or_province") {
      const problem = pickState(result, states, field.required);
      if (problem) errors.push({ field: "state_or_province", code: problem });
    } else if (field.required && !trimmed[field.name]) {
      errors.push({ field: field.name, code: "field.required" });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, address: result };
}

/** Sets `address`'s state from the store's list (name and abbreviation); the problem, if any. */
function pickState(
  address: Address,
  states: readonly StateName[],
  required: boolean,
): "region.required" | "region.unknown" | null {
  const typed = (address.state_or_province || address.state_or_province_code).toLowerCase();
  if (!typed) return required ? "region.required" : null;
  if (!states.length) return null;
  const state = states.find(
    (s) => s.name.toLowerCase() === typed || s.abbreviation.toLowerCase() === typed,
  );
  if (!state) return "region.unknown";
  address.state_or_province = state.name;
  address.state_or_province_code = state.abbreviation;
  return null;
}
