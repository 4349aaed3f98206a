import { match as matchLocale } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { de } from "./de";
import { en, type Messages } from "./en";

export type { Messages } from "./en";

export const LOCALES = {
  en: { tag: "en-US", messages: en },
  de: { tag: "de-DE", messages: de },
} as const;
export type Locale = keyof typeof LOCALES;

const SUPPORTED = Object.keys(LOCALES) as Locale[];

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
  return SUPPORTED.find((locale) => locale === match) ?? "en";
}

export interface LocaleContext {
  locale: Locale;
  /** BCP 47 tag for Intl formatting (dates, money). */
  tag: string;
  t: Messages;
}

export function localeContext(locale: Locale): LocaleContext {
  return { locale, tag: LOCALES[locale].tag, t: LOCALES[locale].messages };
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as a long date and short time in UTC, in the locale's words (one formatter per locale). */
export function formatDateTime(iso: string, tag: string): string {
  let format = dateTimeFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
    });
    dateTimeFormats.set(tag, format);
  }
  return format.format(new Date(iso));
}
