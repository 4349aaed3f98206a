// Which locale a request gets: the shopper's choice (a cookie), else its Accept-Language header.
// Kept apart from the catalogues so proxy.ts can decide without loading any messages.
import { match as matchLocale } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

/** The supported locales, English first (the default). */
export const SUPPORTED = ["en", "de", "fr", "ar"] as const;
export type Locale = (typeof SUPPORTED)[number];

/** The cookie the language switcher sets: the shopper's chosen locale ("de"), for a year. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The locale a value names, if it names one (own keys only: safe for cookie and form values). */
export function supportedLocale(value: string | null | undefined): Locale | null {
  return SUPPORTED.find((locale) => locale === value) ?? null;
}

/**
 * The best supported locale for an Accept-Language header (quality-ordered, RFC 4647 lookup via
 * `negotiator` and `@formatjs/intl-localematcher`), English otherwise: "de-AT;q=0.8, en;q=0.5" → de.
 * Any header value is safe: unknown, malformed or prototype-named ranges ("constructor",
 * "__proto__") fall back to English; nothing is looked up on a plain object by request data.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const requested = new Negotiator({
    headers: { "accept-language": acceptLanguage ?? "" },
  }).languages();
  // The matcher throws on ranges that are not valid BCP 47 tags; keep only those Intl accepts.
  const valid = requested.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  });
  const match = valid.length ? matchLocale(valid, SUPPORTED, "en", { algorithm: "lookup" }) : "en";
  return supportedLocale(match) ?? "en";
}
