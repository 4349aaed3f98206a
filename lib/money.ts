// Money as BigCommerce sends it: v2 decimal strings ("62.6793") and v3 numbers.
// Decimal strings are added as scaled integers, so no float ever rounds a total.

const SCALE = 4;

function toScaled(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`not a decimal amount: ${JSON.stringify(value)}`);
  const [, sign, whole, fraction = ""] = match;
  // Beyond four places BigCommerce sends nothing; truncating there would hide a bug, so refuse it.
  if (fraction.length > SCALE && /[1-9]/.test(fraction.slice(SCALE))) {
    throw new Error(`more than ${SCALE} decimal places: ${value}`);
  }
  const scaled = BigInt(whole + fraction.slice(0, SCALE).padEnd(SCALE, "0"));
  return sign ? -scaled : scaled;
}

function fromScaled(n: bigint): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(SCALE + 1, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -SCALE)}.${digits.slice(-SCALE)}`;
}

/** Exact sum of decimal strings. */
export function addDecimals(...values: string[]): string {
  return fromScaled(values.reduce((sum, v) => sum + toScaled(v), 0n));
}

export function isZero(value: string | number): boolean {
  return typeof value === "number" ? value === 0 : toScaled(value) === 0n;
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
