import { NextResponse, type NextRequest } from "next/server";
import { CheckoutProblem } from "@/lib/checkout";
import { fieldErrors, formFields, paymentForm } from "@/lib/checkout/forms";
import { placeOrder } from "@/lib/checkout/place-order";
import { getSession, grantOrder, setFlash } from "@/lib/session";

// "Place order": a plain form POST, so it works without JavaScript.
// Order → checkout token (before payment) → payment → 303 to the confirmation link.

function redirectTo(request: NextRequest, path: string) {
  return NextResponse.redirect(new URL(path, request.nextUrl), 303);
}

/** Only this site's own pages may place an order (no cross-site form posts). */
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter(
    Boolean,
  );
  try {
    return hosts.includes(new URL(origin).host);
  } catch {
    return false;
  }
}

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) {
    return NextResponse.json(
      { error: "Orders can only be placed from this store's checkout page." },
      { status: 403 },
    );
  }
  const session = await getSession();
  const checkoutId = session.checkoutId;
  if (!checkoutId) return redirectTo(request, "/cart");

  const parsed = paymentForm.safeParse(formFields(await request.formData()));
  if (!parsed.success) {
    const id = setFlash(session, {
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrors(parsed.error),
    });
    await session.save();
    return redirectTo(request, `/checkout?f=${id}#payment`);
  }

  try {
    const result = await placeOrder({ checkoutId, payment: parsed.data });
    if (result.kind === "declined") {
      const id = setFlash(session, { message: result.message });
      await session.save();
      return redirectTo(request, `/checkout?f=${id}#payment`);
    }
    // Paid: BigCommerce has deleted the cart, so the session forgets it.
    session.checkoutId = undefined;
    session.draft = undefined;
    session.flash = undefined;
    if (result.kind === "already-paid") {
      // This session's own checkout was paid by an earlier submission: show that order.
      grantOrder(session, result.orderId, checkoutId);
      await session.save();
      return redirectTo(request, `/order-confirmation/${result.orderId}`);
    }
    await session.save();
    console.info(JSON.stringify({ event: "checkout.completed", orderId: result.orderId }));
    return redirectTo(
      request,
      `/order-confirmation/${result.orderId}?t=${encodeURIComponent(result.token)}`,
    );
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    if (error.cartGone) session.checkoutId = undefined;
    const id = setFlash(session, { message: error.message, fieldErrors: error.fieldErrors });
    await session.save();
    return redirectTo(request, error.cartGone ? `/cart?f=${id}` : `/checkout?f=${id}#payment`);
  }
}
