import type { Metadata } from "next";
import type { SearchParams } from "@/app/_lib/page-context";
import { requestLocale } from "@/lib/i18n/server";
import { lookAgainUrl, lookNumber, MAX_LOOKS, REFRESH_SECONDS } from "../_lib/processing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("checkout.processing.title") };
}

/**
 * The embedded checkout finished but BigCommerce does not show the order yet: this page looks again
 * by itself every few seconds (a meta refresh, so without JavaScript too) and goes on to the
 * confirmation once the order is there. After MAX_LOOKS looks it stops and says what to do: the
 * store's email, the order lookup, or one more look by hand.
 */
export default async function ProcessingPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await requestLocale();
  const look = lookNumber((await searchParams).n);
  const again = lookAgainUrl(look);
  if (look >= MAX_LOOKS) {
    return (
      <>
        <h1>{t("checkout.processing.slowTitle")}</h1>
        <p role="status">{t("checkout.processing.slowBody")}</p>
        <p>
          <a href="/order-lookup">{t("checkout.processing.lookup")}</a>
        </p>
        <p>
          <a href={lookAgainUrl(0)}>{t("checkout.processing.checkNow")}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <meta httpEquiv="refresh" content={`${REFRESH_SECONDS};url=${again}`} />
      <h1>{t("checkout.processing.title")}</h1>
      <p role="status">{t("checkout.processing.body")}</p>
      <p>
        <a href={again}>{t("checkout.processing.checkNow")}</a>
      </p>
    </>
  );
}
