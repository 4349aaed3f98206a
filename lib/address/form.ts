// The address form for one country: which of BigCommerce's address fields it shows, in which
// order, which are required, and what the country calls its state, city and postal code. The
// order and rules are Google's (rules.ts); the fields are BigCommerce's checkout address fields.
import { countryRules, type CountryRules } from "./rules";
import type { AddressFieldName } from "./types";

/** What a country calls its first-level subdivision, as Google names it. */
export type RegionKind =
  | "area"
  | "county"
  | "department"
  | "district"
  | "do_si"
  | "emirate"
  | "island"
  | "oblast"
  | "parish"
  | "prefecture"
  | "province"
  | "region"
  | "state";

/** What a country calls its postal code: "zip" (US), "postal" (most), "eircode" (IE), "pin" (IN). */
export type PostalCodeKind = "eircode" | "pin" | "postal" | "zip";

/** What a country calls its city: "city", "post_town" (GB), "suburb" (AU), "district". */
export type LocalityKind = "city" | "district" | "post_town" | "suburb";

/**
 * One field of the form. `label` is a message code for the translator, not English:
 * "address.firstName", "address.lastName", "address.company", "address.address1",
 * "address.address2", "address.phone", `locality.${LocalityKind}`, `region.${RegionKind}`,
 * `postalCode.${PostalCodeKind}`. `autocomplete` is the HTML autofill token.
 */
export interface AddressFormField {
  name: AddressFieldName;
  required: boolean;
  label: string;
  autocomplete: string;
}

/**
 * A country's address form. `fields` in the order to show them (the recipient first, then the
 * country's own order, the phone last). `region` is null where the form has no state field,
 * else its kind, whether it is required, and `fromStoreList` when the shopper picks it from the
 * store's list (BigCommerce lists states for the country). `postalCode` is null where the country
 * has none (AE), else its kind, whether it is required, `pattern` (an anchored RegExp source, or
 * null when any value goes) and up to two `examples`.
 */
export interface AddressFormShape {
  countryCode: string;
  fields: AddressFormField[];
  region: { kind: RegionKind; required: boolean; fromStoreList: boolean } | null;
  postalCode: {
    kind: PostalCodeKind;
    required: boolean;
    pattern: string | null;
    examples: string[];
  } | null;
  locality: { kind: LocalityKind; required: boolean };
}

/** Options of addressForm. */
export interface AddressFormOptions {
  /**
   * Whether the store lists states for this country (BigCommerce's getCountryStates, through
   * lib/geography): then the state is required and picked from that list, whatever Google says.
   * When false the state is free text where Google's format has one; when left out, Google alone
   * decides.
   */
  storeHasStates?: boolean;
}

const REGION_KINDS = new Set<string>([
  "area",
  "county",
  "department",
  "district",
  "do_si",
  "emirate",
  "island",
  "oblast",
  "parish",
  "prefecture",
  "province",
  "region",
  "state",
]);
const POSTAL_CODE_KINDS = new Set<string>(["eircode", "pin", "postal", "zip"]);
const LOCALITY_KINDS = new Set<string>(["city", "district", "post_town", "suburb"]);

const kindOf = <K extends string>(kinds: Set<string>, value: string, fallback: K): K =>
  (kinds.has(value) ? value : fallback) as K;

/** The anchored pattern for a country's postal codes, or null when any value goes. */
export function postalCodePattern(rules: CountryRules): string | null {
  return rules.postalCode ? `^(?:${rules.postalCode})$` : null;
}

/** The format's field letters in order ("%N%n%O%n%A%n%Z %C" → ["N","O","A","Z","C"]). */
function letters(format: string): string[] {
  return [...format.matchAll(/%([ACDNOSXZ])/g)].map((m) => m[1]);
}

/**
 * The form for `countryCode` (ISO 3166-1 alpha-2, any case). A country Google has no data for
 * gets its worldwide defaults (street and city required). Throws RangeError for a string that is
 * not two letters. Example: DE → name, company, street lines, postal code, city, phone; no state.
 */
export async function addressForm(
  countryCode: string,
  options: AddressFormOptions = {},
): Promise<AddressFormShape> {
  const rules = await countryRules(countryCode);
  const order = letters(rules.format);
  const needs = (letter: string) => rules.required.includes(letter);
  const locality = {
    kind: kindOf<LocalityKind>(LOCALITY_KINDS, rules.localityKind, "city"),
    required: order.includes("C"),
  };
  const hasRegion = options.storeHasStates === true || order.includes("S");
  const region = hasRegion
    ? {
        kind: kindOf<RegionKind>(REGION_KINDS, rules.stateKind, "province"),
        required: options.storeHasStates === true || needs("S"),
        fromStoreList: options.storeHasStates === true,
      }
    : null;
  const postalCode = order.includes("Z")
    ? {
        kind: kindOf<PostalCodeKind>(POSTAL_CODE_KINDS, rules.postalCodeKind, "postal"),
        required: needs("Z"),
        pattern: postalCodePattern(rules),
        examples: rules.postalCodeExamples.slice(0, 2),
      }
    : null;
  return {
    countryCode: rules.countryCode,
    fields: fieldsInOrder(order, { locality, region, postalCode }),
    region,
    postalCode,
    locality,
  };
}

type Parts = Pick<AddressFormShape, "locality" | "region" | "postalCode">;

function fieldsInOrder(order: string[], parts: Parts): AddressFormField[] {
  const field = (name: AddressFieldName, required: boolean, label: string, autocomplete: string) =>
    ({ name, required, label, autocomplete }) satisfies AddressFormField;
  const byLetter = new Map<string, AddressFormField[]>([
    [
      "A",
      [
        field("address1", true, "address.address1", "address-line1"),
        field("address2", false, "address.address2", "address-line2"),
      ],
    ],
    [
      "C",
      [field("city", parts.locality.required, `locality.${parts.locality.kind}`, "address-level2")],
    ],
  ]);
  if (parts.region) {
    const { kind, required } = parts.region;
    byLetter.set("S", [field("state_or_province", required, `region.${kind}`, "address-level1")]);
  }
  if (parts.postalCode) {
    const { kind, required } = parts.postalCode;
    byLetter.set("Z", [field("postal_code", required, `postalCode.${kind}`, "postal-code")]);
  }
  // Where Google folds the city into the street lines (JP, AE), BigCommerce still has a city
  // field: it follows the state where the state comes first (JP), else the street lines.
  let place = order.filter((l) => byLetter.has(l) && l !== "N" && l !== "O");
  if (!place.includes("C")) {
    const after = place.indexOf("S") !== -1 && place.indexOf("S") < place.indexOf("A") ? "S" : "A";
    place = place.flatMap((l) => (l === after ? [l, "C"] : [l]));
  }
  if (parts.region && !place.includes("S")) place.push("S");
  return [
    field("first_name", true, "address.firstName", "given-name"),
    field("last_name", true, "address.lastName", "family-name"),
    field("company", false, "address.company", "organization"),
    ...[...new Set(place)].flatMap((l) => byLetter.get(l) ?? []),
    field("phone", false, "address.phone", "tel"),
  ];
}
