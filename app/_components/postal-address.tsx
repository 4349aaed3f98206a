import { countryName, formatAddress, type Address } from "@/lib/address";

/**
 * A postal address printed the way its country writes it (lib/address `formatAddress`: a German
 * one "Invalidenstraße 117 / 10115 Berlin", a US one "Austin, TX 78701", a Japanese one postal
 * code first), ending with the country's name in the shopper's language, then the phone.
 */
export function PostalAddress({
  address,
  locale,
  fallbackCountryName,
}: {
  address: Address;
  /** The shopper's BCP 47 tag, for the country's name. */
  locale: string;
  /** The name to print where Intl cannot name the country (the store's own, in English). */
  fallbackCountryName?: string;
}) {
  const code = address.country_code;
  const name = code ? countryName(code, locale, fallbackCountryName || code) : fallbackCountryName;
  const lines = [...formatAddress(address, { countryName: name || undefined }), address.phone];
  return (
    <address>
      {lines
        .filter((line) => line.trim())
        .map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
    </address>
  );
}
