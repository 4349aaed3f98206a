import { describe, expect, it } from "vitest";
import { addDecimals, formatMoney, isZero } from "@/lib/money";

describe("money", () => {
  it("adds v2 decimal strings exactly, where floats drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimals("0.1", "0.2")).toBe("0.3000");
    const many = Array.from({ length: 1000 }, () => "0.0100");
    expect(addDecimals(...many)).toBe("10.0000");
    expect(addDecimals("62.6793", "8", "-0.6793")).toBe("70.0000");
  });

  it("refuses what is not a decimal amount", () => {
    expect(() => addDecimals("1e3")).toThrow();
    expect(() => addDecimals("12.34567")).toThrow();
    expect(addDecimals("12.34560")).toBe("12.3456");
  });

  it("formats in the order's currency without rounding through a float", () => {
    expect(formatMoney("86.2800", "USD")).toBe("$86.28");
    expect(formatMoney("1234.5", "EUR", "de-DE")).toBe("1.234,50\u00a0€");
    expect(formatMoney("9007199254740993.01", "USD")).toBe("$9,007,199,254,740,993.01");
    expect(isZero("0.0000")).toBe(true);
    expect(isZero("0.0001")).toBe(false);
  });
});
