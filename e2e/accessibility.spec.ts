// Every shopper's page passes axe (all its default rules, best practices such as `region`
// included) in sandbox mode, where the sandbox banner shows, and in live mode, in English and
// German; the 404 that proxy.ts serves is the React 404, word for word; and a hostile
// Accept-Language header is only ever a language we do not speak.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import {
  addToCart,
  CARDS,
  CONFIRMED_URL,
  expect,
  fillDetails,
  inAnyLanguage,
  orderIdOf,
  pay,
  test,
  uniqueEmail,
} from "./fixtures";

const MODES = {
  sandbox: process.env.E2E_SANDBOX_MODE_URL,
  live: process.env.E2E_BASE_URL,
} as const;

const LANGUAGES = {
  en: {
    browser: "en-US",
    pageNotFound: "Page not found",
    orderNotFound: "We can’t show this order",
  },
  de: {
    browser: "de-DE",
    pageNotFound: "Seite nicht gefunden",
    orderNotFound: "Wir können diese Bestellung nicht anzeigen",
  },
} as const;

type Language = keyof typeof LANGUAGES;

async function expectNoViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

/** The page's frame and content (header, main, footer), attributes sorted, comments left out. */
async function frameOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const serialize = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
      if (node.nodeType !== Node.ELEMENT_NODE) return "";
      const element = node as Element;
      const tag = element.tagName.toLowerCase();
      const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      const children = [...element.childNodes].map(serialize).join("");
      return `<${[tag, ...attributes].join(" ")}>${children}</${tag}>`;
    };
    return ["header", "main", "footer"].map((s) => serialize(document.querySelector(s)!));
  });
}

/** Opens a 404 and checks its status, heading and language, then runs axe on it. */
async function check404(page: Page, path: string, heading: string, language: Language) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expectNoViolations(page, path);
  return response!;
}

/** A guest purchase on this instance; returns the order id (the browser holds its grant). */
async function purchase(page: Page): Promise<number> {
  await addToCart(page, "Beeswax Candle Trio");
  await fillDetails(page, uniqueEmail("a11y"));
  await pay(page, CARDS.success);
  await expect(page).toHaveURL(CONFIRMED_URL);
  return orderIdOf(page.url());
}

/**
 * The confirmation route's 404s: the prebuilt document proxy.ts serves (a browser with no session;
 * a browser with a session and a bad link) and the one the page renders (a session, no link), the
 * same markup in all three. Needs a page whose browser has just made a purchase.
 */
async function checkConfirmation404s(
  browser: Browser,
  page: Page,
  baseURL: string,
  language: Language,
  orderId: number,
) {
  const { orderNotFound } = LANGUAGES[language];
  const other = orderId + 1000;
  const badLink = await check404(
    page,
    `/order-confirmation/${other}?t=nope`,
    orderNotFound,
    language,
  );
  // The prebuilt document: no Next.js page behind it.
  expect(await badLink.text()).not.toContain("/_next/");
  const prebuilt = await frameOf(page);

  await check404(page, `/order-confirmation/${other}`, orderNotFound, language);
  expect(await frameOf(page), "the React 404 and proxy.ts's 404 are the same").toEqual(prebuilt);

  const fresh = await browser.newContext({ baseURL, locale: LANGUAGES[language].browser });
  try {
    const stranger = await fresh.newPage();
    const noCookie = await check404(stranger, "/order-confirmation/1", orderNotFound, language);
    expect(await noCookie.text()).not.toContain("/_next/");
    expect(await frameOf(stranger)).toEqual(prebuilt);
  } finally {
    await fresh.close();
  }
}

for (const language of Object.keys(LANGUAGES) as Language[]) {
  test.describe(`in ${language}`, () => {
    // The browser's language: Chromium sends it as Accept-Language on every navigation.
    test.use({ locale: LANGUAGES[language].browser });

    test.describe("in sandbox mode", () => {
      test.use({ baseURL: MODES.sandbox });

      test("axe finds no violations on any page, the sandbox banner and the 404s included", async ({
        page,
        browser,
      }) => {
        await page.goto("/");
        await expect(page.getByRole("banner").getByRole("note")).toBeVisible();
        await expectNoViolations(page, "home");
        await page.getByRole("link", { name: /Organic Cotton T-Shirt/ }).click();
        await expect(
          page.getByRole("button", { name: inAnyLanguage((c) => c.shop.addToCart) }),
        ).toBeVisible();
        await expectNoViolations(page, "product");
        await page.goto("/sign-in");
        await expectNoViolations(page, "sign-in");
        await page.goto("/sign-up");
        await expectNoViolations(page, "sign-up");
        await check404(page, "/no-such-page", LANGUAGES[language].pageNotFound, language);

        await addToCart(page, "Beeswax Candle Trio");
        await expectNoViolations(page, "cart");
        const orderId = await purchase(page);
        await checkConfirmation404s(browser, page, MODES.sandbox!, language, orderId);
      });
    });

    test.describe("in live mode", () => {
      test.use({ baseURL: MODES.live });

      test("axe finds no violations on the 404s", async ({ page, browser }) => {
        await page.goto("/");
        await expect(page.getByRole("note")).toHaveCount(0);
        await check404(page, "/no-such-page", LANGUAGES[language].pageNotFound, language);
        const orderId = await purchase(page);
        await checkConfirmation404s(browser, page, MODES.live!, language, orderId);
      });
    });
  });
}

test("an Accept-Language header named like an object property is just an unknown language", async ({
  request,
}) => {
  for (const base of Object.values(MODES)) {
    for (const header of ["constructor", "__proto__"]) {
      const headers = { "Accept-Language": header };
      const home = await request.get(`${base}/`, { headers });
      expect(home.status(), `${base}/ with ${header}`).toBe(200);
      expect(await home.text()).toContain('<html lang="en"');
      const order = await request.get(`${base}/order-confirmation/999`, { headers });
      expect(order.status(), `${base}/order-confirmation/999 with ${header}`).toBe(404);
      expect(await order.text()).toContain(LANGUAGES.en.orderNotFound);
    }
  }
});
