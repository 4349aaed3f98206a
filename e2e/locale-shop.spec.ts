// A shopper whose browser speaks German, French or Arabic goes from the home page to the product, the
// cart and the checkout without meeting a word of the English catalogue, and a field error (an
// invalid email) is told in their language next to its field.
import type { Page } from "@playwright/test";
import {
  ADA,
  CATALOGUES,
  type Catalogue,
  expect,
  fillAddress,
  shippingAddress,
  test,
  uniqueEmail,
} from "./fixtures";

/** Every message of a catalogue, by its dotted key. */
function messagesOf(catalogue: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of messagesOf(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * What only an English-speaking shopper should read: every English message the locale words
 * differently ("Shop" is not English on a German page whose catalogue keeps "Shop" somewhere: the
 * locale's own words include it). A message with arguments ("Place order · {total}") counts by
 * its literal runs of two words or more ("Place order ·"), which no text of the locale may contain.
 */
function englishOnly(catalogue: Catalogue): { whole: Set<string>; phrases: string[] } {
  const theirs = messagesOf(catalogue);
  const kept = new Set(theirs.values());
  const whole = new Set<string>();
  const phrases: string[] = [];
  for (const [key, english] of messagesOf(CATALOGUES.en)) {
    if (theirs.get(key) === english || kept.has(english)) continue;
    if (!english.includes("{")) whole.add(english);
    else {
      for (const part of english.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)) {
        if (part.trim().includes(" ")) phrases.push(part.trim());
      }
    }
  }
  return { whole, phrases };
}

/** The page's visible text nodes, accessible names, placeholders and title, as the shopper meets them. */
function wordsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template, noscript")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const text = node.textContent?.trim();
      if (text) words.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [placeholder]")) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      for (const name of ["aria-label", "placeholder"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) words.push(value);
      }
    }
    return words;
  });
}

/** The store's own names, which stay as the store has them in every language. */
const STORE_NAMES = ["Stoneware Coffee Mug"];

/** Expects no English catalogue text on the page (the store's names aside). */
async function expectNoEnglish(page: Page, catalogue: Catalogue, where: string) {
  const { whole, phrases } = englishOnly(catalogue);
  const english = (await wordsOn(page))
    .filter((word) => !STORE_NAMES.includes(word))
    .filter((word) => whole.has(word) || phrases.some((phrase) => word.includes(phrase)));
  expect(english, `English on the ${where}`).toEqual([]);
}

const LOCALES = [
  { browser: "de-DE", catalogue: CATALOGUES.de },
  { browser: "fr-FR", catalogue: CATALOGUES.fr },
  { browser: "ar-AE", catalogue: CATALOGUES.ar },
] as const;

for (const { browser, catalogue } of LOCALES) {
  test.describe(`a shopper whose browser speaks ${browser}`, () => {
    test.use({ locale: browser });

    test("meets no English from home to checkout, and a field error in their language", async ({
      page,
    }) => {
      const { shop, cart, checkout, errors } = catalogue;
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(shop.title);
      await expectNoEnglish(page, catalogue, "home page");

      await page.getByRole("link", { name: /Stoneware Coffee Mug/ }).click();
      const addToCart = page.getByRole("button", { name: shop.addToCart });
      await expect(addToCart).toBeVisible();
      await expectNoEnglish(page, catalogue, "product page");

      await page.getByLabel(shop.quantity).fill("2");
      await addToCart.click();
      await expect(page).toHaveURL(/\/cart$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(cart.heading);
      await expectNoEnglish(page, catalogue, "cart");

      await page.getByRole("link", { name: cart.checkOut }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(checkout.title);
      await expectNoEnglish(page, catalogue, "checkout");

      // An email that is not one: the form comes back with the error next to the field.
      await page.getByLabel(checkout.email).fill("not-an-email");
      await fillAddress(shippingAddress(page), { ...ADA, country: "US" });
      await page.getByRole("button", { name: checkout.toShipping }).click();
      const email = page.getByLabel(checkout.email);
      await expect(email).toHaveAttribute("aria-invalid", "true");
      await expect(email).toHaveAccessibleDescription(errors.email);
      await expect(
        page.getByRole("alert").filter({ hasText: checkout.problem.correctFields }),
      ).toBeVisible();
      await expectNoEnglish(page, catalogue, "checkout with a field error");

      await email.fill(uniqueEmail(browser));
      await page.getByRole("button", { name: checkout.toShipping }).click();
      await expect(page.getByRole("heading", { name: checkout.shippingHeading })).toBeVisible();
      await expect(
        page.getByRole("button", { name: new RegExp(`^${checkout.placeOrder.split("{")[0]}`) }),
      ).toBeVisible();
      await expectNoEnglish(page, catalogue, "checkout's shipping and payment steps");
    });
  });
}
