// Locale negotiation takes any Accept-Language header a client sends, hostile ones included.
import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n";
import { itNegotiates } from "./support/locale";

describe("Accept-Language negotiation", () => {
  itNegotiates("%j → %s", [
    ["de-AT;q=0.8, en;q=0.5", "de"],
    ["en;q=0.5, de-AT;q=0.8", "de"],
    ["fr, de;q=0.9", "de"],
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
