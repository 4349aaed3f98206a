// A checkout a shopper finishes: coupons, separate billing, comments, and exactly one order.
import {
  ADA,
  addToCart,
  CARDS,
  chooseShipping,
  CONFIRMED_URL,
  continueToShipping,
  expect,
  fillAddress,
  fillCard,
  openCheckout,
  pay,
  payAndConfirm,
  placeOrderButton,
  shippingAddress,
  startCheckout,
  test,
  uniqueEmail,
} from "./fixtures";

test("SAVE10 takes 10% off and the confirmation shows the discount", async ({ page }) => {
  await startCheckout(page, "coupon", "Canvas Weekender Bag");
  await chooseShipping(page, /Express Shipping/, "$15.00");
  const summary = page.getByRole("complementary", { name: "Order summary" });

  await summary.getByLabel("Coupon code").fill("SAVE10");
  await summary.getByRole("button", { name: "Apply" }).click();
  await expect(summary.getByText("Coupon SAVE10 applied")).toBeVisible();
  // 89.50 − 8.95 = 80.55; Express 15.00; 8% tax on 80.55 = 6.44 → 101.99
  await expect(summary.getByRole("row", { name: /Discount/ })).toContainText("$8.95");
  await expect(page.getByRole("button", { name: /^Place order/ })).toHaveText(
    "Place order · $101.99",
  );

  await summary.getByLabel("Coupon code").fill("BOGUS1");
  await summary.getByRole("button", { name: "Apply" }).click();
  await expect(
    summary.getByText("“BOGUS1” is not a valid coupon code for this order."),
  ).toBeVisible();
  const alert = page.getByRole("alert").filter({ hasText: "coupon" });
  await expect(alert).toContainText("That coupon code can't be used.");
  // The announcement links to the field that needs attention.
  await expect(alert.getByRole("link")).toHaveAttribute("href", "#field-couponCode");
  await expect(summary.getByText("Coupon SAVE10 applied")).toBeVisible();

  await payAndConfirm(page);
  await expect(page.getByTestId("coupon")).toHaveText("−$8.95");
  await expect(page.getByRole("row", { name: /Coupon \(SAVE10\)/ })).toBeVisible();
  await expect(page.getByTestId("total")).toHaveText("$101.99");
});

test("a separate billing address and an order comment reach the confirmation", async ({ page }) => {
  await addToCart(page, "Linen Tea Towel Set");
  await openCheckout(page, uniqueEmail("billing"));
  await fillAddress(shippingAddress(page), ADA);
  await page.getByLabel("Billing address is the same as shipping").uncheck();
  const bill = page.getByRole("group", { name: "Billing address" });
  await expect(bill).toBeVisible();
  await fillAddress(bill, {
    firstName: "Charles",
    lastName: "Babbage",
    street: "1 Difference Lane",
    city: "London",
    postalCode: "SW1A 1AA",
    country: "GB",
  });
  await page.getByLabel("Order comment").fill("Please leave it with the neighbour.");
  await continueToShipping(page);

  await payAndConfirm(page);
  const billing = page.getByRole("heading", { name: "Billing address" }).locator("..");
  // The United Kingdom's shape: the post town and the postcode each on a line of their own.
  await expect(billing.locator("address")).toHaveText(
    ["Charles Babbage", "1 Difference Lane", "London", "SW1A 1AA", "United Kingdom"].join(""),
  );
  const shipping = page.getByRole("heading", { name: "Shipping address" }).locator("..");
  await expect(shipping).toContainText("Ada Lovelace");
  await expect(page.getByTestId("customer-message")).toHaveText(
    "Please leave it with the neighbour.",
  );
});

test("pressing Place order twice, or posting it twice at once, makes one order and one charge", async ({
  page,
  sandboxStore,
  baseURL,
}) => {
  const email = await startCheckout(page, "double", "Merino Wool Beanie", {
    variant: "Colour: Forest",
  });
  const before = await sandboxStore.stats();

  // Two identical submissions at the same moment, with the shopper's own cookies.
  const form = {
    expectedTotal: "27.68",
    cardholderName: "Ada Lovelace",
    cardNumber: CARDS.success,
    cardExpiry: "12/34",
    cardCvv: "123",
  };
  const post = () =>
    page.request.post(`${baseURL}/checkout/place-order`, {
      headers: { Origin: baseURL! },
      form,
      maxRedirects: 0,
    });
  const [a, b] = await Promise.all([post(), post()]);
  const locations = [a, b].map((r) => r.headers()["location"]).sort();
  expect([a.status(), b.status()]).toEqual([303, 303]);
  // One gets the fresh confirmation link, the other is sent to the same order.
  expect(locations[0]).toMatch(/\/order-confirmation\/\d+$/);
  expect(locations[1]).toMatch(/\/order-confirmation\/\d+\?t=[0-9a-f]{64}$/);
  expect(locations[0]).toBe(locations[1].split("?")[0]);

  const after = await sandboxStore.stats();
  expect(after.calls.createOrder - (before.calls.createOrder ?? 0)).toBe(1);
  expect(after.calls.PaymentsPost - (before.calls.PaymentsPost ?? 0)).toBe(1);
  expect(await sandboxStore.ordersFor(email)).toHaveLength(1);

  // Pressing Place order again afterwards (a lost response) shows the order instead of paying again.
  await page.goto(locations[0]);
  await expect(page.getByText("Merino Wool Beanie")).toBeVisible();
});

test("a double click in the browser places one order", async ({ page, sandboxStore }) => {
  const email = await startCheckout(page, "dblclick", "Stoneware Coffee Mug");
  await fillCard(page, CARDS.success);
  await placeOrderButton(page).dblclick();
  await expect(page).toHaveURL(CONFIRMED_URL);
  expect(await sandboxStore.ordersFor(email)).toHaveLength(1);
});

test("insufficient funds is explained and the shopper can pay with another card", async ({
  page,
}) => {
  await startCheckout(page, "funds", "Stoneware Coffee Mug");
  await pay(page, "4000 0000 0000 9995");
  await expect(page.getByRole("alert").filter({ hasText: "not accepted" })).toHaveText(
    "Your payment was not accepted: The payment was declined due to insufficient funds.",
  );
  await payAndConfirm(page);
});

test("the cart changes quantities, and refuses more than the stock with BigCommerce's words", async ({
  page,
}) => {
  await addToCart(page, "Beeswax Candle Trio");
  await page.getByLabel("Quantity of Beeswax Candle Trio", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Update quantity of Beeswax Candle Trio" }).click();
  await expect(page.getByRole("row", { name: /Subtotal/ })).toContainText("$81.75");
  await page.getByLabel("Quantity of Beeswax Candle Trio", { exact: true }).fill("99");
  await page.getByRole("button", { name: "Update quantity of Beeswax Candle Trio" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "maximum" })).toHaveText(
    "The quantity could not be changed: You can only purchase a maximum of 50 of the Beeswax Candle Trio per order.",
  );
  await expect(page.getByLabel("Quantity of Beeswax Candle Trio", { exact: true })).toHaveValue(
    "3",
  );
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the whole journey works and nothing overflows sideways", async ({ page }) => {
    await startCheckout(page, "phone", "Organic Cotton T-Shirt", {
      variant: "Size: S, Colour: Sand",
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await payAndConfirm(page);
    await expect(page.getByText("Size: S, Colour: Sand")).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test("the checkout works from the keyboard alone", async ({ page, sandboxStore }) => {
  const email = uniqueEmail("keyboard");
  await addToCart(page, "Walnut Serving Board");
  await page.goto("/checkout");
  await page.getByLabel("Email").focus();
  const steps: [string, string][] = [
    ["email", email],
    // The country comes first: the rest of the form takes its shape.
    ["countryCode", ""],
    ["firstName", "Ada"],
    ["lastName", "Lovelace"],
    ["company", ""],
    ["address1", "12 Analytical Row"],
    ["address2", ""],
    ["city", "Austin"],
    // The store's list of states, picked by typing the name.
    ["stateOrProvince", "Texas"],
    ["postalCode", "78701"],
    ["phone", ""],
    ["billingSameAsShipping", ""],
    ["customerMessage", ""],
  ];
  for (const [i, [name, value]] of steps.entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("name", name);
    if (value) await page.keyboard.type(value);
  }
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Continue to shipping");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "2. Shipping method" })).toBeVisible();

  await page.getByRole("button", { name: "Update shipping method" }).focus();
  for (const [name, value] of [
    ["cardholderName", "Ada Lovelace"],
    ["cardNumber", CARDS.success],
    ["cardExpiry", "12/34"],
    ["cardCvv", "123"],
  ]) {
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("name", name);
    await page.keyboard.type(value);
  }
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/^Place order/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(CONFIRMED_URL);
  expect(await sandboxStore.ordersFor(email)).toHaveLength(1);
});

test("a payment whose answer was lost still reaches the shopper's confirmation, charged once", async ({
  page,
  sandboxStore,
}) => {
  const email = await startCheckout(page, "lost", "Enamel Camp Kettle");
  try {
    // BigCommerce takes the payment but its answer is lost, and the order cannot be read back yet.
    await sandboxStore.knobs({ loseOperations: ["PaymentsPost"], failOperations: ["getOrder"] });
    await pay(page, CARDS.success);
    await expect(page).toHaveURL(/\/cart\?f=/);
    await expect(page.getByRole("alert").filter({ hasText: "not responding" })).toBeVisible();
  } finally {
    await sandboxStore.reset();
  }
  // The cart is gone (the order was paid): once the store answers, the shopper is shown their order.
  await page.goto("/cart");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Your order #\d+ was placed$/);
  await page.getByRole("button", { name: "View your order" }).click();
  await expect(page).toHaveURL(CONFIRMED_URL);
  await expect(page.getByText("Enamel Camp Kettle")).toBeVisible();
  const orders = await sandboxStore.ordersFor(email);
  expect(orders.map((o) => o.status_id)).toEqual([11]);
});
