import "server-only";
import { headers } from "next/headers";
import { localeContext, negotiateLocale, type LocaleContext } from "./index";

/** The locale of this request, from its Accept-Language header. */
export async function requestLocale(): Promise<LocaleContext> {
  return localeContext(negotiateLocale((await headers()).get("accept-language")));
}
