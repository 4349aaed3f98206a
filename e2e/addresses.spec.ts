// Addresses in each country's shape: the form the checkout shows for a country (its fields in its
// order, a state from the store's list only where it has one), refusals next to the field in the
// shopper's language, and the address printed its country's way on the confirmation.
import {
  ADA,
  addressInput,
  addToCart,
  continueToShipping,
  expect,
  fillAddress,
  openCheckout,
  payAndConfirm,
  shippingAddress,
  test,
  uniqueEmail,
  type Address,
} from "./fixtures";

const BERLIN: Address = {
  firstName: "Grete",
  lastName: "Weiß",
  street: "Invalidenstraße 117",
  city: "Berlin",
  postalCode: "10115",
  country: "DE",
};

/** The names of the address block's inputs, top to bottom. */
async function inputOrder(fields: ReturnType<typeof shippingAddress>) {
  return fields
    .locator("input:not([type=hidden]), select")
    .evaluateAll((inputs) => inputs.map((i) => i.getAttribute("name")));
}

test("a German address is entered as street, postal code, city, and printed the German way", async ({
  page,
}) => {
  await addToCart(page, "Linen Tea Towel Set");
  await openCheckout(page, uniqueEmail("berlin"));
  const fields = shippingAddress(page);
  await fillAddress(fields, BERLIN);
  // Germany's order, no state, and its own words for the postal code.
  expect(await inputOrder(fields)).toEqual([
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
  await expect(fields.getByLabel("Postal code")).toHaveValue("10115");
  await expect(fields.getByLabel(/State|Province/)).toHaveCount(0);
  await continueToShipping(page);
  // The checkout shows the saved address as it will be printed.
  await expect(fields.getByTestId("saved-address").locator("address")).toHaveText(
    ["Grete Weiß", "Invalidenstraße 117", "10115 Berlin", "Germany"].join(""),
  );

  await payAndConfirm(page);
  const shipping = page.getByTestId("shipping-address").locator("address");
  await expect(shipping).toHaveText(
    ["Grete Weiß", "Invalidenstraße 117", "10115 Berlin", "Germany"].join(""),
  );
});

test("a US address needs a state from the store's list, refused next to the field", async ({
  page,
}) => {
  await addToCart(page, "Stoneware Coffee Mug");
  await openCheckout(page, uniqueEmail("no-state"));
  const fields = shippingAddress(page);
  await fillAddress(fields, { ...ADA, state: undefined, country: "US" });
  const state = fields.getByRole("combobox", { name: "State" });
  await expect(state.getByRole("option", { name: "Texas" })).toHaveCount(1);
  await page.getByRole("button", { name: "Continue to shipping" }).click();

  await expect(page.locator("#field-stateOrProvince-error")).toHaveText("Choose your state.");
  await expect(state).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept; picking the state from the list is enough.
  await expect(fields.getByLabel("ZIP code")).toHaveValue("78701");
  await state.selectOption("Texas");
  await continueToShipping(page);
  await payAndConfirm(page);
  await expect(page.getByTestId("shipping-address")).toContainText("Austin, TX 78701");
});

test.describe("for a German shopper", () => {
  test.use({ locale: "de-DE" });

  test("a postal code not of the chosen country is refused next to the field, in German", async ({
    page,
  }) => {
    await addToCart(page, "Stoneware Coffee Mug");
    await page.goto("/checkout");
    const fields = shippingAddress(page);
    // A German shopper's form starts in Germany, in German words.
    await expect(fields.locator('[data-address-country="DE"]')).toBeVisible();
    await page.locator('input[name="email"]').fill(uniqueEmail("plz"));
    await fillAddress(fields, { ...BERLIN, postalCode: "ABC" });
    await page.locator('#details form button[type="submit"]:visible').last().click();

    const postalCode = fields.getByLabel("Postleitzahl");
    await expect(page.locator("#field-postalCode-error")).toHaveText(
      "Geben Sie eine gültige Postleitzahl ein, z. B. 26133.",
    );
    await expect(postalCode).toHaveAttribute("aria-invalid", "true");
    await expect(postalCode).toHaveAttribute("aria-describedby", "field-postalCode-error");
    await expect(postalCode).toHaveValue("ABC");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the address form takes another country's shape, keeping what was typed", async ({
    page,
  }) => {
    await addToCart(page, "Stoneware Coffee Mug");
    await openCheckout(page, uniqueEmail("no-js-country"));
    const fields = shippingAddress(page);
    await addressInput(fields, "address1").fill("1-1 Chiyoda");
    await fields.getByLabel("Country").selectOption("JP");
    await fields.getByRole("button", { name: "Update address form" }).click();

    await expect(fields.getByLabel("Street address")).toHaveValue("1-1 Chiyoda");
    await expect(page.getByLabel("Email")).not.toHaveValue("");
    // Japan's order: postal code, prefecture (from the store's list), city, street.
    const order = await inputOrder(fields);
    expect(order.slice(4, 9)).toEqual([
      "postalCode",
      "stateOrProvince",
      "city",
      "address1",
      "address2",
    ]);
    await expect(
      fields.getByRole("combobox", { name: "Prefecture" }).getByRole("option", { name: "Tokyo" }),
    ).toHaveCount(1);
  });
});
