import "server-only";
import { cookies, headers } from "next/headers";
import { localeContext, type LocaleContext } from "./index";
import { LOCALE_COOKIE, negotiateLocale, supportedLocale } from "./negotiate";

export { LOCALE_COOKIE } from "./negotiate";

/**
 * The locale of this request: the shopper's choice (the LOCALE_COOKIE, if it names a supported
 * locale), else the best match for its Accept-Language header. Routes carry no locale prefix.
 */
export async function requestLocale(): Promise<LocaleContext> {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const chosen = supportedLocale(jar.get(LOCALE_COOKIE)?.value);
  return localeContext(chosen ?? negotiateLocale(requestHeaders.get("accept-language")));
}
