// validateAddress: a whole address against its country's form and the store's states.
import { describe, expect, it } from "vitest";
import { validateAddress, type Address } from "@/lib/address";

const address = (fields: Partial<Address>): Address => ({
  first_name: "Jane",
  last_name: "Doe",
  company: "",
  address1: "1 Main St",
  address2: "",
  city: "Austin",
  state_or_province: "",
  state_or_province_code: "",
  postal_code: "",
  country_code: "US",
  phone: "",
  ...fields,
});
const usStates = [
  { name: "Texas", abbreviation: "TX" },
  { name: "California", abbreviation: "CA" },
];

describe("validateAddress", () => {
  it("takes a US state from the store's list by name or abbreviation and fills in both", async () => {
    for (const state of ["tx", "Texas", " TEXAS "]) {
      const check = await validateAddress(
        address({ state_or_province: state, postal_code: "78701" }),
        { states: usStates },
      );
      expect(check).toMatchObject({
        ok: true,
        address: { state_or_province: "Texas", state_or_province_code: "TX" },
      });
    }
  });

  it("refuses a US state not in the list, a missing one, and a postal code of the wrong shape", async () => {
    expect(
      await validateAddress(address({ state_or_province: "Berlin", postal_code: "ABC" }), {
        states: usStates,
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: "state_or_province", code: "region.unknown" },
        { field: "postal_code", code: "postalCode.invalid", example: "95014" },
      ],
    });
    expect(await validateAddress(address({ postal_code: "78701" }), { states: usStates })).toEqual({
      ok: false,
      errors: [{ field: "state_or_province", code: "region.required" }],
    });
  });

  it("takes a German address without a state and asks for what Germany requires", async () => {
    const de = address({ country_code: "de", city: "Berlin", postal_code: "10115" });
    expect(await validateAddress(de)).toMatchObject({ ok: true, address: { country_code: "DE" } });
    expect(await validateAddress({ ...de, city: " ", address1: "", last_name: "" })).toEqual({
      ok: false,
      errors: [
        { field: "last_name", code: "field.required" },
        { field: "address1", code: "field.required" },
        { field: "city", code: "field.required" },
      ],
    });
  });

  it("normalises a British postcode and needs no state", async () => {
    const gb = address({ country_code: "GB", city: "London", postal_code: "sw1a 2aa" });
    expect(await validateAddress(gb)).toMatchObject({
      ok: true,
      address: { postal_code: "SW1A 2AA" },
    });
  });

  it("refuses a malformed country code without throwing", async () => {
    expect(await validateAddress(address({ country_code: "constructor" }))).toEqual({
      ok: false,
      errors: [{ field: "country_code", code: "country.invalid" }],
    });
  });
});
