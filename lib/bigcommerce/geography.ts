// Geography: the countries and states the store accepts in an address (docs/bigcommerce.md §18).
// Both lists are v2: bare JSON arrays, paged with `page` (from 1) and `limit`, 204 when empty.
import { z } from "zod";
import { listCall } from "./calls";
import type { Transport } from "./transport";

const country = z.object({
  id: z.number().int(),
  country: z.string(),
  country_iso2: z.string(),
  country_iso3: z.string().default(""),
  states: z.object({ url: z.string().default(""), resource: z.string() }).optional(),
});

/**
 * One country of the store (getCountries): `{ id, country, country_iso2, country_iso3, states }`,
 * e.g. `{ id: 13, country: "Australia", country_iso2: "AU", country_iso3: "AUS", states: { url,
 * resource: "/countries/13/states" } }`. `id` is BigCommerce's own number (the path parameter of
 * getCountryStates), not an ISO code.
 */
export type BcCountry = z.infer<typeof country>;

const state = z.object({
  id: z.number().int(),
  state: z.string(),
  state_abbreviation: z.string().default(""),
  country_id: z.number().int(),
});

/**
 * One state or province of a country (getCountryStates): `{ id, state, state_abbreviation,
 * country_id }`, e.g. `{ id: 208, state: "Australian Capital Territory", state_abbreviation:
 * "ACT", country_id: 13 }`.
 */
export type BcCountryState = z.infer<typeof state>;

/** Items asked for per page. BigCommerce states no default or maximum (§18.3); 250 is v2's usual cap. */
const PAGE_SIZE = 250;
/** At most this many pages are read (2,500 items: BigCommerce lists about 240 countries). */
const MAX_PAGES = 10;

/**
 * Reads a v2 list page by page until a short page or a 204. Throws when it is still going after
 * MAX_PAGES (a list that large is not a country list).
 */
async function allPages<T>(read: (page: number) => Promise<T[]>, what: string): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await read(page);
    all.push(...batch);
    if (batch.length < PAGE_SIZE) return all;
  }
  throw new Error(`${what}: more than ${MAX_PAGES * PAGE_SIZE} items`);
}

const pageQuery = (page: number) => ({ page: String(page), limit: String(PAGE_SIZE) });

/** The geography calls, over `call`. */
export function geographyOperations(call: Transport) {
  const countries = listCall(call, z.array(country));
  const states = listCall(call, z.array(state));
  return {
    /**
     * Every country the store lists (operation getCountries), 250 per call, in BigCommerce's
     * order. Rejects with BigCommerceError (401; 403 without the Information & Settings scope;
     * 429, 5xx).
     */
    listCountries: (): Promise<BcCountry[]> =>
      allPages((page) => countries("getCountries", [], { query: pageQuery(page) }), "getCountries"),

    /**
     * The states of one country by its BigCommerce id, [] for a country without states (204)
     * (operation getCountryStates). Rejects with BigCommerceError 404 for an unknown id, and as
     * listCountries for the rest.
     */
    listCountryStates: (countryId: number): Promise<BcCountryState[]> =>
      allPages(
        (page) => states("getCountryStates", [countryId], { query: pageQuery(page) }),
        "getCountryStates",
      ),
  };
}
