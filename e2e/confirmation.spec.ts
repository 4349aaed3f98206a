// A confirmation page worth landing on: counted once, localized, printable, accessible, never a dead end.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import {
  addToCart,
  CARDS,
  CONFIRMED_URL,
  expect,
  fillDetails,
  payAndConfirm,
  placeOrderAndKeepLink,
  purchase,
  startCheckout,
  test,
  uniqueEmail,
} from "./fixtures";

async function purchaseEvents(page: Page): Promise<{ ecommerce: Record<string, unknown> }[]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: { event?: string }[] }).dataLayer ?? []).filter(
      (e) => e?.event === "purchase",
    ),
  ) as Promise<{ ecommerce: Record<string, unknown> }[]>;
}

/** Fills the sign-up form as Ada with `email` and `password`, and submits it. */
async function submitSignUp(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("First name").fill("Ada");
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

test.describe("on an instance whose links open twice", () => {
  test.use({ baseURL: process.env.E2E_MULTI_USE_URL });

  test("the purchase event fires on the first view only: not on reload, not in a second browser", async ({
    page,
    browser,
  }) => {
    await startCheckout(page, "event", "Stoneware Coffee Mug", { quantity: 2 });
    const { orderId, link } = await placeOrderAndKeepLink(page, CARDS.success);

    await page.goto(link);
    await expect(page).toHaveURL(CONFIRMED_URL);
    const first = await purchaseEvents(page);
    expect(first).toHaveLength(1);
    // GA4: value is item revenue (Σ price × quantity); tax and shipping beside it make the total.
    expect(first[0].ecommerce).toMatchObject({
      transaction_id: String(orderId),
      value: 36,
      tax: 2.88,
      shipping: 5,
      currency: "USD",
      items: [{ item_id: "111", item_name: "Stoneware Coffee Mug", price: 18, quantity: 2 }],
    });
    const { value, tax, shipping, items } = first[0].ecommerce as {
      value: number;
      tax: number;
      shipping: number;
      items: { price: number; quantity: number; discount?: number }[];
    };
    expect(items.reduce((n, i) => n + i.price * i.quantity, 0)).toBeCloseTo(value, 2);
    await expect(page.getByTestId("total")).toHaveText(`$${(value + tax + shipping).toFixed(2)}`);

    await page.reload();
    await expect(page.getByTestId("order-number")).toHaveText(String(orderId));
    expect(await purchaseEvents(page)).toHaveLength(0);

    const second = await browser.newContext({ baseURL: process.env.E2E_MULTI_USE_URL });
    try {
      const other = await second.newPage();
      await other.goto(link);
      await expect(other.getByTestId("order-number")).toHaveText(String(orderId));
      expect(await purchaseEvents(other)).toHaveLength(0);
    } finally {
      await second.close();
    }
  });
});

test.describe("for a German shopper", () => {
  test.use({ locale: "de-DE" });

  test("the confirmation speaks German and formats dates and money the German way", async ({
    page,
  }) => {
    await purchase(page, "de", "Canvas Weekender Bag");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      /^Vielen Dank, Ada! Ihre Bestellung Nr\. \d+ ist bestätigt\.$/,
    );
    await expect(page.getByTestId("order-status")).toHaveText("In Bearbeitung");
    // 89,50 + 5,00 + 7,16 Steuer, in the order's currency (USD) written the German way
    await expect(page.getByTestId("total")).toHaveText("101,66 $");
    // In the store's time zone (the sandbox store's is America/Chicago), named: GMT-6 in winter.
    await expect(page.getByTestId("order-date")).toHaveText(
      /^\d{1,2}\. \p{L}+ \d{4} um \d{2}:\d{2} GMT-[56]$/u,
    );
    await expect(page.getByRole("button", { name: "Beleg drucken" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });
});

test("printing shows a clean receipt without navigation", async ({ page }) => {
  await purchase(page, "print", "Walnut Serving Board");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print receipt" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Continue shopping" })).toBeHidden();
  await expect(page.getByTestId("total")).toBeVisible();
  await expect(page.getByText("Walnut Serving Board")).toBeVisible();
});

test("when BigCommerce fails to return the order, the shopper is told it was placed and can retry", async ({
  page,
  sandboxStore,
}) => {
  await purchase(page, "outage", "Enamel Camp Kettle");
  const orderId = page.url().split("/").pop();
  try {
    await sandboxStore.knobs({ failOperations: ["getOrder"] });
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Order #${orderId} was placed`,
    );
    await expect(page.getByText("store is not responding")).toBeVisible();
    await sandboxStore.reset();
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page.getByTestId("order-number")).toHaveText(orderId!);
  } finally {
    await sandboxStore.reset();
  }
});

test("axe finds no accessibility violations on the shopper's pages", async ({ page }) => {
  const check = async (name: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  };
  await page.goto("/");
  await check("home");
  await page.getByRole("link", { name: /Organic Cotton T-Shirt/ }).click();
  await check("product");
  await addToCart(page, "Beeswax Candle Trio");
  await check("cart");
  await fillDetails(page, uniqueEmail("axe"));
  await check("checkout");
  await payAndConfirm(page);
  // The order streams in after the skeleton: check the page the shopper reads.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Thank you");
  await check("confirmation");
  await page.goto("/order-confirmation/1");
  await check("404");
  await page.goto("/sign-in");
  await check("sign-in");
});

test("a guest who creates an account with the order's email finds the order in it", async ({
  page,
}) => {
  const email = await purchase(page, "signup", "Linen Tea Towel Set");
  const orderId = page.url().split("/").pop();
  await expect(page.getByText(`Create an account with ${email} to see this order`)).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();

  await submitSignUp(page, email, "short");
  await expect(page.getByText("Use at least 8 characters.").first()).toBeVisible();

  await submitSignUp(page, email, "analytical-engine-1");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
  // The guest order is now the new customer's: listed, and it opens as theirs.
  await page.getByRole("link", { name: `Order #${orderId}` }).click();
  await expect(page.getByTestId("order-number")).toHaveText(orderId!);
});

test("while a slow store answers, a skeleton holds the page's shape", async ({
  page,
  sandboxStore,
}) => {
  await purchase(page, "slow", "Beeswax Candle Trio");
  try {
    await sandboxStore.knobs({ latencyMs: 1500 });
    await page.reload({ waitUntil: "commit" });
    await expect(page.getByTestId("confirmation-skeleton")).toBeVisible();
    await expect(page.getByTestId("order-number")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId("confirmation-skeleton")).toHaveCount(0);
  } finally {
    await sandboxStore.reset();
  }
});
