// Money as BigCommerce sends it: v2 decimal strings ("62.6793") and v3 numbers. Arithmetic goes
// through big.js (arbitrary-precision decimals), so no binary float ever rounds a total.
import Big from "big.js";

/** The places BigCommerce's v2 decimal strings carry ("62.6793"). */
export const V2_PLACES = 4;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A decimal string or a v3 money number as an exact decimal. Numbers are read through their
 * shortest string form (19.99 → "19.99"), which is what BigCommerce wrote. Throws a TypeError for
 * anything else ("1e3", "", "NaN").
 */
export function toDecimal(value: string | number): Big {
  const text = typeof value === "number" ? String(value) : value.trim();
  if (!DECIMAL.test(text)) throw new TypeError(`not a decimal amount: ${JSON.stringify(value)}`);
  return new Big(text);
}

/** A decimal as a v2-style string with four places: 62.67 → "62.6700" (half-up past the 4th place). */
export function toV2String(value: Big): string {
  return value.toFixed(V2_PLACES, Big.roundHalfUp);
}

/** Exact sum of decimal strings (or v3 numbers), as a four-place string: ("0.1", "0.2") → "0.3000". */
export function addDecimals(...values: (string | number)[]): string {
  return toV2String(values.reduce<Big>((sum, v) => sum.plus(toDecimal(v)), new Big(0)));
}

/** Exact `a − b`, as a four-place string. */
export function subtractDecimals(a: string | number, b: string | number): string {
  return toV2String(toDecimal(a).minus(toDecimal(b)));
}

/** Exact `unit × quantity`, as a four-place string. */
export function multiplyDecimal(value: string | number, quantity: number): string {
  return toV2String(toDecimal(value).times(quantity));
}

/** Exact `value ÷ quantity`, half-up to four places (a line's discount per unit). */
export function divideDecimal(value: string | number, quantity: number): string {
  return toV2String(toDecimal(value).div(quantity));
}

/** True when two amounts are the same number ("8" and "8.0000"; 19.99 and "19.9900"). */
export function sameAmount(a: string | number, b: string | number): boolean {
  return toDecimal(a).eq(toDecimal(b));
}

export function isZero(value: string | number): boolean {
  return toDecimal(value).eq(0);
}

/** True for an amount below zero. */
export function isNegative(value: string | number): boolean {
  return toDecimal(value).lt(0);
}

/**
 * An amount as a JSON number for analytics (GA4 takes numbers), rounded half-up to `places`
 * (the currency's minor units) first so 62.6793 USD becomes 62.68, not a float's neighbour.
 */
export function toAnalyticsNumber(value: string | number, places = 2): number {
  return Number(toDecimal(value).toFixed(places, Big.roundHalfUp));
}

/** The minor-unit places of a currency per ISO 4217, as Intl knows them: USD 2, JPY 0, KWD 3. */
export function currencyPlaces(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits as number;
  } catch {
    return 2;
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats an amount in its currency. Strings are formatted exactly (Intl takes decimal strings). */
export function formatMoney(value: string | number, currency: string, locale = "en-US"): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter.format(value as Intl.StringNumericLiteral);
}
