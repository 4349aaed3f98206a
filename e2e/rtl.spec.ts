// Arabic is written right to left: a browser asking for Arabic gets `<html lang="ar" dir="rtl">`
// and a mirrored layout (brand at the right, amounts at the left), and axe passes on it; a browser
// asking for French reads French; the language switcher's choice outlasts the page it was made on.
// The purchases go through the fixtures' helpers in English (the browser's default); the same
// shopper's browser, cookies and all, then asks for another language.
//
// `RTL_SCREENSHOT=1 npx playwright test e2e/rtl.spec.ts` also writes the Arabic confirmation,
// 1280 px wide, to docs/confirmation-ar-rtl.png (the README shows it); CI runs leave it alone.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import path from "node:path";
import { localeContext } from "../lib/i18n";
import { ADA, expect, orderIdOf, purchase, test } from "./fixtures";

const SCREENSHOT = path.resolve(__dirname, "..", "docs", "confirmation-ar-rtl.png");

async function expectNoViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

/** Where an element's text is drawn (not its box): its left and right edges in pixels. */
async function textEdges(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { left, right } = range.getBoundingClientRect();
    return { left, right };
  });
}

/**
 * Whether `text` (inside the element, in one text node, on one line) is drawn with its first
 * letter left of its last: Latin text keeps its own order in a right-to-left page.
 */
async function drawnLeftToRight(locator: Locator, text: string): Promise<boolean> {
  return locator.evaluate((element, text) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const edge = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(node!, start);
        range.setEnd(node!, end);
        return range.getBoundingClientRect().left;
      };
      return edge(at, at + 1) < edge(at + text.length - 1, at + text.length);
    }
    throw new Error(`"${text}" is not on the page`);
  }, text);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, "the element is laid out").not.toBeNull();
  return { left: b!.x, right: b!.x + b!.width };
}

/** An element's content box (inside its padding): its left and right edges in pixels. */
async function contentBox(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((element) => {
    const { left, right } = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      left: left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
      right: right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
    };
  });
}

/**
 * The brand and the main navigation in the header, and the page's content column (inside the main
 * landmark's padding): their horizontal extents.
 */
async function headerLayout(page: Page) {
  const header = page.getByRole("banner");
  return {
    brand: await box(header.getByRole("link", { name: "Storefront" })),
    nav: await box(header.getByRole("navigation")),
    column: await contentBox(page.getByRole("main")),
  };
}

/** Right to left: the brand at the column's right edge, the navigation to its left. */
async function expectMirroredHeader(page: Page) {
  const { brand, nav, column } = await headerLayout(page);
  expect(Math.abs(column.right - brand.right), "the brand sits at the right edge").toBeLessThan(2);
  expect(nav.right, "the navigation is to the brand's left").toBeLessThan(brand.left);
  expect(nav.left - column.left, "and reaches the left edge").toBeLessThan(2);
}

/**
 * The same shopper's browser (its cookies, so its access to the order) with its language set to
 * `locale`: Chromium then sends that Accept-Language on every request. The caller closes it.
 */
async function sameBrowserIn(browser: Browser, page: Page, locale: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    locale,
    storageState: await page.context().storageState(),
  });
  return context.newPage();
}

test.describe("a browser that asks for Arabic", () => {
  test.use({ locale: "ar" });

  test("gets a right-to-left home page: lang and dir, brand at the right, navigation to its left, no axe violations", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectMirroredHeader(page);
    await expect(page.getByRole("navigation").getByRole("link").first()).toHaveText("المتجر");
    await expectNoViolations(page, "home (ar)");
  });
});

test("a shopper's confirmation in Arabic is mirrored and passes axe; in English it is not mirrored", async ({
  page,
  browser,
}) => {
  await purchase(page, "rtl", "Beeswax Candle Trio");
  const orderId = orderIdOf(page.url());

  // The control: the English page reads left to right, brand first.
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  const english = await headerLayout(page);
  expect(Math.abs(english.brand.left - english.column.left)).toBeLessThan(2);
  expect(english.brand.right).toBeLessThan(english.nav.left);

  const arabic = await sameBrowserIn(browser, page, "ar");
  try {
    await arabic.goto(`/order-confirmation/${orderId}`);
    await expect(arabic).toHaveURL(new RegExp(`/order-confirmation/${orderId}$`));
    await expect(arabic.locator("html")).toHaveAttribute("lang", "ar");
    await expect(arabic.locator("html")).toHaveAttribute("dir", "rtl");
    const { t } = localeContext("ar");
    await expect(arabic.getByTestId("confirmation-heading")).toHaveText(
      t("confirmation.headline.confirmed", { hasName: "yes", name: "Ada", order: String(orderId) }),
    );

    await expectMirroredHeader(arabic);

    // The order summary: labels at the right edge, amounts at the left edge.
    const receipt = arabic.getByTestId("receipt");
    const table = await box(receipt);
    const totalRow = receipt.getByRole("row", { name: new RegExp(t("confirmation.total")) });
    const amount = await textEdges(totalRow.getByTestId("total"));
    const label = await textEdges(totalRow.getByRole("rowheader"));
    expect(amount.left - table.left, "the total is drawn at the left edge").toBeLessThan(2);
    expect(table.right - label.right, "its label at the right edge").toBeLessThan(2);
    expect(amount.right).toBeLessThan(label.left);
    const subtotal = await textEdges(receipt.getByTestId("subtotal"));
    expect(subtotal.left - table.left, "every amount starts at the left edge").toBeLessThan(2);

    // The shopper's street, in Latin letters, keeps its order: "12 Analytical Row", not
    // "Analytical Row 12".
    const address = arabic.getByRole("main").locator("address").first();
    expect(await drawnLeftToRight(address, ADA.street)).toBe(true);

    await expectNoViolations(arabic, "confirmation (ar)");

    if (process.env.RTL_SCREENSHOT) {
      await arabic.setViewportSize({ width: 1280, height: 800 });
      await arabic.screenshot({ path: SCREENSHOT, fullPage: true });
    }
  } finally {
    await arabic.context().close();
  }
});

test("a shopper whose browser asks for French reads the confirmation in French", async ({
  page,
  browser,
}) => {
  await purchase(page, "fr", "Beeswax Candle Trio");
  const orderId = orderIdOf(page.url());
  const french = await sameBrowserIn(browser, page, "fr-FR");
  try {
    await french.goto(`/order-confirmation/${orderId}`);
    await expect(french.locator("html")).toHaveAttribute("lang", "fr");
    await expect(french.locator("html")).toHaveAttribute("dir", "ltr");
    const { t } = localeContext("fr");
    await expect(french.getByTestId("confirmation-heading")).toHaveText(
      t("confirmation.headline.confirmed", { hasName: "yes", name: "Ada", order: String(orderId) }),
    );
    await expect(french.getByRole("heading", { name: t("confirmation.summary") })).toBeVisible();
    await expect(
      french.getByRole("row", { name: new RegExp(t("confirmation.total")) }),
    ).toBeVisible();
  } finally {
    await french.context().close();
  }
});

test("the language switcher's choice is remembered on the next pages", async ({ page }) => {
  // An English browser: the choice, not the Accept-Language header, makes the pages French.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const switcher = page.getByRole("contentinfo").getByRole("form", { name: "Language" });
  await switcher.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/$/);

  const { t } = localeContext("fr");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: t("layout.cart") })
    .click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("contentinfo")).toContainText(t("layout.footer"));
  await expect(
    page
      .getByRole("form", { name: t("layout.language") })
      .getByRole("button", { name: "Français" }),
  ).toHaveAttribute("aria-current", "true");
});
