// The sandbox refuses checkout addresses BigCommerce would refuse: a country the store does not
// list, a missing state where the country has states, a state not in its list (422).
import { beforeAll, describe, expect, it } from "vitest";
import {
  BigCommerceError,
  createBigCommerceClient,
  type BigCommerceClient,
  type CheckoutAddressInput,
} from "@/lib/bigcommerce";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";

let bc: BigCommerceClient;
let cartId: string;
let itemId: string;

const us: CheckoutAddressInput = {
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  company: "",
  address1: "1 Congress Ave",
  address2: "",
  city: "Austin",
  state_or_province: "Texas",
  state_or_province_code: "",
  country_code: "US",
  postal_code: "78701",
  phone: "",
};

beforeAll(async () => {
  const sandbox = createSandbox({ storeHash: "sandbox", accessToken: "token" });
  bc = createBigCommerceClient({
    apiUrl: "http://sandbox.test",
    paymentsUrl: "http://sandbox.test",
    storeHash: "sandbox",
    accessToken: "token",
    timeoutMs: 5000,
    fetch: sandboxFetch(sandbox),
    retry: { maxAttempts: 1 },
  });
  const cart = await bc.createCart({ lineItems: [{ product_id: 111, quantity: 1 }] });
  cartId = cart.id;
  itemId = cart.line_items.physical_items[0].id;
});

/** The 422's field errors, or "accepted". */
async function outcome(p: Promise<unknown>): Promise<Record<string, string> | "accepted"> {
  try {
    await p;
    return "accepted";
  } catch (error) {
    if (!(error instanceof BigCommerceError) || error.status !== 422) throw error;
    return (error.body as { errors: Record<string, string> }).errors;
  }
}

describe("checkout addresses in the sandbox", () => {
  const billing = (change: Partial<CheckoutAddressInput>) =>
    outcome(bc.addBillingAddress(cartId, { ...us, ...change }));

  it("accepts a state by name, abbreviation or code, in any case", async () => {
    expect(await billing({})).toBe("accepted");
    expect(await billing({ state_or_province: "tx" })).toBe("accepted");
    expect(await billing({ state_or_province: "", state_or_province_code: "TX" })).toBe("accepted");
    expect(await billing({ state_or_province: "Texas", state_or_province_code: "TX" })).toBe(
      "accepted",
    );
  });

  it("accepts a country without states with or without one", async () => {
    const de = { country_code: "DE", city: "Berlin", postal_code: "10115" };
    expect(await billing({ ...de, state_or_province: "" })).toBe("accepted");
    expect(await billing({ ...de, state_or_province: "Berlin" })).toBe("accepted");
  });

  it("refuses a country the store does not list", async () => {
    expect(await billing({ country_code: "ZZ" })).toEqual({
      country_code: "The country is not available.",
    });
  });

  it("refuses a missing state, an unknown one, and a name and code that disagree", async () => {
    expect(await billing({ state_or_province: "" })).toEqual({
      state_or_province: "A state or province is required.",
    });
    for (const change of [
      { state_or_province: "Narnia" },
      { state_or_province: "Ontario" },
      { state_or_province: "", state_or_province_code: "XX" },
      { state_or_province: "Texas", state_or_province_code: "CA" },
      { country_code: "JP", state_or_province: "Texas" },
    ]) {
      expect(await billing(change)).toEqual({
        state_or_province: "The state or province is not valid.",
      });
    }
  });

  it("judges consignment addresses the same way, when added and when changed", async () => {
    const lineItems = [{ item_id: itemId, quantity: 1 }];
    expect(
      await outcome(
        bc.addConsignment(cartId, { address: { ...us, state_or_province: "" }, lineItems }),
      ),
    ).toEqual({ "0.address.state_or_province": "A state or province is required." });
    const shipped = await bc.addConsignment(cartId, { address: us, lineItems });
    const consignmentId = shipped.consignments[0].id;
    expect(
      await outcome(
        bc.updateConsignmentAddress(cartId, consignmentId, {
          address: { ...us, country_code: "XK" },
          lineItems,
        }),
      ),
    ).toEqual({ "address.country_code": "The country is not available." });
  });
});
