import { NextResponse, type NextRequest } from "next/server";
import { completeEmbeddedCheckout, type CompletionPolling } from "@/lib/checkout/embedded";
import { logEvent, since, withCorrelationId } from "@/lib/log";
import { readBoundedForm } from "@/lib/request-body";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { getSession, type Session } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import { completePurchase } from "../../_lib/complete-purchase";
import { lookNumber, processingUrl } from "../../_lib/processing";

// The embedded checkout said CHECKOUT_COMPLETE: the page posts this session's checkout id here (a
// plain form post, so the browser follows the 303 itself). The order is looked up by the session's
// cart; the token recorded when the checkout started is bound to it and the shopper goes to
// /order-confirmation/{orderId}?t={token}. An order BigCommerce does not show yet sends the shopper
// to /checkout/processing, which comes back here (GET) every few seconds, a bounded number of times.

/** The frame reported completion: `checkoutId` must be this session's cart (403 otherwise). */
export async function POST(request: NextRequest) {
  return withCorrelationId(request.headers.get("x-correlation-id"), async () => {
    if (getRuntime().config.checkout.mode !== "embedded") {
      return new NextResponse(null, { status: 404 });
    }
    if (!isSameOrigin(request)) {
      return NextResponse.json({ error: "Not allowed." }, { status: 403 });
    }
    const body = await readBoundedForm(request);
    if (!body.ok) return new NextResponse(null, { status: body.status });
    const session = await getSession();
    if (!session.checkoutId || body.fields.checkoutId !== session.checkoutId) {
      logEvent("checkout.embedded-completed", { outcome: "not-this-session" }, "warn");
      return NextResponse.json({ error: "This checkout is not yours." }, { status: 403 });
    }
    return complete(session, 0);
  });
}

/**
 * The processing page asks again (`?n=` counts its looks), or a page that found the cart gone
 * sends the shopper here: only this session's own cart, nothing else from the request. A request
 * another site started (Sec-Fetch-Site cross-site or same-site) is refused.
 */
export async function GET(request: NextRequest) {
  if (getRuntime().config.checkout.mode !== "embedded") {
    return new NextResponse(null, { status: 404 });
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") {
    return new NextResponse(null, { status: 403 });
  }
  const session = await getSession();
  if (!session.checkoutId) return seeOther("/cart");
  const look = lookNumber(request.nextUrl.searchParams.get("n"));
  return complete(session, look, { attempts: 1, delayMs: 0 });
}

async function complete(session: Session, look: number, polling?: CompletionPolling) {
  const start = performance.now();
  const checkoutId = session.checkoutId!;
  const result = await completeEmbeddedCheckout(getRuntime(), checkoutId, polling);
  const orderId = "orderId" in result ? result.orderId : undefined;
  logEvent("checkout.embedded-completed", {
    outcome: result.kind,
    orderId,
    durationMs: since(start),
  });
  switch (result.kind) {
    case "processing":
      return seeOther(processingUrl(look + 1));
    case "open":
      return seeOther("/checkout");
    case "none":
      return seeOther("/cart");
    default: {
      const token = result.kind === "confirmed" ? result.token : undefined;
      const next = await completePurchase(session, { orderId: result.orderId, checkoutId, token });
      return seeOther(next);
    }
  }
}
