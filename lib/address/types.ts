// The address shape of lib/address: BigCommerce's v3 checkout address fields, and an adapter
// from the v2 order addresses the confirmation page reads (docs/bigcommerce.md §9.1, §9.3).

/**
 * An address as BigCommerce's v3 checkout writes it. `country_code` is ISO 3166-1 alpha-2;
 * `state_or_province` the state's name or what the shopper typed, `state_or_province_code` its
 * abbreviation where known ("TX"), else "". Every field is a string, "" when empty.
 */
export interface Address {
  first_name: string;
  last_name: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  state_or_province: string;
  state_or_province_code: string;
  postal_code: string;
  country_code: string;
  phone: string;
}

/** A field of Address that an address form shows (the country is chosen apart). */
export type AddressFieldName = Exclude<keyof Address, "country_code" | "state_or_province_code">;

/**
 * The address fields of a v2 order's billing address or shipping address (getOrder,
 * getOrderShippingAddresses): `street_1`, `street_2`, `zip`, `state` (a name, "Texas") and
 * `country_iso2`. Missing fields read as "".
 */
export interface OrderAddressV2 {
  first_name?: string;
  last_name?: string;
  company?: string;
  street_1?: string;
  street_2?: string;
  city?: string;
  state?: string;
  zip?: string;
  country_iso2?: string;
  phone?: string;
}

/** A state of the store's list, as lib/geography gives it: name and abbreviation. */
export interface StateName {
  name: string;
  abbreviation: string;
}

/**
 * A v2 order address in the v3 shape. v2 keeps only the state's name; given the store's states
 * for the country (lib/geography), the abbreviation is found by name (any case) and filled in.
 */
export function fromOrderAddress(
  order: OrderAddressV2,
  states: readonly StateName[] = [],
): Address {
  const state = order.state ?? "";
  const known = states.find((s) => s.name.toLowerCase() === state.toLowerCase());
  return {
    first_name: order.first_name ?? "",
    last_name: order.last_name ?? "",
    company: order.company ?? "",
    address1: order.street_1 ?? "",
    address2: order.street_2 ?? "",
    city: order.city ?? "",
    state_or_province: state,
    state_or_province_code: state && known ? known.abbreviation : "",
    postal_code: order.zip ?? "",
    country_code: (order.country_iso2 ?? "").toUpperCase(),
    phone: order.phone ?? "",
  };
}
