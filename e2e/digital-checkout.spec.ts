// A digital-only cart: contact and billing details, then payment. No shipping address, no
// shipping method, no consignment at BigCommerce. Needs the sandbox's digital product,
// "Field Guide to Coffee (e-book)".
import {
  ADA,
  addToCart,
  CARDS,
  CONFIRMED_URL,
  expect,
  fillAddress,
  openCheckout,
  orderIdOf,
  pay,
  test,
  uniqueEmail,
} from "./fixtures";

const EBOOK = "Field Guide to Coffee (e-book)";

test("a digital-only cart completes a purchase end to end without a shipping step", async ({
  page,
  sandboxStore,
}) => {
  const email = uniqueEmail("digital");
  await addToCart(page, EBOOK);

  // The cart lists the download and asks nothing about shipping.
  const items = page.getByRole("region", { name: "Items" });
  await expect(items.getByRole("listitem")).toHaveCount(1);
  await expect(items.getByRole("listitem")).toContainText(EBOOK);
  const cartTotals = page.getByRole("region", { name: "Summary" });
  await expect(cartTotals.getByRole("row", { name: /Shipping/ })).toHaveCount(0);

  await openCheckout(page, email);
  await expect(page.getByRole("heading", { name: "1. Contact and billing address" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Shipping address" })).toHaveCount(0);
  await expect(page.getByLabel("Billing address is the same as shipping")).toHaveCount(0);
  await fillAddress(page.getByRole("group", { name: "Billing address" }), {
    ...ADA,
    country: "US",
  });
  await page.getByRole("button", { name: "Continue to payment" }).click();

  // Straight to payment: step 2, no shipping method, no shipping row in the summary.
  await expect(page.getByRole("heading", { name: "2. Payment" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Shipping method/ })).toHaveCount(0);
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByRole("row", { name: /Shipping/ })).toHaveCount(0);
  const total = (
    await summary
      .getByRole("row", { name: /^Total/ })
      .getByRole("cell")
      .innerText()
  ).trim();
  await expect(page.getByRole("button", { name: /^Place order/ })).toHaveText(
    `Place order · ${total}`,
  );

  await pay(page, CARDS.success);
  await expect(page).toHaveURL(CONFIRMED_URL);
  const orderId = orderIdOf(page.url());
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Your order #${orderId}`);
  await expect(page.getByTestId("order-line")).toContainText(EBOOK);
  await expect(page.getByTestId("total")).toHaveText(total);

  // One order at the store, paid, for this guest.
  const orders = await sandboxStore.ordersFor(email);
  expect(orders.map((o) => [o.id, o.status_id])).toEqual([[orderId, 11]]);
});
