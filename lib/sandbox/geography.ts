// Geography (v2): the countries and states the sandbox store accepts (docs/bigcommerce.md §18),
// their routes, and the lookups the address rules use (address-rules.ts).
import { z } from "zod";
import { SandboxError } from "./errors";
import {
  SANDBOX_COUNTRIES,
  SANDBOX_STATES,
  type SandboxCountry,
  type SandboxState as SandboxCountryState,
} from "./geography-data";
import { v2List } from "./http/responses";
import { route, type RouteContext } from "./http/routes";

/** The country with this ISO 3166-1 alpha-2 code (any case), or undefined. */
export function countryByCode(code: string): SandboxCountry | undefined {
  const upper = code.toUpperCase();
  return SANDBOX_COUNTRIES.find((c) => c.iso2 === upper);
}

/** A country's states, [] for one without. */
export function statesOf(country: SandboxCountry): readonly SandboxCountryState[] {
  return SANDBOX_STATES.get(country.id) ?? [];
}

/** v2 paging: `page` from 1 (default 1), `limit` 1–250 (default 50); anything else is a 400. */
const paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(250).default(50),
});

/** The page of `items` the query asks for (its `page` and `limit`); SandboxError 400 when invalid. */
function pageOf<T>(url: URL, items: readonly T[]): T[] {
  const query = paging.safeParse({
    page: url.searchParams.get("page") ?? undefined,
    limit: url.searchParams.get("limit") ?? undefined,
  });
  if (!query.success) {
    throw new SandboxError(400, "Bad Request", "page and limit must be positive integers.");
  }
  const { page, limit } = query.data;
  return items.slice((page - 1) * limit, page * limit);
}

/** Whether `value` equals the query parameter `name` (case-insensitive), or the query lacks it. */
function matches(url: URL, name: string, value: string): boolean {
  const wanted = url.searchParams.get(name);
  return wanted === null || wanted.toLowerCase() === value.toLowerCase();
}

function countryJson(state: RouteContext["state"], c: SandboxCountry) {
  const resource = `/countries/${c.id}/states`;
  return {
    id: c.id,
    country: c.name,
    country_iso2: c.iso2,
    country_iso3: c.iso3,
    states: {
      url: `https://api.bigcommerce.com/stores/${state.storeHash}/v2${resource}`,
      resource,
    },
  };
}

function stateJson(s: SandboxCountryState) {
  return {
    id: s.id,
    state: s.name,
    state_abbreviation: s.abbreviation,
    country_id: s.countryId,
  };
}

/**
 * getCountries: the countries, filtered by `country`, `country_iso2`, `country_iso3` (exact, any
 * case), paged by `page` and `limit`; 204 when none. getCountryStates: a country's states by its
 * numeric id, filtered by `state` and `state_abbreviation`; 204 for a country without states, 404
 * for an unknown id.
 */
export const geographyRoutes = [
  route("getCountries", ({ state, url }) => {
    const found = SANDBOX_COUNTRIES.filter(
      (c) =>
        matches(url, "country", c.name) &&
        matches(url, "country_iso2", c.iso2) &&
        matches(url, "country_iso3", c.iso3),
    );
    return v2List(pageOf(url, found).map((c) => countryJson(state, c)));
  }),
  route("getCountryStates", ({ params, url }) => {
    const country = SANDBOX_COUNTRIES.find((c) => String(c.id) === params[0]);
    if (!country) throw new SandboxError(404, "The requested resource was not found.");
    const found = statesOf(country).filter(
      (s) => matches(url, "state", s.name) && matches(url, "state_abbreviation", s.abbreviation),
    );
    return v2List(pageOf(url, found).map(stateJson));
  }),
];
