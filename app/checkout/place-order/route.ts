import { NextResponse, type NextRequest } from "next/server";
import { CheckoutProblem } from "@/lib/checkout";
import { fieldErrors, formFields, paymentForm } from "@/lib/checkout/forms";
import { placeOrder } from "@/lib/checkout/place-order";
import { logEvent, since, withCorrelationId } from "@/lib/log";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { flashUrl, getSession, grantOrder } from "@/lib/session";

// "Place order": a plain form POST, so it works without JavaScript.
// Order → checkout token (before payment) → payment → 303 to the confirmation link.

export async function POST(request: NextRequest) {
  return withCorrelationId(request.headers.get("x-correlation-id"), () =>
    placeOrderRequest(request),
  );
}

async function placeOrderRequest(request: NextRequest) {
  const start = performance.now();
  const done = (outcome: string, orderId?: number) =>
    logEvent(
      "checkout.completed",
      { outcome, orderId, durationMs: since(start) },
      outcome === "error" ? "warn" : "info",
    );
  if (!isSameOrigin(request)) {
    done("cross-origin");
    return NextResponse.json(
      { error: "Orders can only be placed from this store's checkout page." },
      { status: 403 },
    );
  }
  const session = await getSession();
  const checkoutId = session.checkoutId;
  if (!checkoutId) {
    done("no-cart");
    return seeOther("/cart");
  }

  const parsed = paymentForm.safeParse(formFields(await request.formData()));
  if (!parsed.success) {
    done("invalid-form");
    return seeOther(
      await flashUrl(
        session,
        "/checkout",
        {
          message: "Please correct the highlighted fields.",
          fieldErrors: fieldErrors(parsed.error),
        },
        "#payment",
      ),
    );
  }

  try {
    const result = await placeOrder({ checkoutId, payment: parsed.data });
    if (result.kind === "declined") {
      done("declined");
      return seeOther(
        await flashUrl(session, "/checkout", { message: result.message }, "#payment"),
      );
    }
    // Paid: BigCommerce has deleted the cart, so the session forgets it.
    session.checkoutId = undefined;
    session.draft = undefined;
    session.flash = undefined;
    if (result.kind === "already-paid") {
      // This session's own checkout was paid by an earlier submission: show that order.
      grantOrder(session, result.orderId, checkoutId);
      await session.save();
      done("already-paid", result.orderId);
      return seeOther(`/order-confirmation/${result.orderId}`);
    }
    await session.save();
    done("confirmed", result.orderId);
    return seeOther(`/order-confirmation/${result.orderId}?t=${encodeURIComponent(result.token)}`);
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) {
      done("error");
      throw error;
    }
    if (error.cartGone) session.checkoutId = undefined;
    const flash = { message: error.message, fieldErrors: error.fieldErrors };
    done(error.cartGone ? "cart-gone" : "problem");
    return seeOther(
      error.cartGone
        ? await flashUrl(session, "/cart", flash)
        : await flashUrl(session, "/checkout", flash, "#payment"),
    );
  }
}
