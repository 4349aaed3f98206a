// @vitest-environment jsdom
// The checkout's address form in each country's shape, and its refusals next to the field in the
// shopper's language, over the sandbox store's countries and states.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AddressFields } from "@/app/checkout/_components/address-fields";
import { addressFormView, addressProblemMessages } from "@/app/checkout/_lib/address-form";
import { checkDetailsAddresses, problemMessage } from "@/lib/checkout/addresses";
import { readDetailsForm } from "@/lib/checkout/forms";
import { localeContext, type Locale } from "@/lib/i18n";
import type { AddressDraft, CheckoutDraft } from "@/lib/session";
import { sandboxGeography } from "./support/geography";

afterEach(() => cleanup());

const reads = sandboxGeography();

const draft = (fields: Partial<AddressDraft>): AddressDraft => ({
  firstName: "Grete",
  lastName: "Weiß",
  company: "",
  address1: "Invalidenstraße 117",
  address2: "",
  city: "Berlin",
  stateOrProvince: "",
  postalCode: "10115",
  countryCode: "DE",
  phone: "",
  ...fields,
});

const details = (shipping: AddressDraft, billing?: AddressDraft): CheckoutDraft => ({
  email: "grete@example.com",
  shipping,
  billingSameAsShipping: !billing,
  billing,
  customerMessage: "",
});

/** The form for `values` as the shopper of `locale` sees it, rendered. */
async function renderForm(locale: Locale, values?: AddressDraft, errors = {}) {
  const form = await addressFormView(reads, localeContext(locale), values);
  render(
    <form>
      <AddressFields form={form} kind="shipping" values={values} errors={errors} />
    </form>,
  );
  return form;
}

/** The names of the rendered inputs and lists, top to bottom. */
const inputNames = () =>
  [...document.querySelectorAll("input, select")].map((e) => e.getAttribute("name"));

describe("the checkout's address form", () => {
  it("has no state in Germany: street, then postal code, then city, in German", async () => {
    await renderForm("de", draft({}));
    expect(inputNames()).toEqual([
      "countryCode",
      "firstName",
      "lastName",
      "company",
      "address1",
      "address2",
      "postalCode",
      "city",
      "phone",
    ]);
    expect(screen.getByLabelText("Land")).toHaveValue("DE");
    expect(screen.getByLabelText("Postleitzahl")).toHaveValue("10115");
    // The shape of a German postal code, from Google's examples.
    expect(screen.getByLabelText("Postleitzahl")).toHaveAttribute("placeholder", "z. B. 26133");
    expect(screen.getByLabelText("Stadt")).toBeRequired();
    expect(screen.queryByLabelText(/Bundesstaat|Provinz|Region/)).toBeNull();
  });

  it("asks a US address for a state from the store's list, and calls its postal code a ZIP code", async () => {
    const form = await renderForm("en");
    expect(form.countryCode).toBe("US");
    const state = screen.getByRole("combobox", { name: "State" });
    expect(within(state).getByRole("option", { name: "Texas" })).toHaveValue("Texas");
    expect(within(state).getAllByRole("option")).toHaveLength(66);
    expect(inputNames().slice(6, 9)).toEqual(["city", "stateOrProvince", "postalCode"]);
    expect(screen.getByLabelText("ZIP code")).toBeRequired();
    // A state given by its abbreviation is the list's.
    cleanup();
    await renderForm("en", draft({ countryCode: "US", stateOrProvince: "tx" }));
    expect(screen.getByRole("combobox", { name: "State" })).toHaveValue("Texas");
  });

  it("puts a Japanese address in Japan's order with its prefectures", async () => {
    await renderForm("fr", draft({ countryCode: "JP" }));
    expect(inputNames().slice(4, 9)).toEqual([
      "postalCode",
      "stateOrProvince",
      "city",
      "address1",
      "address2",
    ]);
    const prefecture = screen.getByRole("combobox", { name: "Préfecture" });
    expect(within(prefecture).getByRole("option", { name: "Tokyo" })).toBeInTheDocument();
  });

  it("offers exactly the store's countries, by name in the shopper's language and order", async () => {
    const form = await addressFormView(reads, localeContext("de"), undefined);
    // A German shopper starts in Germany.
    expect(form.countryCode).toBe("DE");
    const names = form.countries.map((c) => c.name);
    expect(names).toHaveLength(13);
    expect(names.slice(0, 4)).toEqual(["Australien", "Deutschland", "Frankreich", "Irland"]);
    expect(names).toContain("Vereinigte Arabische Emirate");
    const arabic = await addressFormView(reads, localeContext("ar"), undefined);
    expect(arabic.countryCode).toBe("AE");
    expect(arabic.countries.find((c) => c.code === "AE")?.name).toBe("الإمارات العربية المتحدة");
  });
});

describe("the checkout's address check", () => {
  it("refuses a postal code not of the country, next to the field, in the shopper's language", async () => {
    const { problems } = await checkDetailsAddresses(reads, details(draft({ postalCode: "ABC" })));
    expect(problems).toEqual([
      { field: "postalCode", code: "postalCode.invalid", kind: "postal", example: "26133" },
    ]);
    // lib says it as a code of the catalogue with its values; the page words it.
    expect(problemMessage(problems[0])).toEqual({
      code: "address.errors.postalCodeInvalid",
      values: { kind: "postal", hasExample: "yes", example: "26133" },
    });
    const errors = addressProblemMessages(localeContext("de").t, problems);
    expect(errors).toEqual({
      postalCode: "Geben Sie eine gültige Postleitzahl ein, z. B. 26133.",
    });
    await renderForm("de", draft({ postalCode: "ABC" }), errors);
    const field = screen.getByLabelText("Postleitzahl");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(
      "Geben Sie eine gültige Postleitzahl ein, z. B. 26133.",
    );
    expect(addressProblemMessages(localeContext("fr").t, problems).postalCode).toBe(
      "Saisissez un code postal valide, par exemple 26133.",
    );
  });

  it("asks for a state from the list where the store has the country's states", async () => {
    const us = (state: string) =>
      draft({ countryCode: "US", stateOrProvince: state, city: "Austin", postalCode: "78701" });
    const missing = await checkDetailsAddresses(reads, details(us("")));
    const en = localeContext("en").t;
    expect(addressProblemMessages(en, missing.problems)).toEqual({
      stateOrProvince: "Choose your state.",
    });
    const unknown = await checkDetailsAddresses(reads, details(us("Bavaria")));
    expect(addressProblemMessages(en, unknown.problems)).toEqual({
      stateOrProvince: "Choose a state from the list.",
    });
  });

  it("sends the state's name and abbreviation and the postal code in the country's form", async () => {
    const typed = details(
      draft({ countryCode: "us", stateOrProvince: "tx", city: "Austin", postalCode: "78701" }),
      draft({ countryCode: "GB", city: "London", postalCode: "sw1a 1aa" }),
    );
    const { problems, apply } = await checkDetailsAddresses(reads, typed);
    expect(problems).toEqual([]);
    const form = readDetailsForm({
      email: typed.email,
      ...typed.shipping,
      ...Object.fromEntries(
        Object.entries(typed.billing!).map(([k, v]) => [
          `billing${k[0].toUpperCase()}${k.slice(1)}`,
          v,
        ]),
      ),
    });
    const sent = apply(form.data!);
    expect(sent.shipping).toMatchObject({ stateOrProvince: "Texas", stateOrProvinceCode: "TX" });
    expect(sent.billing).toMatchObject({ postalCode: "SW1A 1AA", stateOrProvince: "" });
  });

  it("names each problem under the billing copy's own inputs, and a country the store does not list", async () => {
    const { problems } = await checkDetailsAddresses(
      reads,
      details(draft({}), draft({ countryCode: "BR", city: "" })),
    );
    expect(problems).toEqual([
      { field: "billingCountryCode", code: "country.unknown", kind: "country" },
    ]);
    const gb = await checkDetailsAddresses(
      reads,
      details(draft({}), draft({ countryCode: "GB", city: "", postalCode: "" })),
    );
    expect(addressProblemMessages(localeContext("en").t, gb.problems)).toEqual({
      billingCity: "Enter your town or city.",
      billingPostalCode: "Enter your postal code, for example EC1Y 8SY.",
    });
  });

  it("falls back to the country's own rules when the store's lists cannot be read", async () => {
    const down = new Error("BigCommerce is not answering");
    const unreadable = {
      countries: () => Promise.reject(down),
      states: () => Promise.reject(down),
      storeTimeZone: async () => "UTC",
    };
    const form = await addressFormView(unreadable, localeContext("en"), draft({}));
    expect(form.countries).toEqual([{ code: "DE", name: "Germany" }]);
    expect(form.inputs.map((i) => i.field)).not.toContain("stateOrProvince");
    // Google's rules still hold: a US address needs a state (free text) and a five-digit ZIP code.
    const us = draft({ countryCode: "US", city: "Austin", postalCode: "7870" });
    const { problems } = await checkDetailsAddresses(unreadable, details(us));
    expect(problems.map((p) => p.code)).toEqual(["region.required", "postalCode.invalid"]);
  });
});
