import { NextResponse, type NextRequest } from "next/server";
import { startEmbeddedCheckout } from "@/lib/checkout/embedded";
import { requestLocale } from "@/lib/i18n/server";
import { translate } from "@/lib/i18n/message";
import { logEvent } from "@/lib/log";
import { readBoundedForm } from "@/lib/request-body";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { seeOtherBack } from "@/app/_lib/send-back";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import type { StartAnswer } from "../../_lib/embedded-answer";

// Starts BigCommerce's embedded checkout for this session's cart (CHECKOUT_MODE=embedded). The
// checkout page's script posts here and frames the URL it gets; the checkout token minted on the
// way stays on the server. A plain form post with `go=hosted` (the page without JavaScript) is sent
// to BigCommerce's hosted checkout instead, with redirect URLs made at that moment (they are
// single-use and short-lived), and no checkout token (that checkout ends on BigCommerce's page).

export async function POST(request: NextRequest) {
  const { config } = getRuntime();
  if (config.checkout.mode !== "embedded") return new NextResponse(null, { status: 404 });
  if (!isSameOrigin(request)) return NextResponse.json({ error: "Not allowed." }, { status: 403 });
  const body = await readBoundedForm(request);
  if (!body.ok) return new NextResponse(null, { status: body.status });
  const hosted = body.fields.go === "hosted";
  const session = await getSession();
  const checkoutId = session.checkoutId;
  const answer = (a: StartAnswer) =>
    NextResponse.json(a, { headers: { "Cache-Control": "private, no-store" } });
  if (!checkoutId)
    return hosted ? seeOther("/cart") : answer({ kind: "no-cart", cartUrl: "/cart" });

  const started = await startEmbeddedCheckout(getRuntime(), {
    checkoutId,
    customerId: session.customer?.id,
    hosted,
  });
  logEvent("checkout.embedded-started", { outcome: started.kind, hosted });
  if (started.kind === "no-cart") {
    return hosted ? seeOther("/cart") : answer({ kind: "no-cart", cartUrl: "/cart" });
  }
  if (started.kind === "refused") {
    // A plain form post goes back to the checkout page, which says why.
    if (hosted) return seeOtherBack(session, "/checkout", { message: started.message });
    const { t } = await requestLocale();
    return answer({ kind: "refused", message: translate(t, started.message) });
  }
  if (hosted) {
    return new NextResponse(null, { status: 303, headers: { Location: started.hostedUrl } });
  }
  return answer(started);
}
