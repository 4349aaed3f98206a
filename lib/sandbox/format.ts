// How BigCommerce writes values on the wire: money, dates and country names.
import { randomBytes } from "node:crypto";
import { countryByCode } from "./geography";
import { COUNTRY_NAMES } from "./seed";

/** Integer cents (the sandbox's unit) to the two money forms BigCommerce uses. */
export const cents = {
  /** v3 JSON number in the currency's major unit: 1999 → 19.99. */
  toNumber: (c: number): number => c / 100,
  /** v2 "Float-As-String" with four decimal places: 6267 → "62.6700". */
  toV2: (c: number): string =>
    `${Math.trunc(c / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}00`,
};

/** ISO 8601 without milliseconds, as v3 prints dates: "2019-03-05T21:40:11+00:00". */
export function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

/** RFC-2822, as v2 orders print dates: "Tue, 05 Mar 2019 21:40:11 +0000". */
export function rfc2822(d: Date): string {
  return d.toUTCString().replace("GMT", "+0000");
}

/**
 * The country's English name for an ISO 3166-1 alpha-2 code, as the store's geography lists it
 * (geography-data.ts); the code itself when unknown.
 */
export function countryName(code: string): string {
  return countryByCode(code)?.name ?? COUNTRY_NAMES.get(code) ?? code;
}

/** `bytes` random bytes as lowercase hex (twice as many characters). */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

/** A 13-character hex id, like BigCommerce's billing address and consignment ids. */
export function shortId(): string {
  return randomHex(7).slice(0, 13);
}
