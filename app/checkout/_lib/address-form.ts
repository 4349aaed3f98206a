import "server-only";
import { countryName, type Address, type AddressFormField } from "@/lib/address";
import {
  checkoutAddressForm,
  problemMessage,
  storeCountries,
  type AddressProblem,
} from "@/lib/checkout/addresses";
import type { GeographyReads } from "@/lib/geography";
import type { LocaleContext, Translate } from "@/lib/i18n";
import { translate, type Message } from "@/lib/i18n/message";
import type { AddressDraft } from "@/lib/session";

// The checkout's address form for one country, in the shopper's words: the store's countries by
// name in the shopper's language, and the country's fields in its order with its own labels.

/** One input of the address form, labelled in the shopper's language. */
export interface AddressInputView {
  /** The AddressDraft field it fills ("postalCode"); the billing copy prefixes the input name. */
  field: Exclude<keyof AddressDraft, "countryCode">;
  label: string;
  required: boolean;
  /** The HTML autofill token without its section ("postal-code"). */
  autoComplete: string;
  /** A sample value in the shopper's words ("for example 26133": the postal code's shape), if any. */
  placeholder?: string;
  /** A list to pick from (the store's states: the name is posted), else a text input. */
  options: { name: string; abbreviation: string }[] | null;
}

/** What AddressFields renders for one address: everything already in the shopper's words. */
export interface AddressFormView {
  /** The country the form is shaped for (ISO alpha-2). */
  countryCode: string;
  /** The store's countries, sorted by name in the shopper's language. */
  countries: { code: string; name: string }[];
  inputs: AddressInputView[];
  labels: { country: string; optional: string; choose: string; update: string; saved: string };
  /** The address as the checkout has it saved, to print above the form; null when none is. */
  saved: Address | null;
  /** The shopper's BCP 47 tag, for the saved address's country name. */
  locale: string;
}

/** The AddressDraft field of each of lib/address's fields. */
const FIELDS = new Map<AddressFormField["name"], AddressInputView["field"]>([
  ["first_name", "firstName"],
  ["last_name", "lastName"],
  ["company", "company"],
  ["address1", "address1"],
  ["address2", "address2"],
  ["city", "city"],
  ["state_or_province", "stateOrProvince"],
  ["postal_code", "postalCode"],
  ["phone", "phone"],
]);

/**
 * The country to start a form with: the shopper's own choice, else `preferred` (the shipping
 * address's for the billing copy), else the locale's region (de-DE → DE), else the United States,
 * else the store's first, whichever the store lists.
 */
function startCountry(listed: string[], ...wanted: (string | undefined)[]): string {
  const found = wanted.map((c) => c?.trim().toUpperCase()).find((c) => c && listed.includes(c));
  return found ?? listed[0] ?? wanted.find(Boolean)?.toUpperCase() ?? "US";
}

/**
 * The address form for `values.countryCode` (or, when the shopper has not chosen, `preferred`,
 * the locale's country, the United States, the store's first), in the shopper's language, with
 * `saved` (the address the checkout has) to print.
 */
export async function addressFormView(
  reads: GeographyReads,
  { tag, t }: LocaleContext,
  values: AddressDraft | undefined,
  preferred?: string,
  saved?: AddressDraft,
): Promise<AddressFormView> {
  const stored = await storeCountries(reads);
  const region = new Intl.Locale(tag).region;
  const listed = stored.map((c) => c.code);
  const code = startCountry(listed, values?.countryCode, preferred, region, "US");
  const collator = new Intl.Collator(tag);
  const countries = stored
    .map((c) => ({ code: c.code, name: countryName(c.code, tag, c.name) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const { form, states } = await checkoutAddressForm(reads, code);
  const example = form.postalCode?.examples[0];
  const inputs = form.fields.flatMap((f): AddressInputView[] => {
    const field = FIELDS.get(f.name);
    if (!field) return [];
    const list = field === "stateOrProvince" && form.region?.fromStoreList;
    return [
      {
        field,
        label: labelOf(t, f, form),
        required: f.required,
        autoComplete: f.autocomplete,
        options: list ? states.map(({ name, abbreviation }) => ({ name, abbreviation })) : null,
        ...(f.name === "postal_code" && example
          ? { placeholder: t("address.postalCodeHint", { example }) }
          : {}),
      },
    ];
  });
  return {
    countryCode: form.countryCode,
    countries: countries.length ? countries : [{ code, name: countryName(code, tag) }],
    inputs,
    labels: {
      country: t("address.country"),
      optional: t("address.optional"),
      choose: t("address.choose"),
      update: t("address.update"),
      saved: t("address.saved"),
    },
    saved: saved ? await savedAddress(reads, saved) : null,
    locale: tag,
  };
}

/** A saved address in lib/address's shape, its state's abbreviation from the store's list. */
async function savedAddress(reads: GeographyReads, a: AddressDraft): Promise<Address> {
  const states = (await reads.states(a.countryCode).catch(() => null)) ?? [];
  const state = states.find((s) => s.name === a.stateOrProvince);
  return {
    first_name: a.firstName,
    last_name: a.lastName,
    company: a.company,
    address1: a.address1,
    address2: a.address2,
    city: a.city,
    state_or_province: a.stateOrProvince,
    state_or_province_code: state?.abbreviation ?? "",
    postal_code: a.postalCode,
    country_code: a.countryCode,
    phone: a.phone,
  };
}

/** A field's label in the shopper's language: what its country calls it. */
function labelOf(
  t: Translate,
  field: AddressFormField,
  form: Awaited<ReturnType<typeof checkoutAddressForm>>["form"],
): string {
  switch (field.name) {
    case "first_name":
      return t("address.firstName");
    case "last_name":
      return t("address.lastName");
    case "company":
      return t("address.company");
    case "address1":
      return t("address.address1");
    case "address2":
      return t("address.address2");
    case "phone":
      return t("address.phone");
    case "city":
      return t("address.locality", { kind: form.locality.kind });
    case "state_or_province":
      return t("address.region", { kind: form.region?.kind ?? "province" });
    case "postal_code":
      return t("address.postalCode", { kind: form.postalCode?.kind ?? "postal" });
  }
}

/** Each refused address field's message in the shopper's language, by input name. */
export function addressProblemMessages(
  t: Translate,
  problems: AddressProblem[],
): Record<string, string> {
  // The first problem of each field, worded the one way every message code is (translate).
  const messages = new Map<string, string>();
  for (const p of problems) {
    if (!messages.has(p.field)) messages.set(p.field, translate(t, problemMessage(p) as Message));
  }
  return Object.fromEntries(messages);
}
