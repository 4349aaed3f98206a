// The shopper's language. Messages are ICU messages in one JSON file per locale
// (lib/i18n/messages/{locale}.json: plurals and selects live in the messages, not in code),
// formatted by next-intl's translator; the locale is negotiated from Accept-Language with the
// same libraries next-intl's own negotiation uses (negotiator, @formatjs/intl-localematcher),
// or taken from the shopper's choice (the language switcher's cookie, lib/i18n/server.ts).
import { createTranslator } from "next-intl";
import ar from "./messages/ar.json";
import de from "./messages/de.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { Locale } from "./negotiate";

export { LOCALE_COOKIE, negotiateLocale, SUPPORTED, supportedLocale } from "./negotiate";
export type { Locale } from "./negotiate";

/** The English catalogue's shape: every locale's file has exactly these keys (tests/i18n.test.ts). */
export type Messages = typeof en;

/**
 * The supported locales: BCP 47 tag for Intl formatting, writing direction, the language's own
 * name (for the switcher) and its messages.
 */
export const LOCALES = {
  en: { tag: "en-US", dir: "ltr", name: "English", messages: en },
  de: { tag: "de-DE", dir: "ltr", name: "Deutsch", messages: de as Messages },
  fr: { tag: "fr-FR", dir: "ltr", name: "Français", messages: fr as Messages },
  ar: { tag: "ar-AE", dir: "rtl", name: "العربية", messages: ar as Messages },
} as const satisfies Record<Locale, unknown>;

/** A translator for one locale's messages: `t("confirmation.total")`, `t("…", { order: "42" })`. */
export type Translate = ReturnType<typeof createTranslator<Messages>>;

export interface LocaleContext {
  locale: Locale;
  /** BCP 47 tag for Intl formatting (dates, money, numbers). */
  tag: string;
  /** Writing direction, for the document's `dir`. */
  dir: "ltr" | "rtl";
  t: Translate;
}

const contexts = new Map<Locale, LocaleContext>();

/** The words and formats of `locale` (one translator per locale, reused). */
export function localeContext(locale: Locale): LocaleContext {
  let context = contexts.get(locale);
  if (!context) {
    const { tag, dir, messages } = LOCALES[locale];
    context = {
      locale,
      tag,
      dir,
      t: createTranslator<Messages>({ locale: tag, messages: messages as Messages }),
    };
    contexts.set(locale, context);
  }
  return context;
}
