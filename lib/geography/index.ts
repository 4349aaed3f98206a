import "server-only";
import { addressForm, type AddressFormShape } from "@/lib/address";
import type { BigCommerceClient } from "@/lib/bigcommerce";
import { logEvent } from "@/lib/log";
import { keptFor } from "./cache";

// The countries and states the store accepts, and its time zone, read from BigCommerce rarely and
// kept in this process (docs/bigcommerce.md §18, §19): countries and each country's states for a
// day, the time zone for an hour. An address form or a confirmation therefore costs no BigCommerce
// call per view. The reads are background work (lib/bigcommerce/quota.ts): when the quota is
// short they are refused, and what was kept is served.

/** A country the store accepts: BigCommerce's id, its ISO 3166-1 alpha-2 `code`, English `name`. */
export interface GeographyCountry {
  id: number;
  code: string;
  name: string;
}

/** A state of a country: BigCommerce's id, `name` ("Texas") and `abbreviation` ("TX"). */
export interface GeographyState {
  id: number;
  name: string;
  abbreviation: string;
}

/** The kept reads. Each rejects as the BigCommerce client does when nothing was kept yet. */
export interface GeographyReads {
  /** Every country the store lists (getCountries), in BigCommerce's order. */
  countries(): Promise<GeographyCountry[]>;
  /**
   * The states of the country with ISO alpha-2 `countryCode` (any case): [] for a country without
   * states, null for a code the store does not list or that is not two letters
   * (getCountryStates, after countries() for the id).
   */
  states(countryCode: string): Promise<GeographyState[] | null>;
  /**
   * The store's IANA time zone (getStoreInformation's `timezone.name`), e.g. "America/Chicago".
   * "UTC" when the store cannot be read and nothing was kept, or names a zone Intl does not know:
   * dates are then right, in UTC and named so.
   */
  storeTimeZone(): Promise<string>;
}

/** How long countries and states are kept: a day (they change when the merchant edits zones). */
export const COUNTRIES_TTL_MS = 24 * 60 * 60 * 1000;
/** How long the time zone is kept: an hour. */
export const TIME_ZONE_TTL_MS = 60 * 60 * 1000;

/** What createGeography reads through, and its clock (epoch ms; tests move it). */
export interface GeographyOptions {
  now?: () => number;
}

/**
 * Kept reads over `bigcommerce` (one store's client). Most callers want `geography(runtime)`,
 * which keeps one per client for the life of the process.
 */
export function createGeography(
  { bigcommerce }: { bigcommerce: BigCommerceClient },
  { now = Date.now }: GeographyOptions = {},
): GeographyReads {
  const countries = keptFor(
    COUNTRIES_TTL_MS,
    async () =>
      (await bigcommerce.listCountries()).map((c) => ({
        id: c.id,
        code: c.country_iso2.toUpperCase(),
        name: c.country,
      })),
    now,
  );
  const statesByCountry = new Map<number, () => Promise<GeographyState[]>>();
  const timeZone = keptFor(
    TIME_ZONE_TTL_MS,
    async () => (await bigcommerce.getStoreInformation()).timezone.name,
    now,
  );
  return {
    countries,
    async states(countryCode) {
      const code = countryCode.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) return null;
      const country = (await countries()).find((c) => c.code === code);
      if (!country) return null;
      let read = statesByCountry.get(country.id);
      if (!read) {
        read = keptFor(
          COUNTRIES_TTL_MS,
          async () =>
            (await bigcommerce.listCountryStates(country.id)).map((s) => ({
              id: s.id,
              name: s.state,
              abbreviation: s.state_abbreviation,
            })),
          now,
        );
        statesByCountry.set(country.id, read);
      }
      return read();
    },
    async storeTimeZone() {
      try {
        const name = await timeZone();
        if (knownTimeZone(name)) return name;
        logEvent("geography.unknown_time_zone", { timeZone: name }, "warn");
      } catch (error) {
        logEvent("geography.time_zone_unavailable", { error: String(error) }, "warn");
      }
      return "UTC";
    },
  };
}

/** Whether Intl knows the IANA zone `name`. */
function knownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const byClient = new WeakMap<BigCommerceClient, GeographyReads>();

/**
 * The kept reads for the runtime's BigCommerce client, one per client (and so per store) for the
 * life of the process: `geography(getRuntime()).states("US")`.
 */
export function geography(runtime: { bigcommerce: BigCommerceClient }): GeographyReads {
  let reads = byClient.get(runtime.bigcommerce);
  if (!reads) {
    reads = createGeography(runtime);
    byClient.set(runtime.bigcommerce, reads);
  }
  return reads;
}

/**
 * The address form for a country the store lists, shaped by its states (required and picked from
 * them where there are any; see lib/address `addressForm`), with those states ([] for none).
 * Resolves to null for a code the store does not list or that is not two letters. Rejects as
 * `reads` does when nothing is kept and BigCommerce cannot be read.
 */
export async function storeAddressForm(
  reads: GeographyReads,
  countryCode: string,
): Promise<{ form: AddressFormShape; states: GeographyState[] } | null> {
  const states = await reads.states(countryCode);
  if (!states) return null;
  const form = await addressForm(countryCode, { storeHasStates: states.length > 0 });
  return { form, states };
}
