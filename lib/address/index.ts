// Addresses in each country's shape, for the server and the browser alike (no server-only code):
// the form a country's address takes (which fields, in which order, which are required, what its
// state and postal code are called), its postal codes, and how it is printed. Built on Google's
// libaddressinput metadata as npm packages ship it (README, "Addresses"), never on tables of our
// own; messages are codes for the translator.

export { addressForm } from "./form";
export type {
  AddressFormField,
  AddressFormOptions,
  AddressFormShape,
  LocalityKind,
  PostalCodeKind,
  RegionKind,
} from "./form";
export { countryName } from "./country-name";
export { formatAddress, type FormatAddressOptions } from "./format";
export { validatePostalCode, type PostalCodeCheck, type PostalCodeError } from "./postal-code";
export { fromOrderAddress } from "./types";
export {
  validateAddress,
  type AddressCheck,
  type AddressFieldError,
  type ValidateAddressOptions,
} from "./validate";
export type { Address, AddressFieldName, OrderAddressV2, StateName } from "./types";
