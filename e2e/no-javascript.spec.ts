// Every form is a plain HTML form post: the whole purchase works with JavaScript turned off.
import {
  addToCart,
  CARDS,
  expect,
  pay,
  placeOrderButton,
  shippingAddress,
  startCheckout,
  test,
} from "./fixtures";

test.use({ javaScriptEnabled: false });

test("a guest completes a purchase without JavaScript", async ({ page, sandboxStore }) => {
  const email = await startCheckout(page, "no-js", "Merino Wool Beanie", {
    variant: "Colour: Mustard",
  });

  // Without JavaScript the shipping method is saved with its own button.
  await page.getByLabel(/Pickup In Store/).check();
  await page.getByRole("button", { name: "Update shipping method" }).click();
  await expect(placeOrderButton(page)).toHaveText("Place order · $22.68");

  await pay(page, CARDS.success);
  await expect(page).toHaveURL(/\/order-confirmation\/\d+$/);
  // Seen, not only present: without scripts nothing streamed in later could be revealed.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("confirmation-skeleton")).toHaveCount(0);
  await expect(page.getByTestId("line-options")).toBeVisible();
  await expect(page.getByTestId("line-options")).toHaveText("Colour: Mustard");
  await expect(page.getByTestId("total")).toHaveText("$22.68");
  expect(await sandboxStore.ordersFor(email)).toHaveLength(1);
});

test("field errors appear next to their fields and keep what was typed", async ({ page }) => {
  await addToCart(page, "Stoneware Coffee Mug");
  await page.goto("/checkout");
  await page.getByLabel("Email").fill("not-an-email");
  await shippingAddress(page).getByLabel("First name").fill("Ada");
  await page.getByRole("button", { name: "Continue to shipping" }).click();

  // Each error sits under its field and is linked from the announcement at the top.
  await expect(page.locator("#field-email-error")).toHaveText(
    "Enter a valid email address, like name@example.com.",
  );
  await expect(page.locator("#field-address1-error")).toHaveText("Enter your street address.");
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Enter your street address." }),
  ).toHaveAttribute("href", "#field-address1");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(shippingAddress(page).getByLabel("First name")).toHaveValue("Ada");
});
