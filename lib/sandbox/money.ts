// Decimal money for orders, through big.js (never binary floats): v2 amounts are strings with
// four places ("62.6700") in the order's currency, whatever its minor units (JPY 0, KWD 3).
import Big from "big.js";

/** The places BigCommerce's v2 decimal strings carry. */
const V2_PLACES = 4;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A v2 decimal string with four places, "0.0000". */
export const ZERO = "0.0000";

/**
 * An amount (decimal string such as "12.5" or a JSON number such as 12.5, read through its
 * shortest string form) as an exact decimal. Throws a TypeError for anything else ("1e3", "").
 */
export function dec(value: string | number): Big {
  const text = typeof value === "number" ? String(value) : value.trim();
  if (!DECIMAL.test(text)) throw new TypeError(`not a decimal amount: ${JSON.stringify(value)}`);
  return new Big(text);
}

/** True when `value` is a decimal string or a finite number `dec` reads. */
export function isDecimal(value: string | number): boolean {
  return DECIMAL.test(typeof value === "number" ? String(value) : value.trim());
}

/** A decimal as a v2 string with four places, half-up: 62.67 → "62.6700". */
export function v2(value: Big | string | number): string {
  return (value instanceof Big ? value : dec(value)).toFixed(V2_PLACES, Big.roundHalfUp);
}

/** Exact sum of amounts, as a v2 string ("0.0000" for none). */
export function sum(values: (Big | string | number)[]): string {
  return v2(values.reduce<Big>((n, v) => n.plus(v instanceof Big ? v : dec(v)), new Big(0)));
}

/** Integer cents (the carts' unit) as a v2 string: 6267 → "62.6700". */
export function centsToV2(cents: number): string {
  return v2(new Big(cents).div(100));
}

/** The minor-unit places of an ISO 4217 currency, as Intl knows them: USD 2, JPY 0, KWD 3. */
export function currencyPlaces(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits as number;
  } catch {
    return 2;
  }
}

/** An amount rounded half-up to the currency's minor units, as a v2 string: (1.0005, KWD) → "1.0010". */
export function inCurrency(value: Big, currency: string): string {
  return v2(value.round(currencyPlaces(currency), Big.roundHalfUp));
}

/** An amount in the currency's minor units (integer): ("62.6700", USD) → 6267, ("1500", JPY) → 1500. */
export function toMinorUnits(value: string, currency: string): number {
  return Number(
    dec(value)
      .times(new Big(10).pow(currencyPlaces(currency)))
      .round(0, Big.roundHalfUp)
      .toFixed(0),
  );
}

/** An amount as a v3 JSON number in major units, rounded to the currency's places: "62.6700" → 62.67. */
export function toV3Number(value: string, currency: string): number {
  return Number(dec(value).toFixed(currencyPlaces(currency), Big.roundHalfUp));
}

/** Exact `a − b`, as a v2 string. */
export function subtract(a: string, b: string): string {
  return v2(dec(a).minus(dec(b)));
}
