// Locale negotiation takes any Accept-Language header a client sends, hostile ones included.
import { describe, expect, it } from "vitest";
import { LOCALES, localeContext, negotiateLocale, SUPPORTED } from "@/lib/i18n";
import { itNegotiates } from "./support/locale";

describe("Accept-Language negotiation", () => {
  itNegotiates("%j → %s", [
    ["de-AT;q=0.8, en;q=0.5", "de"],
    ["en;q=0.5, de-AT;q=0.8", "de"],
    ["fr, de;q=0.9", "fr"],
    ["it, de;q=0.9", "de"],
    ["ar-EG", "ar"],
    ["fr-CA;q=0.5, en-US;q=0.4", "fr"],
    ["de-CH", "de"],
    ["en-GB, de", "en"],
    ["de;q=0", "en"],
    ["*", "en"],
    ["", "en"],
  ]);

  it.each([
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "xx-%%%",
    "de;q=abc, ;;,",
    "a".repeat(16_384),
  ])("a hostile value (%s) falls back to English instead of failing", (header) => {
    expect(negotiateLocale(header)).toBe("en");
  });
});

/** Every key of a catalogue, as dotted paths ("confirmation.total"). */
function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe("the catalogues (one JSON file per locale)", () => {
  const english = keysOf(LOCALES.en.messages).sort();

  it.each(SUPPORTED)("%s has exactly the English keys, each a valid ICU message", (locale) => {
    expect(keysOf(LOCALES[locale].messages).sort()).toEqual(english);
    const { t } = localeContext(locale);
    for (const key of english) {
      // A malformed message or a missing argument makes the translator report the key itself.
      const text = (t as unknown as (k: string, v: object) => string)(key, {
        hasName: "yes",
        name: "Ada",
        order: "4242",
        n: 2,
        of: 3,
        email: "ada@example.com",
        brand: "Visa",
        last4: "1111",
        // The shop, cart and checkout messages' arguments.
        label: "Size: M",
        recipient: "Grace Hopper",
        price: "$12.50",
        total: "$70.20",
        detail: "Out of stock",
        code: "SAVE10",
        step: 3,
        minutes: 2,
        min: 1,
        max: 50,
        // lib/address's kinds of field, and a postal code's example (address.*).
        kind: "state",
        hasExample: "yes",
        example: "10115",
        // The order lookup's email: how long its link lasts.
        hours: 24,
      });
      expect(text, `${locale} ${key}`).not.toContain(key);
      expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
    }
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(SUPPORTED.map((l) => [l, localeContext(l).dir])).toEqual([
      ["en", "ltr"],
      ["de", "ltr"],
      ["fr", "ltr"],
      ["ar", "rtl"],
    ]);
  });

  it("words a plural in the message, not in code", () => {
    const { t } = localeContext("en");
    expect(t("confirmation.shipment", { n: 1, of: 1 })).toBe("Shipment");
    expect(t("confirmation.shipment", { n: 2, of: 3 })).toBe("Shipment 2 of 3");
  });
});

describe("the French and Arabic catalogues", () => {
  it("are translated, not English copies", () => {
    expect(localeContext("fr").t("confirmation.title")).toBe("Confirmation de commande");
    expect(localeContext("ar").t("confirmation.title")).toBe("تأكيد الطلب");
  });

  it("counts shipments with Arabic's dual and plural forms", () => {
    const { t } = localeContext("ar");
    expect(t("confirmation.shipment", { n: 1, of: 1 })).toBe("الشحنة");
    expect(t("confirmation.shipment", { n: 1, of: 2 })).toBe("الشحنة 1 من شحنتين");
    expect(t("confirmation.shipment", { n: 2, of: 3 })).toBe("الشحنة 2 من 3 شحنات");
    expect(t("confirmation.shipment", { n: 4, of: 11 })).toBe("الشحنة 4 من 11 شحنة");
  });
});
