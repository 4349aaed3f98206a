import Link from "next/link";
import { headers } from "next/headers";
import { LINK_STATE_HEADER } from "@/lib/confirmation/link-state";
import { requestLocale } from "@/lib/i18n/server";

/**
 * Every wrong door looks the same: no hint whether the order exists. Only a genuine link for this
 * order that expired or was used up is told so, and shown a way forward; still no order data.
 */
export default async function ConfirmationNotFound() {
  const [requestHeaders, { t }] = await Promise.all([headers(), requestLocale()]);
  const c = t.confirmation;
  if (requestHeaders.get(LINK_STATE_HEADER) === "spent") {
    return (
      <div className="card stack">
        <h1>{c.spentTitle}</h1>
        <p>{c.spentText}</p>
        <p>
          {c.spentSignIn} <Link href="/sign-in">{c.spentSignInLink}</Link> {c.spentSignInAfter}
        </p>
        <p>
          <Link className="button" href="/">
            {c.continueShopping}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card stack">
      <h1>{c.notFoundTitle}</h1>
      <p className="muted">{c.notFoundText}</p>
      <p>
        <Link className="button" href="/">
          {c.continueShopping}
        </Link>
      </p>
    </div>
  );
}
