"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { supportedLocale } from "@/lib/i18n";
import { LOCALE_COOKIE } from "@/lib/i18n/server";
import { getRuntime } from "@/lib/runtime";

/** A path of this site to go back to: "/…", never "//host" or a scheme; "/" otherwise. */
function samePath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  // Path characters only (RFC 3986 pchar and "/"): nothing a redirect could choke on.
  return /^\/(?![/\\])[A-Za-z0-9\-._~%!$&'()*+,;=:@/]{0,2000}$/.test(path) ? path : "/";
}

/**
 * The language switcher's action: remembers the chosen locale (`locale`, one of LOCALES) in a
 * cookie for a year and sends the shopper back to `back` (a path of this site). An unknown
 * locale changes nothing.
 */
export async function chooseLocaleAction(formData: FormData) {
  // A post that is not a form (a JSON body reaches an action as plain data) changes nothing.
  if (!(formData instanceof FormData)) redirect("/");
  const locale = supportedLocale(String(formData.get("locale") ?? ""));
  if (locale) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: getRuntime().config.secureCookies,
      maxAge: 365 * 24 * 3600,
    });
  }
  redirect(samePath(formData.get("back")));
}
