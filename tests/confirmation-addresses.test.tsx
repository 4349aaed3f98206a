// @vitest-environment jsdom
// The confirmation prints each address its country's way (lib/address formatAddress), with the
// country named in the shopper's language: a German one without a state and its postal code
// before the city, a US one "Austin, TX 78701", a Japanese one postal code first.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OrderConfirmation } from "@/app/order-confirmation/[orderId]/_components/order-confirmation";
import type { BcV2Address } from "@/lib/bigcommerce";
import { toOrderConfirmationView } from "@/lib/confirmation/view";
import { localeContext, type Locale } from "@/lib/i18n";
import { SANDBOX_COUNTRIES, SANDBOX_STATES } from "@/lib/sandbox/geography-data";
import { ADA, bcOrder, bcShipTo, MUG } from "./support/orders";

afterEach(() => cleanup());

/** The sandbox store's states of a country, as lib/geography gives them. */
const statesOf = (code: string) =>
  SANDBOX_STATES.get(SANDBOX_COUNTRIES.find((c) => c.iso2 === code)!.id) ?? [];

const BERLIN: BcV2Address = {
  ...ADA,
  first_name: "Grete",
  last_name: "Weiß",
  street_1: "Invalidenstraße 117",
  city: "Berlin",
  state: "",
  zip: "10115",
  country: "Germany",
  country_iso2: "DE",
};

const TOKYO: BcV2Address = {
  ...ADA,
  first_name: "Hanako",
  last_name: "Yamada",
  street_1: "1-1 Chiyoda",
  city: "Chiyoda-ku",
  state: "Tokyo",
  zip: "100-0001",
  country: "Japan",
  country_iso2: "JP",
};

/** The confirmation of an order billed to `billing` and shipped to `shipTo`, in `locale`. */
function renderOrder(billing: BcV2Address, shipTo: BcV2Address, locale: Locale = "en") {
  const view = toOrderConfirmationView({
    order: bcOrder({ billing_address: billing }),
    products: [MUG],
    shippingAddresses: [bcShipTo(shipTo)],
    coupons: [],
    images: new Map(),
    states: new Map([
      ["US", statesOf("US")],
      ["JP", statesOf("JP")],
    ]),
  });
  render(<OrderConfirmation view={view} locale={localeContext(locale)} />);
}

/** The lines of the address under the heading `heading`. */
function linesUnder(heading: string): string[] {
  const section = screen.getByRole("heading", { name: heading }).parentElement!;
  return [...within(section).getByRole("group", { hidden: true }).querySelectorAll("span")].map(
    (s) => s.textContent ?? "",
  );
}

describe("addresses on the confirmation", () => {
  it("prints a German address without a state, postal code before the city", () => {
    renderOrder(BERLIN, BERLIN);
    expect(linesUnder("Billing address")).toEqual([
      "Grete Weiß",
      "Invalidenstraße 117",
      "10115 Berlin",
      "Germany",
    ]);
  });

  it("prints a US address with the state's abbreviation from the store's list", () => {
    // v2 orders keep only the state's name.
    renderOrder({ ...ADA, state: "Texas" }, { ...ADA, state: "Texas" });
    expect(linesUnder("Shipping address")).toEqual([
      "Ada Lovelace",
      "12 Analytical Row",
      "Austin, TX 78701",
      "United States",
    ]);
  });

  it("prints a Japanese address in Japan's order, the country named in the shopper's language", () => {
    renderOrder(TOKYO, BERLIN, "de");
    expect(linesUnder("Rechnungsadresse")).toEqual([
      "〒100-0001",
      "Tokyo",
      "Chiyoda-ku",
      "1-1 Chiyoda",
      "Hanako Yamada",
      "Japan",
    ]);
    expect(linesUnder("Lieferadresse")).toEqual([
      "Grete Weiß",
      "Invalidenstraße 117",
      "10115 Berlin",
      "Deutschland",
    ]);
  });
});
