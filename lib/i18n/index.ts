import { de } from "./de";
import { en, type Messages } from "./en";

export type { Messages } from "./en";

export const LOCALES = {
  en: { tag: "en-US", messages: en },
  de: { tag: "de-DE", messages: de },
} as const;
export type Locale = keyof typeof LOCALES;

/**
 * The best supported locale for an Accept-Language header (quality-ordered), English otherwise.
 * "de-AT;q=0.8, en;q=0.5" → de.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [range, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: range.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((w) => w.base && Number.isFinite(w.q) && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { base } of wanted) if (base in LOCALES) return base as Locale;
  return "en";
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
