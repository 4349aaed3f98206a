// Locale negotiation takes any Accept-Language header a client sends, hostile ones included.
import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n";

describe("Accept-Language negotiation", () => {
  it.each([
    ["de-AT;q=0.8, en;q=0.5", "de"],
    ["en;q=0.5, de-AT;q=0.8", "de"],
    ["fr, de;q=0.9", "de"],
    ["de-CH", "de"],
    ["en-GB, de", "en"],
    ["de;q=0", "en"],
    ["*", "en"],
    ["", "en"],
  ])("%j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

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
