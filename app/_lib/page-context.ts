import "server-only";
import type { LocaleContext } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { getSession, readFlash, type Flash, type Session } from "@/lib/session";

/** A page's query string, as Next.js hands it to the page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What a page with forms starts from: this request's session, its flash and its locale. */
export interface PageContext {
  session: Session;
  query: Record<string, string | string[] | undefined>;
  /** The one-time message the URL names (`?f=`), if it is this session's. */
  flash: Flash | undefined;
  /** The flash's field errors by field name (empty when there are none). */
  errors: Record<string, string>;
  locale: LocaleContext;
}

/** Opens the session, reads the query and the flash it names, and the request's locale. */
export async function pageContext(searchParams: SearchParams): Promise<PageContext> {
  const [session, query, locale] = await Promise.all([getSession(), searchParams, requestLocale()]);
  const flash = readFlash(session, query.f);
  return { session, query, flash, errors: flash?.fieldErrors ?? {}, locale };
}
