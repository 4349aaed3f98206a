// Who can open a confirmation: the browser that used the link (also after reloads), a signed-in
// customer for their own orders, and nobody else; every wrong door looks the same.
import {
  addToCart,
  CARDS,
  CONFIRMED_URL,
  CUSTOMERS,
  expect,
  fillDetails,
  orderIdOf,
  payAndConfirm,
  placeOrderAndKeepLink,
  signIn,
  startCheckout,
  test,
} from "./fixtures";

const NOT_FOUND = "We can’t show this order";
const SPENT = "This confirmation link has expired or was already used";

test("the link opens once, leaves the address bar, and the same browser can reload", async ({
  page,
  browser,
}) => {
  const email = await startCheckout(page, "reload", "Beeswax Candle Trio");
  const { orderId, link } = await placeOrderAndKeepLink(page, CARDS.success);
  expect(link).toMatch(new RegExp(`/order-confirmation/${orderId}\\?t=[0-9a-f]{64}$`));

  const first = await page.goto(link);
  // The token is gone from the address bar (and so from history and bookmarks).
  await expect(page).toHaveURL(CONFIRMED_URL);
  expect(page.url()).not.toContain("t=");
  expect(first?.status()).toBe(200);
  const redirect = await first!.request().redirectedFrom()!.response();
  expect(redirect?.status()).toBe(303);
  await expect(page.getByTestId("order-number")).toHaveText(String(orderId));

  await page.reload();
  await expect(page.getByTestId("order-number")).toHaveText(String(orderId));
  await expect(page.getByText("Beeswax Candle Trio")).toBeVisible();
  // Opening the original link again from history in the same browser still works.
  await page.goto(link);
  await expect(page.getByTestId("order-number")).toHaveText(String(orderId));

  // Another browser with the same link: told it was used, shown no order data.
  const stranger = await browser.newContext();
  try {
    const other = await stranger.newPage();
    const response = await other.goto(link);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(SPENT);
    await expect(
      other.getByRole("main").getByRole("link", { name: "sign in", exact: true }),
    ).toBeVisible();
    const body = await other.locator("body").innerText();
    for (const secret of ["Beeswax Candle Trio", email, "Lovelace", "Analytical"])
      expect(body).not.toContain(secret);
  } finally {
    await stranger.close();
  }
});

test("a token for order A on order B's URL gets the plain 404 and stays usable for A", async ({
  page,
}) => {
  await startCheckout(page, "cross", "Linen Tea Towel Set");
  const { orderId, link } = await placeOrderAndKeepLink(page, CARDS.success);
  const token = new URL(link).searchParams.get("t")!;

  const wrong = await page.goto(`/order-confirmation/${orderId + 1000}?t=${token}`);
  expect(wrong?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);

  await page.goto(link);
  await expect(page).toHaveURL(CONFIRMED_URL);
  await expect(page.getByTestId("order-number")).toHaveText(String(orderId));
});

test("wrong doors all get the same 404 page and cost no BigCommerce call", async ({
  page,
  sandboxStore,
}) => {
  const before = await sandboxStore.callCount();
  for (const path of [
    "/order-confirmation/100",
    "/order-confirmation/100?t=",
    "/order-confirmation/100?t=not-a-token",
    `/order-confirmation/100?t=${"a".repeat(64)}`,
    `/order-confirmation/100?t=${"a".repeat(5000)}`,
    `/order-confirmation/abc?t=${"a".repeat(64)}`,
    `/order-confirmation/-5?t=${"a".repeat(64)}`,
    `/order-confirmation/99999999999999?t=${"a".repeat(64)}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
    await expect(page.getByTestId("order-number")).toHaveCount(0);
  }
  expect(await sandboxStore.callCount()).toBe(before);
});

test("the confirmation route sends headers that keep its credential private", async ({ page }) => {
  await startCheckout(page, "headers", "Stoneware Coffee Mug");
  const { link } = await placeOrderAndKeepLink(page, CARDS.success);

  const response = await page.goto(link);
  const hop = await response!.request().redirectedFrom()!.response();
  for (const r of [hop!, response!]) {
    const h = await r.allHeaders();
    expect(h["cache-control"]).toContain("private");
    expect(h["cache-control"]).toContain("no-store");
    expect(h["referrer-policy"]).toBe("no-referrer");
    expect(h["x-robots-tag"]).toContain("noindex");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("a signed-in customer opens their own earlier order without a link, and not another's", async ({
  page,
  browser,
}) => {
  await signIn(page, CUSTOMERS.shopper.email, CUSTOMERS.shopper.password);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await addToCart(page, "Enamel Camp Kettle");
  await fillDetails(page, CUSTOMERS.shopper.email);
  await payAndConfirm(page);
  const orderId = orderIdOf(page.url());

  // Later, on another device: sign in and open the order with no token at all.
  const later = await browser.newContext();
  try {
    const device = await later.newPage();
    await signIn(device, CUSTOMERS.shopper.email, CUSTOMERS.shopper.password);
    await device.getByRole("link", { name: `Order #${orderId}` }).click();
    await expect(device).toHaveURL(new RegExp(`/order-confirmation/${orderId}$`));
    await expect(device.getByText("Enamel Camp Kettle")).toBeVisible();
  } finally {
    await later.close();
  }

  const otherCustomer = await browser.newContext();
  try {
    const other = await otherCustomer.newPage();
    await signIn(other, CUSTOMERS.another.email, CUSTOMERS.another.password);
    await expect(other.getByRole("heading", { name: "Your account" })).toBeVisible();
    const response = await other.goto(`/order-confirmation/${orderId}`);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
    expect(await other.locator("body").innerText()).not.toContain("Enamel Camp Kettle");
  } finally {
    await otherCustomer.close();
  }
});

test("sign-in failures do not say which part was wrong, and a tampered cookie is no session", async ({
  page,
  context,
  baseURL,
}) => {
  await signIn(page, CUSTOMERS.shopper.email, "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText(
    "Email or password is incorrect.",
  );
  await signIn(page, "nobody@example.com", CUSTOMERS.shopper.password);
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText(
    "Email or password is incorrect.",
  );

  await context.addCookies([
    // The production cookie's name: __Host- (Secure, Path=/, no Domain).
    {
      name: "__Host-sf_session",
      value: "Fe26.2*1*garbage*tampered",
      // A __Host- cookie is set for a secure origin, Path=/, no Domain; localhost counts as secure.
      url: baseURL!.replace(/^http:/, "https:"),
      secure: true,
    },
  ]);
  for (const path of ["/", "/cart", "/checkout", "/account", "/order-confirmation/100"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
});

test("placing an order from another site is refused", async ({ page, baseURL }) => {
  const response = await page.request.post(`${baseURL}/checkout/place-order`, {
    headers: { Origin: "https://evil.example" },
    form: {
      expectedTotal: "1.00",
      cardholderName: "x",
      cardNumber: CARDS.success,
      cardExpiry: "12/34",
      cardCvv: "123",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});
