import Link from "next/link";
import { headers } from "next/headers";
import { HomeButton, NotFoundCard } from "@/app/_components/not-found-card";
import { LINK_STATE_HEADER } from "@/lib/confirmation/link-state";
import { requestLocale } from "@/lib/i18n/server";

/**
 * Every wrong door looks the same: no hint whether the order exists (the same card as the prebuilt
 * 404 proxy.ts serves). Only a genuine link for this order that expired or was used up is told so,
 * and shown a way forward; still no order data.
 */
export default async function ConfirmationNotFound() {
  const [requestHeaders, { t }] = await Promise.all([headers(), requestLocale()]);
  if (requestHeaders.get(LINK_STATE_HEADER) !== "spent")
    return <NotFoundCard what="order" t={t} link={Link} />;
  return (
    <div className="card stack">
      <h1>{t("confirmation.spentTitle")}</h1>
      <p>{t("confirmation.spentText")}</p>
      <p>
        {t("confirmation.spentSignIn")}{" "}
        <Link href="/sign-in">{t("confirmation.spentSignInLink")}</Link>{" "}
        {t("confirmation.spentSignInAfter")}
      </p>
      <p>
        {t("lookup.spentLookup")}{" "}
        <Link href="/order-lookup" data-testid="spent-lookup-link">
          {t("lookup.spentLookupLink")}
        </Link>{" "}
        {t("lookup.spentLookupAfter")}
      </p>
      <HomeButton label={t("confirmation.continueShopping")} link={Link} />
    </div>
  );
}
