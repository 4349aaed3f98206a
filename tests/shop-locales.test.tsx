// @vitest-environment jsdom
// The cart and checkout in German and Arabic: every word from the catalogue in the shopper's
// language (no English left), money and quantities through Intl, and lib's codes translated.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { FormAlert } from "@/app/_components/field";
import { EmptyCart } from "@/app/cart/_components/cart-states";
import { LineActions } from "@/app/cart/_components/line-actions";
import { OrderSummary } from "@/app/checkout/_components/order-summary";
import { PaymentSection } from "@/app/checkout/_components/payment-section";
import { ShippingPending, ShippingSection } from "@/app/checkout/_components/shipping-section";
import { CheckoutProblem } from "@/lib/checkout";
import { toCheckoutView } from "@/lib/checkout/view";
import { LOCALES, localeContext, type Locale } from "@/lib/i18n";
import { message, translate, translateAll } from "@/lib/i18n/message";
import { mixedCheckout, readerOf } from "./support/checkout-fixtures";

afterEach(() => cleanup());

/** Every message of a catalogue by its dotted key. */
function flatten(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value]]
      : flatten(value as object, `${prefix}${key}.`),
  );
}

/**
 * What an English-speaking shopper would read that a `locale` shopper must not: each English
 * message that the locale words differently, and, of a message with arguments, each of its
 * literal runs of two words or more ("Place order", "Qty").
 */
function englishOnly(locale: Locale): string[] {
  const theirs = new Map(flatten(LOCALES[locale].messages));
  return flatten(LOCALES.en.messages)
    .filter(([key, english]) => theirs.get(key) !== english)
    .flatMap(([, english]) =>
      english.includes("{")
        ? english
            .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)
            .map((part) => part.trim())
            .filter((part) => part.length >= 3 && /[a-z]{2}/i.test(part))
        : [english],
    );
}

/** The visible text nodes and the accessible names and placeholders of what was rendered. */
function wordsOnScreen(root: HTMLElement): string[] {
  const words: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) words.push(text);
  }
  for (const element of root.querySelectorAll("[aria-label], [placeholder]")) {
    for (const name of ["aria-label", "placeholder"]) {
      const value = element.getAttribute(name);
      if (value) words.push(value);
    }
  }
  return words;
}

/** The store's own words (product, option, fee and shipping method names), kept as they are. */
const STORE_WORDS = [
  "Stoneware Mug",
  "Color: Blue",
  "Field Guide to Coffee (e-book)",
  "$25 Gift Certificate",
  "Engraving",
  "Eco packaging",
  "Standard Shipping",
  "SAVE10",
];

async function renderCheckout(locale: Locale) {
  const { t, tag } = localeContext(locale);
  const view = toCheckoutView(await readerOf(mixedCheckout()).getCheckout(mixedCheckout().id));
  const problem = new CheckoutProblem(message("checkout.problem.correctFields"), {
    cardNumber: message("errors.cardNumber"),
  });
  const errors = translateAll(t, problem.fieldErrors);
  const { container } = render(
    <main>
      <FormAlert message={translate(t, problem.reason)} fieldErrors={errors} />
      <CartLines view={view} t={t} tag={tag} renderAction={(l) => <LineActions line={l} t={t} />} />
      <CartTotals view={view} t={t} tag={tag} />
      <ShippingSection view={view} t={t} tag={tag} />
      <ShippingPending needsShipping t={t} />
      <PaymentSection view={view} errors={errors} step={3} t={t} tag={tag} />
      <OrderSummary view={view} couponError={undefined} t={t} tag={tag} />
      <EmptyCart t={t} />
    </main>,
  );
  return { container, view };
}

describe.each(["de", "ar"] as const)("the cart and checkout in %s", (locale) => {
  it("show no English: every word comes from the locale's catalogue", async () => {
    const { container } = await renderCheckout(locale);
    const english = englishOnly(locale);
    // A single English word counts only on its own ("Shipping", not "Standard Shipping", the
    // store's name for a method); a phrase counts wherever it appears.
    const leftovers = wordsOnScreen(container)
      .filter((word) => !STORE_WORDS.includes(word))
      .filter((word) => english.some((e) => word === e || (e.includes(" ") && word.includes(e))));
    expect(leftovers).toEqual([]);
  });
});

describe("the cart and checkout in German", () => {
  it("format money, quantities and totals the German way", async () => {
    await renderCheckout("de");
    const summary = screen.getAllByRole("table")[0];
    const rows = within(summary)
      .getAllByRole("row")
      .map((row) => row.textContent?.replace(/\u00a0/g, " "));
    expect(rows).toEqual([
      "Zwischensumme64,99 $",
      "Rabatt−1,25 $",
      "Rabatt (SAVE10)−3,50 $",
      "Versand5,00 $",
      "Bearbeitungsgebühr1,50 $",
      "Eco packaging0,75 $",
      "MwSt.2,71 $",
      "Gesamtsumme70,20 $",
    ]);
    expect(screen.getAllByText("Menge 2 × 12,50 $")[0]).toBeVisible();
    expect(screen.getByRole("button", { name: "Kaufen · 70,20\u00a0$" })).toBeVisible();
    expect(screen.getAllByRole("button", { name: "Stoneware Mug entfernen" })[0]).toBeVisible();
  });

  it("shows lib's field error in German, linked to its field", async () => {
    await renderCheckout("de");
    const card = screen.getByLabelText("Kartennummer");
    expect(card).toHaveAccessibleDescription("Geben Sie eine gültige Kartennummer ein.");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Bitte korrigieren Sie die markierten Felder.",
    );
  });

  it("counts items with the language's plurals", () => {
    const { t } = localeContext("de");
    expect([1, 2].map((n) => t("cart.itemCount", { n }))).toEqual(["1 Artikel", "2 Artikel"]);
    const ar = localeContext("ar").t;
    expect([1, 2, 3, 11, 100].map((n) => ar("cart.itemCount", { n }))).toEqual([
      "منتج واحد",
      "منتجان",
      "3 منتجات",
      "11 منتجًا",
      "100 منتج",
    ]);
    expect(localeContext("en").t("cart.itemCount", { n: 1 })).toBe("1 item");
  });
});

describe("the cart and checkout in English", () => {
  it("read as before the catalogue: the same words, money and totals", async () => {
    await renderCheckout("en");
    expect(screen.getByRole("button", { name: "Place order · $70.20" })).toBeVisible();
    expect(document.querySelector("form.coupon-applied span")).toHaveTextContent(
      "Coupon SAVE10 applied",
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Please correct the highlighted fields.");
  });
});
