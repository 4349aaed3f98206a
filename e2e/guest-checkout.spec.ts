import {
  addToCart,
  CARDS,
  chooseShipping,
  CONFIRMED_URL,
  expect,
  fillDetails,
  orderIdOf,
  pay,
  payAndConfirm,
  shippingAddress,
  startCheckout,
  test,
  uniqueEmail,
} from "./fixtures";

test("a guest buys two products and lands on a confirmation that matches the cart", async ({
  page,
  sandboxStore,
}) => {
  const email = uniqueEmail("journey");
  await addToCart(page, "Organic Cotton T-Shirt", {
    variant: "Size: M, Colour: Navy",
    quantity: 2,
  });
  await addToCart(page, "Stoneware Coffee Mug");

  await fillDetails(page, email);
  await chooseShipping(page, /Express Shipping/, "$15.00");

  // What the shopper is about to buy, as the checkout shows it: the button names the total charged.
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("button", { name: /^Place order/ })).toHaveText(
    "Place order · $86.28",
  );
  await pay(page, CARDS.success);

  await expect(page).toHaveURL(CONFIRMED_URL);
  const orderId = orderIdOf(page.url());
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Thank you, Ada! Your order #${orderId} is confirmed.`,
  );
  await expect(page.getByTestId("order-status")).toHaveText("Awaiting fulfillment");

  const lines = page.getByTestId("order-line");
  await expect(lines).toHaveCount(2);
  const tee = lines.filter({ hasText: "Organic Cotton T-Shirt" });
  await expect(tee.getByTestId("line-options")).toHaveText("Size: M, Colour: Navy");
  await expect(tee.getByTestId("line-quantity")).toHaveText("2");
  await expect(tee.getByTestId("line-total")).toHaveText("$48.00");
  const mug = lines.filter({ hasText: "Stoneware Coffee Mug" });
  await expect(mug.getByTestId("line-quantity")).toHaveText("1");
  await expect(mug.getByTestId("line-total")).toHaveText("$18.00");

  // 2 × 24.00 + 18.00 = 66.00; Express 15.00; 8% tax on items 5.28 → 86.28
  await expect(page.getByTestId("subtotal")).toHaveText("$66.00");
  await expect(page.getByTestId("shipping")).toHaveText("$15.00");
  await expect(page.getByTestId("tax")).toHaveText("$5.28");
  await expect(page.getByTestId("total")).toHaveText("$86.28");
  await expect(page.getByRole("row", { name: /Shipping · Express Shipping/ })).toBeVisible();
  await expect(page.getByTestId("payment-method")).toHaveText("Visa ending in 1111");
  await expect(page.getByText(email).first()).toBeVisible();

  // The store agrees: one paid order for this shopper.
  const orders = await sandboxStore.ordersFor(email);
  expect(orders.map((o) => [o.id, o.status_id])).toEqual([[orderId, 11]]);

  // The cart was used up by the purchase.
  await page.goto("/cart");
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
});

test("a declined card shows the reason, and a retry with a good card makes exactly one order", async ({
  page,
  sandboxStore,
}) => {
  const email = await startCheckout(page, "declined", "Walnut Serving Board");

  await pay(page, CARDS.declined);
  await expect(page).toHaveURL(/\/checkout\?f=/);
  await expect(page.getByRole("alert").filter({ hasText: "not accepted" })).toHaveText(
    "Your payment was not accepted: There was a problem processing your card. Please contact your card issuer.",
  );
  // The address the shopper typed is still there.
  await expect(shippingAddress(page).getByLabel("Street address")).toHaveValue("12 Analytical Row");

  await payAndConfirm(page);
  await expect(page.getByText("Walnut Serving Board")).toBeVisible();

  const orders = await sandboxStore.ordersFor(email);
  expect(orders).toHaveLength(1);
  expect(orders[0].status_id).toBe(11);
});

test.describe("on another name for the same server", () => {
  // The server knows itself as localhost; shoppers may reach it by another name (an IP, a proxy).
  test.use({ baseURL: process.env.E2E_BASE_URL?.replace("//localhost:", "//127.0.0.1:") });

  test("the purchase ends on the confirmation, under the name the shopper used", async ({
    page,
  }) => {
    await startCheckout(page, "host", "Stoneware Coffee Mug");
    await chooseShipping(page, /Standard Shipping/, "$5.00");
    await payAndConfirm(page);
    expect(new URL(page.url()).hostname).toBe("127.0.0.1");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("is confirmed");
  });
});
