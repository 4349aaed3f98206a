// The whole journey in each language the store speaks besides English (issue #16's acceptance):
// home → product → cart → checkout → pay → confirmation → sign-up → account → sign-in and a 404,
// with the browser set to the language. On every page no visible text (text nodes, the page's
// title, accessible names and placeholders) is a message of the English catalogue that the
// locale words differently, and axe finds no violations, the right-to-left Arabic pages included.
//
// Every catalogue in lib/i18n/messages gets the journey: a locale added as one more JSON file is
// checked without a change here (ADDRESSES may give it an address in a country where it is
// spoken). The journey is driven by what does not change with the language (input names, links'
// destinations, product names).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Page } from "@playwright/test";
import { CARDS, CONFIRMED_URL, expect, test, uniqueEmail } from "./fixtures";

const MESSAGES = path.join(__dirname, "..", "lib", "i18n", "messages");

/** Every locale with a catalogue, English aside: "ar", "de", "fr", …. */
const LOCALES = readdirSync(MESSAGES)
  .filter((file) => file.endsWith(".json") && file !== "en.json")
  .map((file) => file.slice(0, -".json".length))
  .sort();

/** A shopper's address, by the checkout's input names; a state only where the country has them. */
interface JourneyAddress {
  countryCode: string;
  firstName: string;
  lastName: string;
  address1: string;
  city: string;
  stateOrProvince?: string;
  postalCode: string;
}

/** A shopper in the United States (the state picked from the store's list): any other locale's. */
const US_ADDRESS: JourneyAddress = {
  countryCode: "US",
  firstName: "Mariam",
  lastName: "Haddad",
  address1: "12 Analytical Row",
  city: "Austin",
  stateOrProvince: "Texas",
  postalCode: "78701",
};

/** Addresses in a country where the locale's language is spoken. */
const ADDRESSES = new Map<string, JourneyAddress>([
  [
    "de",
    {
      countryCode: "DE",
      firstName: "Grete",
      lastName: "Weiskopf",
      address1: "Unter den Linden 12",
      city: "Berlin",
      postalCode: "10117",
    },
  ],
  [
    "fr",
    {
      countryCode: "FR",
      firstName: "Sophie",
      lastName: "Germain",
      address1: "12 rue de Rivoli",
      city: "Paris",
      postalCode: "75001",
    },
  ],
  // Arabic: an Arabic-speaking shopper in the United States (US_ADDRESS).
]);

/** The locale's writing direction, as Intl (CLDR) knows it: "rtl" for Arabic. */
function direction(locale: string): "ltr" | "rtl" {
  const tag = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  return (tag.getTextInfo?.() ?? tag.textInfo)?.direction === "rtl" ? "rtl" : "ltr";
}

const PRODUCT = "Stoneware Coffee Mug";
/** Names that stay as the store has them, whatever the language. */
const BRAND_NAMES = ["Storefront", "BigCommerce", "Visa", PRODUCT];

// ---------- the catalogues ----------

type Catalogue = { [key: string]: string | Catalogue };

function catalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(path.join(MESSAGES, `${locale}.json`), "utf8")) as Catalogue;
}

/** Every message of a catalogue by its dotted key ("confirmation.total"). */
function flatten(messages: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Text as a reader sees it: every run of white space (no-break spaces too) one space, trimmed. */
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A message as a pattern of the texts it can format to: its literal words as they are, every
 * argument any text, every plural or select any of its branches.
 */
function patternOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          return escape(normalize(element.value) === "" ? " " : element.value).replace(/\s+/g, " ");
        case TYPE.select:
        case TYPE.plural:
          return `(?:${Object.values(element.options)
            .map((option) => patternOf(option.value))
            .join("|")})`;
        case TYPE.tag:
          return patternOf(element.children);
        default:
          // An argument, a number, a date, a time, a plural's #.
          return ".+?";
      }
    })
    .join("");
}

/**
 * How many letters a message has in its own words, whatever its arguments (a plural or select
 * counts its poorest branch): a message that is (nearly) all arguments could be any text.
 */
function literalLetters(elements: MessageFormatElement[]): number {
  return elements.reduce((n, element) => {
    if (element.type === TYPE.literal) return n + (element.value.match(/\p{L}/gu)?.length ?? 0);
    if (element.type === TYPE.tag) return n + literalLetters(element.children);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      return (
        n +
        Math.min(...Object.values(element.options).map((option) => literalLetters(option.value)))
      );
    }
    return n;
  }, 0);
}

/** A message as a whole-text matcher; none for a message that is (nearly) all arguments. */
function matcher(message: string): RegExp | null {
  const elements = parse(message);
  if (literalLetters(elements) < 2) return null;
  return new RegExp(`^${patternOf(elements).replace(/^ | $/g, "")}$`, "u");
}

interface EnglishMessage {
  key: string;
  english: string;
  matches: RegExp;
}

/**
 * The English messages a page in `locale` must not show: those the locale words differently
 * (a word both languages share, like "Status", is no slip). A text that the locale's own messages
 * can also produce is the locale's.
 */
function englishToAvoid(locale: string) {
  const english = flatten(catalogue("en"));
  const own = flatten(catalogue(locale));
  const avoid: EnglishMessage[] = [];
  for (const [key, message] of english) {
    const matches = own.get(key) === message ? null : matcher(message);
    if (matches) avoid.push({ key, english: message, matches });
  }
  const ownMatchers = [...own.values()].flatMap((m) => matcher(m) ?? []);
  return { avoid, isOwn: (text: string) => ownMatchers.some((m) => m.test(text)) };
}

// ---------- the page ----------

/**
 * What a shopper perceives of the page: its visible text nodes (hidden ones skipped; text kept for
 * assistive technology, such as visually hidden headings, included), its title, and the accessible
 * names, placeholders and alternative texts of its visible elements.
 */
async function perceivedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (element: Element | null): boolean => {
      if (!element) return false;
      // An option is drawn by its select.
      const shown = element.closest("select") ?? element;
      return shown.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      if (visible(parent)) texts.push(node.textContent ?? "");
    }
    for (const element of document.body.querySelectorAll(
      "[aria-label], [placeholder], [alt], [title]",
    )) {
      if (!visible(element)) continue;
      for (const name of ["aria-label", "placeholder", "alt", "title"]) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/**
 * The texts that are English messages `locale` words differently, each with its key; brand and
 * product names and what the shopper typed (`typed`) aside.
 */
function englishIn(locale: string, texts: string[], typed: string[] = []): string[] {
  const { avoid, isOwn } = englishToAvoid(locale);
  const ignored = new Set([...BRAND_NAMES, ...typed].map(normalize));
  const english = new Set<string>();
  for (const text of texts.map(normalize)) {
    if (text === "" || ignored.has(text) || isOwn(text)) continue;
    const slip = avoid.find((m) => m.matches.test(text));
    if (slip) english.add(`"${text}" (${slip.key})`);
  }
  return [...english];
}

/** Checks one page of the journey: its language and direction, its words and axe. */
async function checkPage(
  page: Page,
  locale: string,
  name: string,
  /** What the shopper typed on the way (shown back to them as they typed it). */
  typed: string[],
) {
  await expect(page.locator("html"), name).toHaveAttribute("lang", locale);
  await expect(page.locator("html"), name).toHaveAttribute("dir", direction(locale));
  const english = englishIn(locale, await perceivedTexts(page), typed);
  expect.soft(english, `English on the ${name} page in ${locale}`).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect
    .soft(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      `axe on the ${name} page in ${locale}`,
    )
    .toEqual([]);
}

// ---------- the journey, by what does not change with the language ----------

/** The submit button of the form holding `field` (an input's name). */
const submitOf = (page: Page, field: string) =>
  // Not the address form's "update the form for this country" button (data-reshapes).
  page.locator(`form:has([name="${field}"]) [type="submit"]:not([data-reshapes])`).first();

/** Fills the checkout's details: the country first (the form takes its shape), then the rest. */
async function fillDetails(page: Page, email: string, address: JourneyAddress) {
  const country = page.locator('select[name="countryCode"]');
  if ((await country.inputValue()) !== address.countryCode) {
    await country.selectOption(address.countryCode);
    // The form takes the country's shape (a new page): wait for it before typing into it.
    await expect(page.locator('select[name="countryCode"]')).toHaveValue(address.countryCode);
    if (address.stateOrProvince) {
      // This country's own list (another country's may be showing until the new form arrives).
      const state = `select[name="stateOrProvince"] option[value="${address.stateOrProvince}"]`;
      await expect(page.locator(state)).toHaveCount(1);
    }
    await page.waitForLoadState("networkidle");
  }
  await page.locator('input[name="email"]').fill(email);
  for (const [field, value] of Object.entries(address)) {
    if (field === "countryCode") continue;
    // The visible field: the form that updates the address's shape keeps hidden copies of it.
    const input = page.locator(`[name="${field}"]:visible`).first();
    if ((await input.evaluate((e) => e.tagName)) === "SELECT") await input.selectOption(value);
    else await input.fill(value);
  }
}

test("the check tells English from German, arguments and plurals included", () => {
  const texts = [
    "Thank you, Ada! Your order #4242 is confirmed.",
    "Too many attempts. Please wait 1 minute and try again.",
    "  Sign \n  in ",
    "Vielen Dank, Ada! Ihre Bestellung Nr. 4242 ist bestätigt.",
    "Zu viele Versuche. Bitte warten Sie 1 Minute und versuchen Sie es dann erneut.",
    // The same in both languages, and a product's name.
    "Status",
    PRODUCT,
    // What the shopper typed (here, a company named like a message).
    "Total",
  ];
  expect(englishIn("de", texts, ["Total"])).toEqual([
    '"Thank you, Ada! Your order #4242 is confirmed." (confirmation.headline.confirmed)',
    '"Too many attempts. Please wait 1 minute and try again." (account.problem.throttled)',
    '"Sign in" (layout.signIn)',
  ]);
});

for (const locale of LOCALES) {
  test.describe(`in ${locale}`, () => {
    // The browser's language: Chromium sends it as Accept-Language on every navigation.
    test.use({ locale });

    test(`the whole journey shows no English words and passes axe`, async ({ page }) => {
      test.setTimeout(120_000);
      const address = ADDRESSES.get(locale) ?? US_ADDRESS;
      const email = uniqueEmail(`journey-${locale}`);
      const password = "journey-pass-1";
      const typed = [email, ...Object.values(address)];

      await page.goto("/");
      await checkPage(page, locale, "home", typed);

      await page.getByRole("link", { name: new RegExp(PRODUCT) }).click();
      await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
      await checkPage(page, locale, "product", typed);

      await submitOf(page, "productId").click();
      await expect(page).toHaveURL(/\/cart$/);
      await checkPage(page, locale, "cart", typed);

      await page.locator('main a[href="/checkout"]').first().click();
      await expect(page).toHaveURL(/\/checkout/);
      await checkPage(page, locale, "checkout", typed);

      await fillDetails(page, email, address);
      await submitOf(page, "email").click();
      const shipping = page.locator('input[name="shippingOptionId"]').first();
      await expect(shipping).toBeVisible();
      await shipping.check();
      await page.waitForLoadState("networkidle");
      await checkPage(page, locale, "checkout's payment step", typed);

      await page
        .locator('[name="cardholderName"]')
        .fill(`${address.firstName} ${address.lastName}`);
      await page.locator('[name="cardNumber"]').fill(CARDS.success);
      await page.locator('[name="cardExpiry"]').fill("12/34");
      await page.locator('[name="cardCvv"]').fill("123");
      await submitOf(page, "cardNumber").click();
      await expect(page).toHaveURL(CONFIRMED_URL);
      await expect(page.getByTestId("order-number")).toBeVisible();
      await checkPage(page, locale, "confirmation", typed);

      // The guest's prompt to keep their details: the sign-up page, asked twice.
      await page.locator('main a[href="/sign-up"]').first().click();
      await expect(page).toHaveURL(/\/sign-up$/);
      await checkPage(page, locale, "sign-up", typed);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill("short");
      await submitOf(page, "password").click();
      await expect(page.locator("#field-password-error")).toBeVisible();
      await expect(page.locator("#field-firstName-error")).toBeVisible();
      await checkPage(page, locale, "sign-up with mistakes", typed);

      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="firstName"]').fill(address.firstName);
      await page.locator('input[name="lastName"]').fill(address.lastName);
      await page.locator('input[name="password"]').fill(password);
      await submitOf(page, "password").click();
      await expect(page).toHaveURL(/\/account$/);
      // The order just placed is the new customer's: listed with its date, status and total.
      const order = page.locator(".order-row");
      await expect(order).toHaveCount(1);
      // Awaiting fulfillment (status 11), in the locale's words.
      await expect(order).toContainText(flatten(catalogue(locale)).get("status.11.label")!);
      await expect(order.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
      await checkPage(page, locale, "account", typed);

      // Signing out (the account page's one button), then a refused sign-in.
      await page.locator("main form [type=submit]").click();
      await expect(page).toHaveURL(/\/$/);
      await page.goto("/sign-in");
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill("not-the-password-1");
      await submitOf(page, "password").click();
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale, "sign-in, refused", [...typed, password]);

      const missing = await page.goto("/no-such-page");
      expect(missing?.status()).toBe(404);
      await checkPage(page, locale, "404", typed);
    });
  });
}
