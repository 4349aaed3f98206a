import type { Metadata } from "next";
import { requestLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** Where the processing page looks again: the embedded checkout's completion, for this session. */
const CHECK_AGAIN = "/checkout/embedded/complete";
/** Seconds between looks. */
const REFRESH_SECONDS = 4;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("checkout.processing.title") };
}

/**
 * The embedded checkout finished but BigCommerce does not show the order yet: this page looks again
 * by itself every few seconds (a meta refresh, so without JavaScript too) and goes on to the
 * confirmation once the order is there.
 */
export default async function ProcessingPage() {
  const { t } = await requestLocale();
  return (
    <>
      <meta httpEquiv="refresh" content={`${REFRESH_SECONDS};url=${CHECK_AGAIN}`} />
      <h1>{t("checkout.processing.title")}</h1>
      <p role="status">{t("checkout.processing.body")}</p>
      <p>
        <a href={CHECK_AGAIN}>{t("checkout.processing.checkNow")}</a>
      </p>
    </>
  );
}
