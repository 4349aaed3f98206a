import "server-only";
import {
  addressForm,
  validateAddress,
  type Address,
  type AddressFormShape,
  type LocalityKind,
  type PostalCodeKind,
  type RegionKind,
} from "@/lib/address";
import { storeAddressForm, type GeographyReads, type GeographyState } from "@/lib/geography";
import { logEvent } from "@/lib/log";
import type { AddressDraft, CheckoutDraft } from "@/lib/session";
import { billingName, type AddressForm, type DetailsForm } from "./forms";

// The checkout's addresses against what the store accepts (its countries and states, read through
// lib/geography) and what each country's address needs (Google's data, through lib/address): the
// form to show for a country, and the city, state, postal code and country checked as message
// codes for the page to translate. The names, street and phone are checked by forms.ts.

/**
 * The address form for `countryCode` in this store: Google's shape for the country, with the
 * store's states as a list where it has any. `known` is false when the store does not list the
 * country or its lists cannot be read (nothing kept and BigCommerce not answering): the form is
 * then Google's alone, with no list of states.
 */
export async function checkoutAddressForm(
  reads: GeographyReads,
  countryCode: string,
): Promise<{ form: AddressFormShape; states: GeographyState[]; known: boolean }> {
  const code = /^[A-Za-z]{2}$/.test(countryCode.trim()) ? countryCode.trim() : "US";
  const stored = await storeAddressForm(reads, code).catch((error: unknown) => {
    logEvent("checkout.geography_unavailable", { error: String(error) }, "warn");
    return null;
  });
  if (stored) return { ...stored, known: true };
  return { form: await addressForm(code), states: [], known: false };
}

/**
 * The countries the store accepts, or [] when they cannot be read (nothing kept and BigCommerce
 * not answering).
 */
export async function storeCountries(reads: GeographyReads) {
  return reads.countries().catch((error: unknown) => {
    logEvent("checkout.geography_unavailable", { error: String(error) }, "warn");
    return [];
  });
}

/**
 * One refused address field, as a message code for the translator: `field` is the form's input
 * name ("postalCode", "billingStateOrProvince"); `code` one of "locality.required",
 * "postalCode.required", "postalCode.invalid" (with `example`), "region.required",
 * "region.unknown", "country.unknown"; `kind` what the country calls the field ("zip", "state",
 * "post_town"…), for the message's wording.
 */
export interface AddressProblem {
  field: string;
  code:
    | "locality.required"
    | "postalCode.required"
    | "postalCode.invalid"
    | "region.required"
    | "region.unknown"
    | "country.unknown";
  kind: LocalityKind | PostalCodeKind | RegionKind | "country";
  example?: string;
}

/** The fields of AddressDraft that this module checks, by lib/address's field name. */
const CHECKED = new Map<keyof Address, keyof AddressDraft>([
  ["city", "city"],
  ["state_or_province", "stateOrProvince"],
  ["postal_code", "postalCode"],
  ["country_code", "countryCode"],
]);

const toAddress = (a: AddressDraft): Address => ({
  first_name: a.firstName,
  last_name: a.lastName,
  company: a.company,
  address1: a.address1,
  address2: a.address2,
  city: a.city,
  state_or_province: a.stateOrProvince,
  state_or_province_code: "",
  postal_code: a.postalCode,
  country_code: a.countryCode,
  phone: a.phone,
});

/** The checked parts of one address: its problems, or what to send (state name and code). */
type Checked =
  | { ok: true; fix: Pick<AddressForm, "stateOrProvince" | "stateOrProvinceCode" | "postalCode"> }
  | { ok: false; problems: AddressProblem[] };

async function checkOne(
  reads: GeographyReads,
  draft: AddressDraft,
  name: (field: string) => string,
): Promise<Checked> {
  const countries = await storeCountries(reads);
  const country = draft.countryCode.trim().toUpperCase();
  // With no list to go by (BigCommerce not answering), the country is left to BigCommerce.
  if (countries.length ? !countries.some((c) => c.code === country) : !/^[A-Z]{2}$/.test(country)) {
    return {
      ok: false,
      problems: [{ field: name("countryCode"), code: "country.unknown", kind: "country" }],
    };
  }
  const { form, states } = await checkoutAddressForm(reads, country);
  const check = await validateAddress(toAddress(draft), { states });
  if (check.ok) {
    const { state_or_province, state_or_province_code, postal_code } = check.address;
    return {
      ok: true,
      fix: {
        stateOrProvince: state_or_province,
        stateOrProvinceCode: state_or_province_code,
        postalCode: postal_code,
      },
    };
  }
  const problems = check.errors.flatMap((e): AddressProblem[] => {
    const field = CHECKED.get(e.field);
    if (!field) return [];
    const at = name(field);
    if (e.code === "postalCode.required" || e.code === "postalCode.invalid") {
      const kind = form.postalCode?.kind ?? "postal";
      return [{ field: at, code: e.code, kind, ...(e.example ? { example: e.example } : {}) }];
    }
    if (e.code === "region.required" || e.code === "region.unknown") {
      return [{ field: at, code: e.code, kind: form.region?.kind ?? "province" }];
    }
    if (e.code === "field.required" && e.field === "city") {
      return [{ field: at, code: "locality.required", kind: form.locality.kind }];
    }
    return [{ field: at, code: "country.unknown", kind: "country" }];
  });
  if (problems.length) return { ok: false, problems };
  // Only fields forms.ts checks were refused (it says so): these parts go as typed.
  const fix = { stateOrProvince: draft.stateOrProvince, stateOrProvinceCode: "" };
  return { ok: true, fix: { ...fix, postalCode: draft.postalCode } };
}

/**
 * Checks the details' addresses (the shipping one, and the billing one when it is not the same)
 * as typed. Resolves to the problems, by input name in the form's order, and `apply`, which gives
 * the validated details the states' names and abbreviations and the normalised postal codes to
 * send. Never rejects for a BigCommerce outage: the store's lists then go unchecked.
 */
export async function checkDetailsAddresses(
  reads: GeographyReads,
  typed: CheckoutDraft,
): Promise<{ problems: AddressProblem[]; apply: (details: DetailsForm) => DetailsForm }> {
  const shipping = await checkOne(reads, typed.shipping, (f) => f);
  const billing = typed.billing ? await checkOne(reads, typed.billing, billingName) : null;
  const problems = [shipping, billing].flatMap((c) => (c && !c.ok ? c.problems : []));
  const apply = (details: DetailsForm): DetailsForm => ({
    ...details,
    shipping: shipping.ok ? { ...details.shipping, ...shipping.fix } : details.shipping,
    billing:
      details.billing && billing?.ok ? { ...details.billing, ...billing.fix } : details.billing,
  });
  return { problems, apply };
}

/** The catalogue key of each problem's message (lib/i18n/messages, namespace `address`). */
const MESSAGE_CODES = {
  "locality.required": "address.errors.localityRequired",
  "postalCode.required": "address.errors.postalCodeRequired",
  "postalCode.invalid": "address.errors.postalCodeInvalid",
  "region.required": "address.errors.regionRequired",
  "region.unknown": "address.errors.regionUnknown",
  "country.unknown": "address.errors.countryUnknown",
} as const satisfies Record<AddressProblem["code"], string>;

/**
 * A problem as the message the edge translates: its catalogue code and values, e.g.
 * `{ code: "address.errors.postalCodeInvalid", values: { kind: "postal", hasExample: "yes",
 * example: "26133" } }` ("Enter a valid postal code, for example 26133.").
 */
export function problemMessage(problem: AddressProblem): {
  code: (typeof MESSAGE_CODES)[AddressProblem["code"]];
  values: Record<string, string>;
} {
  const example = problem.example ?? "";
  return {
    code: MESSAGE_CODES[problem.code],
    values: { kind: problem.kind, hasExample: example ? "yes" : "no", example },
  };
}
