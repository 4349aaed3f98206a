// What the sandbox store accepts in a checkout address, as BigCommerce judges it against its own
// geography (docs/bigcommerce.md §18.5): a country it lists, and where that country has states, one
// of them, named or abbreviated. Anything else is a 422 in the v3 validation shape.
import { SandboxError } from "./errors";
import { countryByCode, statesOf } from "./geography";
import type { Address } from "./state";

/** The parts of an address the rules read. */
type Placed = Pick<Address, "country_code" | "state_or_province" | "state_or_province_code">;

const refused = (field: string, message: string) =>
  new SandboxError(422, "Invalid input", "The address is not valid for this store.", undefined, {
    [field]: message,
  });

/**
 * Checks `address` (billing or a consignment's) against the store's countries and states.
 * `prefix` names the field path in the error ("address." for a consignment). Throws SandboxError
 * 422 with `errors` `{ "<prefix>country_code": … }` for a country the store does not list, and
 * `{ "<prefix>state_or_province": … }` for a missing state where the country has states or a
 * state not in its list; a code and a name that name different states are refused too.
 */
export function checkAddress(address: Placed, prefix = ""): void {
  const country = countryByCode(address.country_code);
  if (!country) throw refused(`${prefix}country_code`, "The country is not available.");
  const states = statesOf(country);
  if (!states.length) return;
  const name = address.state_or_province.trim().toLowerCase();
  const code = address.state_or_province_code.trim().toLowerCase();
  if (!name && !code) {
    throw refused(`${prefix}state_or_province`, "A state or province is required.");
  }
  const byName = name
    ? states.find((s) => s.name.toLowerCase() === name || s.abbreviation.toLowerCase() === name)
    : undefined;
  const byCode = code ? states.find((s) => s.abbreviation.toLowerCase() === code) : undefined;
  if ((name && !byName) || (code && !byCode) || (byName && byCode && byName !== byCode)) {
    throw refused(`${prefix}state_or_province`, "The state or province is not valid.");
  }
}
