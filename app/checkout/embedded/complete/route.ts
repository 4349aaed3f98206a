import { NextResponse, type NextRequest } from "next/server";
import { completeEmbeddedCheckout } from "@/lib/checkout/embedded";
import { logEvent, since, withCorrelationId } from "@/lib/log";
import { readBoundedForm } from "@/lib/request-body";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import { completePurchase } from "../../_lib/complete-purchase";

// The embedded checkout said CHECKOUT_COMPLETE: the page posts this session's checkout id here (a
// plain form post, so the browser follows the 303 itself). The order is looked up by the session's
// cart; the token recorded when the checkout started is bound to it and the shopper goes to
// /order-confirmation/{orderId}?t={token}. An order BigCommerce does not show yet sends the shopper
// to /checkout/processing, which comes back here (GET) every few seconds.

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
    return complete(session);
  });
}

/** The processing page asks again: only this session's own cart, nothing from the request. */
export async function GET() {
  if (getRuntime().config.checkout.mode !== "embedded") {
    return new NextResponse(null, { status: 404 });
  }
  const session = await getSession();
  if (!session.checkoutId) return seeOther("/cart");
  return complete(session, { attempts: 1, delayMs: 0 });
}

async function complete(
  session: Awaited<ReturnType<typeof getSession>>,
  polling?: { attempts: number; delayMs: number },
) {
  const start = performance.now();
  const checkoutId = session.checkoutId!;
  const result = await completeEmbeddedCheckout(getRuntime(), checkoutId, polling);
  logEvent("checkout.embedded-completed", {
    outcome: result.kind,
    orderId: result.kind === "processing" ? undefined : result.orderId,
    durationMs: since(start),
  });
  if (result.kind === "processing") return seeOther("/checkout/processing");
  const token = result.kind === "confirmed" ? result.token : undefined;
  return seeOther(await completePurchase(session, { orderId: result.orderId, checkoutId, token }));
}
