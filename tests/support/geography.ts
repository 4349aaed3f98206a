// The sandbox store's countries and states as lib/geography's kept reads, in memory: for tests of
// address forms and checks that need the store's lists but no BigCommerce.
import type { GeographyReads } from "@/lib/geography";
import { SANDBOX_COUNTRIES, SANDBOX_STATES } from "@/lib/sandbox/geography-data";

/** The sandbox's geography as GeographyReads (UTC as its time zone). */
export function sandboxGeography(): GeographyReads {
  const countries = SANDBOX_COUNTRIES.map((c) => ({ id: c.id, code: c.iso2, name: c.name }));
  return {
    countries: async () => countries,
    async states(code) {
      const country = countries.find((c) => c.code === code.trim().toUpperCase());
      if (!country) return null;
      return (SANDBOX_STATES.get(country.id) ?? []).map((s) => ({
        id: s.id,
        name: s.name,
        abbreviation: s.abbreviation,
      }));
    },
    storeTimeZone: async () => "UTC",
  };
}
