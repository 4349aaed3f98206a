// lib/address: every country's form, postal codes and printed lines, from Google's metadata.
import { describe, expect, it } from "vitest";
import {
  addressForm,
  formatAddress,
  fromOrderAddress,
  validatePostalCode,
  type Address,
} from "@/lib/address";

const blank: Address = {
  first_name: "Jane",
  last_name: "Doe",
  company: "",
  address1: "",
  address2: "",
  city: "",
  state_or_province: "",
  state_or_province_code: "",
  postal_code: "",
  country_code: "",
  phone: "",
};
const at = (fields: Partial<Address>): Address => ({ ...blank, ...fields });

describe("formatAddress", () => {
  const cases: [string, Partial<Address>, string[]][] = [
    [
      "US",
      {
        address1: "100 Congress Ave",
        city: "Austin",
        state_or_province: "Texas",
        state_or_province_code: "TX",
        postal_code: "78701",
      },
      ["Jane Doe", "100 Congress Ave", "Austin, TX 78701"],
    ],
    [
      "CA",
      {
        address1: "111 Wellington St",
        city: "Ottawa",
        state_or_province: "Ontario",
        state_or_province_code: "ON",
        postal_code: "K1A 0A9",
      },
      ["Jane Doe", "111 Wellington St", "Ottawa ON K1A 0A9"],
    ],
    [
      "GB",
      {
        address1: "10 Downing Street",
        city: "London",
        state_or_province: "England",
        postal_code: "SW1A 2AA",
      },
      ["Jane Doe", "10 Downing Street", "London", "SW1A 2AA"],
    ],
    [
      "DE",
      {
        address1: "Invalidenstraße 117",
        city: "Berlin",
        state_or_province: "Berlin",
        postal_code: "10115",
      },
      ["Jane Doe", "Invalidenstraße 117", "10115 Berlin"],
    ],
    [
      "FR",
      { company: "Acme", address1: "99 rue de Rivoli", city: "Paris", postal_code: "75001" },
      ["Acme", "Jane Doe", "99 rue de Rivoli", "75001 Paris"],
    ],
    [
      "JP",
      {
        address1: "1-1 Chiyoda",
        city: "Chiyoda-ku",
        state_or_province: "Tokyo",
        state_or_province_code: "13",
        postal_code: "100-0001",
      },
      ["〒100-0001", "Tokyo", "Chiyoda-ku", "1-1 Chiyoda", "Jane Doe"],
    ],
    [
      "AE",
      {
        address1: "Sheikh Zayed Road 1",
        city: "Dubai",
        state_or_province: "Dubai",
        state_or_province_code: "DU",
      },
      ["Jane Doe", "Sheikh Zayed Road 1", "Dubai"],
    ],
    [
      "AE",
      { address1: "Corniche Road", city: "Al Ain", state_or_province: "Abu Dhabi" },
      ["Jane Doe", "Corniche Road", "Al Ain", "Abu Dhabi"],
    ],
    [
      "AU",
      {
        address1: "1 George St",
        city: "Sydney",
        state_or_province: "New South Wales",
        state_or_province_code: "NSW",
        postal_code: "2000",
      },
      ["Jane Doe", "1 George St", "Sydney NSW 2000"],
    ],
    [
      "NL",
      { address1: "Damrak 1", city: "Amsterdam", postal_code: "1012 LG" },
      ["Jane Doe", "Damrak 1", "1012 LG Amsterdam"],
    ],
  ];
  it.each(cases)("prints a %s address in its country's order", (country, fields, lines) => {
    expect(formatAddress(at({ ...fields, country_code: country }))).toEqual(lines);
  });

  it("prints the state's name where no abbreviation is known, and leaves out empty parts", () => {
    const us = at({
      address1: "1 Main St",
      city: "Austin",
      state_or_province: "Texas",
      postal_code: "78701",
      country_code: "US",
    });
    expect(formatAddress(us)).toEqual(["Jane Doe", "1 Main St", "Austin, Texas 78701"]);
    expect(formatAddress({ ...us, postal_code: "", state_or_province: "" })).toEqual([
      "Jane Doe",
      "1 Main St",
      "Austin",
    ]);
  });

  it("takes a Latin order, no recipient and a country name on request", () => {
    const jp = at({
      address1: "1-1 Chiyoda",
      city: "Chiyoda-ku",
      state_or_province: "Tokyo",
      postal_code: "100-0001",
      country_code: "JP",
    });
    expect(
      formatAddress(jp, { script: "latin", withoutRecipient: true, countryName: "Japan" }),
    ).toEqual(["1-1 Chiyoda", "Chiyoda-ku, Tokyo", "100-0001", "Japan"]);
  });

  it("prints an unknown or malformed country in the worldwide default order", () => {
    const odd = at({
      address1: "1 Road",
      city: "Town",
      postal_code: "123",
      country_code: "constructor",
    });
    expect(formatAddress(odd)).toEqual(["Jane Doe", "1 Road", "Town"]);
  });

  it("reads a v2 order address, finding the abbreviation in the store's states", () => {
    const address = fromOrderAddress(
      {
        first_name: "Jane",
        last_name: "Doe",
        street_1: "100 Congress Ave",
        city: "Austin",
        state: "Texas",
        zip: "78701",
        country_iso2: "US",
      },
      [{ name: "Texas", abbreviation: "TX" }],
    );
    expect(address.state_or_province_code).toBe("TX");
    expect(formatAddress(address)).toEqual(["Jane Doe", "100 Congress Ave", "Austin, TX 78701"]);
  });
});

describe("validatePostalCode", () => {
  const cases: [string, string, string | null][] = [
    ["US", "78701", "78701"],
    ["US", "78701-1234", "78701-1234"],
    ["CA", "k1a 0a9", "K1A 0A9"],
    ["GB", " sw1a  2aa ", "SW1A 2AA"],
    ["DE", "10115", "10115"],
    ["FR", "75001", "75001"],
    ["JP", "100-0001", "100-0001"],
    ["AU", "2000", "2000"],
    ["NL", "1012 LG", "1012 LG"],
  ];
  it.each(cases)("accepts a %s postal code %j", async (country, value, normalised) => {
    expect(await validatePostalCode(country, value)).toEqual({ ok: true, value: normalised });
  });

  const wrong: [string, string, string][] = [
    ["US", "ABC", "95014"],
    ["US", "7870", "95014"],
    ["CA", "12345", "H3Z 2Y7"],
    ["GB", "10115", "EC1Y 8SY"],
    ["GB", "XX SW1A 2AA", "EC1Y 8SY"],
    ["DE", "1011", "26133"],
    ["FR", "7500", "33380"],
    ["JP", "1000001X", "154-0023"],
    ["AU", "20000", "2060"],
  ];
  it.each(wrong)("refuses %s %j with an example", async (country, value, example) => {
    expect(await validatePostalCode(country, value)).toEqual({
      ok: false,
      error: { code: "postalCode.invalid", example },
    });
  });

  it("asks for a postal code only where the country requires one", async () => {
    expect(await validatePostalCode("de", "")).toEqual({
      ok: false,
      error: { code: "postalCode.required", example: "26133" },
    });
    expect(await validatePostalCode("AE", "")).toEqual({ ok: true, value: "" });
  });

  it("refuses a malformed country code", async () => {
    await expect(validatePostalCode("USA", "78701")).rejects.toBeInstanceOf(RangeError);
    await expect(validatePostalCode("__", "1")).rejects.toBeInstanceOf(RangeError);
  });
});

describe("addressForm", () => {
  const names = async (country: string, storeHasStates?: boolean) =>
    (await addressForm(country, { storeHasStates })).fields.map((f) => f.name);

  it("has Germany's street, postal code, city and no state", async () => {
    const de = await addressForm("DE");
    expect(de.fields.map((f) => f.name)).toEqual([
      "first_name",
      "last_name",
      "company",
      "address1",
      "address2",
      "postal_code",
      "city",
      "phone",
    ]);
    expect(de.region).toBeNull();
    expect(de.postalCode).toMatchObject({
      kind: "postal",
      required: true,
      pattern: "^(?:\\d{5})$",
    });
  });

  it("requires a US state from the store's list and calls the postal code a ZIP code", async () => {
    const us = await addressForm("US", { storeHasStates: true });
    expect(us.region).toEqual({ kind: "state", required: true, fromStoreList: true });
    expect(us.postalCode).toMatchObject({ kind: "zip", required: true });
    expect(us.fields.find((f) => f.name === "state_or_province")).toMatchObject({
      required: true,
      label: "region.state",
      autocomplete: "address-level1",
    });
    expect(await names("US", true)).toEqual([
      "first_name",
      "last_name",
      "company",
      "address1",
      "address2",
      "city",
      "state_or_province",
      "postal_code",
      "phone",
    ]);
  });

  it("names each country's region and postal code the way it does", async () => {
    const kinds = async (c: string) => {
      const f = await addressForm(c);
      return [f.region?.kind ?? null, f.postalCode?.kind ?? null, f.locality.kind];
    };
    expect(await kinds("CA")).toEqual(["province", "postal", "city"]);
    expect(await kinds("JP")).toEqual(["prefecture", "postal", "city"]);
    expect(await kinds("AE")).toEqual(["emirate", null, "city"]);
    expect(await kinds("AU")).toEqual(["state", "postal", "suburb"]);
    expect(await kinds("GB")).toEqual([null, "postal", "post_town"]);
    expect(await kinds("FR")).toEqual([null, "postal", "city"]);
    expect(await kinds("IE")).toEqual(["county", "eircode", "city"]);
  });

  it("orders Japan's form postal code first, then prefecture and city", async () => {
    expect(await names("JP", true)).toEqual([
      "first_name",
      "last_name",
      "company",
      "postal_code",
      "state_or_province",
      "city",
      "address1",
      "address2",
      "phone",
    ]);
    const jp = await addressForm("JP");
    expect(jp.fields.find((f) => f.name === "city")?.required).toBe(false);
  });

  it("gives the Emirates an emirate and no postal code", async () => {
    const ae = await addressForm("AE", { storeHasStates: true });
    expect(ae.fields.map((f) => f.name)).toEqual([
      "first_name",
      "last_name",
      "company",
      "address1",
      "address2",
      "city",
      "state_or_province",
      "phone",
    ]);
    expect(ae.postalCode).toBeNull();
  });

  it("drops a free-text state where the store has no states and Google has none either", async () => {
    expect((await addressForm("GB", { storeHasStates: false })).region).toBeNull();
    expect((await addressForm("IE", { storeHasStates: false })).region).toMatchObject({
      kind: "county",
      fromStoreList: false,
    });
  });

  it("falls back to the worldwide form for a code Google does not know", async () => {
    const xk = await addressForm("QZ");
    expect(xk.fields.map((f) => f.name)).toEqual([
      "first_name",
      "last_name",
      "company",
      "address1",
      "address2",
      "city",
      "phone",
    ]);
    await expect(addressForm("constructor")).rejects.toBeInstanceOf(RangeError);
  });
});
