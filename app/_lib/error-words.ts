"use server";
import { requestLocale } from "@/lib/i18n/server";

/** What the error page (app/error.tsx) says, in the shopper's language. */
export interface ErrorWords {
  title: string;
  text: string;
  retry: string;
}

/**
 * The error page's words in this request's locale. The page is a client component: it asks for
 * its few words rather than carrying every catalogue to the browser.
 */
export async function errorWords(): Promise<ErrorWords> {
  const { t } = await requestLocale();
  return {
    title: t("errors.pageTitle"),
    text: t("errors.pageText"),
    retry: t("errors.retry"),
  };
}
