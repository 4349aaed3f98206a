// The session cookie: what a shopper typed survives an error whatever its length, and signing
// out ends the session on every device that holds a copy of the cookie.
import {
  addToCart,
  ADA,
  CUSTOMERS,
  expect,
  fillAddress,
  openCheckout,
  shippingAddress,
  signIn,
  test,
  uniqueEmail,
} from "./fixtures";

test("a 2,000-character comment of umlauts and emoji survives an invalid field, with the message", async ({
  page,
}) => {
  await addToCart(page, "Linen Tea Towel Set");
  await openCheckout(page, uniqueEmail("long-comment"));
  // One field left invalid: no city.
  await fillAddress(shippingAddress(page), { ...ADA, city: "", country: "US" });
  const comment = "Bitte klingeln: Grüße aus Köln 🎁🧾 ".repeat(60).slice(0, 2000);
  await page.getByLabel(/Order comment/).fill(comment);
  await page.getByRole("button", { name: "Continue to shipping" }).click();

  await expect(page.getByRole("alert").first()).toContainText(
    "Please correct the highlighted fields.",
  );
  await expect(page.getByLabel(/Order comment/)).toHaveValue(comment);
  await expect(shippingAddress(page).getByLabel("Street address")).toHaveValue(ADA.street);
  // The cookie the browser kept is within its 4 KB limit.
  for (const cookie of await page.context().cookies()) {
    expect(cookie.name.length + cookie.value.length).toBeLessThan(4096);
  }
});

test("signing out on one device signs out another that holds a copy of the cookie", async ({
  browser,
  baseURL,
}) => {
  const laptop = await browser.newContext({ baseURL });
  const phone = await browser.newContext({ baseURL });
  try {
    const page = await laptop.newPage();
    await signIn(page, CUSTOMERS.shopper.email, CUSTOMERS.shopper.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");

    // The same cookie, copied to another device.
    await phone.addCookies(await laptop.cookies());
    const other = await phone.newPage();
    await other.goto("/account");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Your account");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);

    await other.goto("/account");
    await expect(other).toHaveURL(/\/sign-in$/);
  } finally {
    await laptop.close();
    await phone.close();
  }
});
