import { describe, expect, it } from "vitest";
import {
  addDecimals,
  currencyPlaces,
  formatMoney,
  isZero,
  multiplyDecimal,
  sameAmount,
  subtractDecimals,
  toAnalyticsNumber,
} from "@/lib/money";

describe("money", () => {
  it("adds v2 decimal strings exactly, where floats drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimals("0.1", "0.2")).toBe("0.3000");
    const many = Array.from({ length: 1000 }, () => "0.0100");
    expect(addDecimals(...many)).toBe("10.0000");
    expect(addDecimals("62.6793", "8", "-0.6793")).toBe("70.0000");
  });

  it("refuses what is not a decimal amount, and keeps four places half-up", () => {
    expect(() => addDecimals("1e3")).toThrow();
    expect(() => addDecimals("")).toThrow();
    expect(addDecimals("12.34565")).toBe("12.3457");
    expect(addDecimals("12.34560")).toBe("12.3456");
  });

  it("compares, subtracts and multiplies exactly, and rounds for analytics by the currency", () => {
    expect(sameAmount("8", "8.0000")).toBe(true);
    expect(sameAmount(19.99, "19.9900")).toBe(true);
    expect(sameAmount(0.1 + 0.2, "0.3")).toBe(false);
    expect(subtractDecimals("10", "0.01")).toBe("9.9900");
    expect(multiplyDecimal("0.1", 3)).toBe("0.3000");
    expect(toAnalyticsNumber("62.6750")).toBe(62.68);
    expect(toAnalyticsNumber("1234.5", currencyPlaces("JPY"))).toBe(1235);
    expect(currencyPlaces("KWD")).toBe(3);
    expect(currencyPlaces("USD")).toBe(2);
  });

  it("formats in the order's currency without rounding through a float", () => {
    expect(formatMoney("86.2800", "USD")).toBe("$86.28");
    expect(formatMoney("1234.5", "EUR", "de-DE")).toBe("1.234,50\u00a0€");
    expect(formatMoney("9007199254740993.01", "USD")).toBe("$9,007,199,254,740,993.01");
    expect(isZero("0.0000")).toBe(true);
    expect(isZero("0.0001")).toBe(false);
  });
});
