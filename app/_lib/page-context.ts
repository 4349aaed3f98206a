import "server-only";
import type { LocaleContext } from "@/lib/i18n";
import { translate, translateAll } from "@/lib/i18n/message";
import { requestLocale } from "@/lib/i18n/server";
import { getSession, readFlash, type Session } from "@/lib/session";

/** The one-time message of a page view, in the shopper's language. */
export interface PageFlash {
  message?: string;
  /** Field errors by field name. */
  fieldErrors?: Record<string, string>;
}

/** A page's query string, as Next.js hands it to the page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What a page with forms starts from: this request's session, its flash and its locale. */
export interface PageContext {
  session: Session;
  query: Record<string, string | string[] | undefined>;
  /** The one-time message the URL names (`?f=`), if it is this session's, translated. */
  flash: PageFlash | undefined;
  /** The flash's field errors by field name, translated (empty when there are none). */
  errors: Record<string, string>;
  locale: LocaleContext;
}

/**
 * Opens the session, reads the query and the flash it names, and the request's locale; the
 * flash's codes are translated in that locale.
 */
export async function pageContext(searchParams: SearchParams): Promise<PageContext> {
  const [session, query, locale] = await Promise.all([getSession(), searchParams, requestLocale()]);
  const kept = readFlash(session, query.f);
  const flash = kept && {
    message: kept.message === undefined ? undefined : translate(locale.t, kept.message),
    fieldErrors: kept.fieldErrors && translateAll(locale.t, kept.fieldErrors),
  };
  return { session, query, flash, errors: flash?.fieldErrors ?? {}, locale };
}
