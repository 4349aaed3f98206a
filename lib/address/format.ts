// Addresses printed the way their country writes them, through localized-address-format (Google's
// libaddressinput formats, kept with the package: no network). Synchronous, for any renderer.
import { formatAddress as formatLines } from "localized-address-format";
import type { Address } from "./types";

/** Options of formatAddress. */
export interface FormatAddressOptions {
  /** ISO 3166-1 alpha-2 whose format to use; the address's own `country_code` when left out. */
  countryCode?: string;
  /** "local" (the default: Japan's postal code first) or "latin" (Japan in Western order). */
  script?: "local" | "latin";
  /** Leave out the name and company lines (default false). */
  withoutRecipient?: boolean;
  /** A country name to end with (the caller's localised one, for a foreign address); none if absent. */
  countryName?: string;
}

/** Markers no address contains, to find where the format puts the state, city and streets. */
const MARK = "\u0000S";
const CITY_MARK = "\u0000C";
const STREET_MARK = "\u0000A";

/**
 * Where the country's format puts the state and the city: `stateInline` when the state shares a
 * line with other fields ("Austin, TX 78701": such lines take the abbreviation; a state on its own
 * line, as in Japan and the Emirates, takes its name), `hasCity` when it has a city at all, and
 * `stateFirst` when the state is written above the street lines (Japan).
 */
function layout(countryCode: string, script: "local" | "latin") {
  const lines = formatLines(
    {
      postalCountry: countryCode,
      administrativeArea: MARK,
      locality: CITY_MARK,
      postalCode: "z",
      addressLines: [STREET_MARK],
    },
    script,
  );
  const stateAt = lines.findIndex((l) => l.includes(MARK));
  return {
    stateInline: stateAt !== -1 && lines[stateAt] !== MARK,
    hasCity: lines.some((l) => l.includes(CITY_MARK)),
    stateFirst: stateAt !== -1 && stateAt < lines.findIndex((l) => l.includes(STREET_MARK)),
  };
}

/**
 * The lines of `address` in its country's order, without the country unless `countryName` is
 * given. US: ["Jane Doe", "100 Congress Ave", "Austin, TX 78701"]; DE: [..., "Invalidenstraße
 * 117", "10115 Berlin"] (no state); JP: ["〒100-0001", "Tokyo", "Chiyoda-ku", "1-1 Chiyoda",
 * "Jane Doe"]. Where the format has no city of its own (Japan and the Emirates fold it into the
 * street lines), the city is a street line: the first where the state comes first (Japan:
 * prefecture, city, street), else the last; a city that repeats the state ("Dubai") is written
 * once. Empty fields leave no empty line or stray comma. An unknown or malformed country code gets
 * the worldwide default (street, then city). Never throws.
 */
export function formatAddress(address: Address, options: FormatAddressOptions = {}): string[] {
  const countryCode = (options.countryCode ?? address.country_code).trim().toUpperCase();
  const script = options.script ?? "local";
  const { stateInline, hasCity, stateFirst } = layout(countryCode, script);
  const state = address.state_or_province.trim();
  const code = address.state_or_province_code.trim();
  const administrativeArea = code && stateInline ? code : state || code;
  const city = address.city.trim();
  const streets = [address.address1, address.address2].map((s) => s.trim()).filter(Boolean);
  const cityAsStreet = !hasCity && city && city.toLowerCase() !== administrativeArea.toLowerCase();
  const addressLines = !cityAsStreet
    ? streets
    : stateFirst
      ? [city, ...streets]
      : [...streets, city];
  const recipient = options.withoutRecipient
    ? {}
    : {
        name: [address.first_name, address.last_name]
          .map((s) => s.trim())
          .filter(Boolean)
          .join(" "),
        organization: address.company.trim(),
      };
  const lines = formatLines(
    {
      postalCountry: countryCode,
      administrativeArea,
      locality: city,
      postalCode: address.postal_code.trim(),
      addressLines,
      ...recipient,
    },
    script,
  );
  const joined = continued(lines);
  return options.countryName ? [...joined, options.countryName] : joined;
}

/**
 * localized-address-format ends the last of several street lines before a literal that follows
 * them on the same line ("%A, %S" gives "Chiyoda-ku" then ", Tokyo"): such a line is joined back.
 */
function continued(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length && /^[,;]\s/.test(line)) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}
