// Country names in the shopper's language, from Intl (CLDR), never from a table of our own.

/**
 * The name of the country with ISO 3166-1 alpha-2 `code` in the language of BCP 47 `locale`
 * ("DE" in "fr-FR" → "Allemagne"), or `fallback` (the store's own name; the code when left out)
 * where Intl has none or the code or locale is malformed. Never throws.
 */
export function countryName(code: string, locale: string, fallback = code): string {
  try {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    return names.of(code.trim().toUpperCase()) ?? fallback;
  } catch {
    return fallback;
  }
}
