import { NextResponse, type NextRequest } from "next/server";
import { seeOtherBack, setbackOf, type Setback } from "@/app/_lib/send-back";
import { CheckoutProblem } from "@/lib/checkout";
import { fieldErrors, paymentForm } from "@/lib/checkout/forms";
import { placeOrder } from "@/lib/checkout/place-order";
import { message } from "@/lib/i18n/message";
import { logEvent, since, withCorrelationId } from "@/lib/log";
import { readBoundedForm } from "@/lib/request-body";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import { completePurchase } from "../_lib/complete-purchase";

// "Place order": a plain form POST, so it works without JavaScript.
// Order → checkout token (before payment) → payment → 303 to the confirmation link.

type Outcome =
  | "cross-origin"
  | "no-cart"
  | "invalid-form"
  | "declined"
  | "confirmed"
  | "already-paid"
  | "cart-gone"
  | "problem"
  | "error";

/** The answer to one "Place order" request, with what its log line says. */
interface Answer {
  outcome: Outcome;
  orderId?: number;
  /** For a confirmed order: its payment went through ("paid") or is being confirmed ("pending"). */
  payment?: "paid" | "pending";
  response: NextResponse;
}

/** Places the order for this session's checkout; one `checkout.completed` log line per request. */
export async function POST(request: NextRequest) {
  return withCorrelationId(request.headers.get("x-correlation-id"), async () => {
    const start = performance.now();
    let answer: Answer | undefined;
    try {
      answer = await placeOrderRequest(request);
      return answer.response;
    } finally {
      // Thrown errors included: a request without an answer is an "error".
      const outcome = answer?.outcome ?? "error";
      logEvent(
        "checkout.completed",
        { outcome, orderId: answer?.orderId, payment: answer?.payment, durationMs: since(start) },
        outcome === "error" ? "warn" : "info",
      );
    }
  });
}

async function placeOrderRequest(request: NextRequest): Promise<Answer> {
  if (!isSameOrigin(request)) {
    const response = NextResponse.json(
      { error: "Orders can only be placed from this store's checkout page." },
      { status: 403 },
    );
    return { outcome: "cross-origin", response };
  }
  // Read with a bound before anything else: an oversized body is refused unread (413).
  const body = await readBoundedForm(request);
  if (!body.ok) {
    const response = NextResponse.json(
      { error: body.status === 413 ? "The form is too large." : "Expected a form post." },
      { status: body.status },
    );
    return { outcome: "invalid-form", response };
  }
  const session = await getSession();
  const checkoutId = session.checkoutId;
  if (!checkoutId) return { outcome: "no-cart", response: seeOther("/cart") };

  // Back to the payment form with what went wrong (to the cart when it is gone).
  const back = async (outcome: Outcome, setback: Setback): Promise<Answer> => ({
    outcome,
    response: await seeOtherBack(session, "/checkout", setback, "#payment"),
  });
  const parsed = paymentForm.safeParse(body.fields);
  if (!parsed.success) {
    return back("invalid-form", {
      message: message("checkout.problem.correctFields"),
      fieldErrors: fieldErrors(parsed.error),
    });
  }
  try {
    const result = await placeOrder(getRuntime(), { checkoutId, payment: parsed.data });
    if (result.kind === "declined") return await back("declined", { message: result.message });
    // Paid: BigCommerce has deleted the cart. Paid by an earlier submission ("already-paid"):
    // no fresh link, so this session is granted that order.
    const token = result.kind === "confirmed" ? result.token : undefined;
    const next = await completePurchase(session, { orderId: result.orderId, checkoutId, token });
    // A pending payment still goes to the confirmation, which words it as received.
    const payment = result.kind === "confirmed" ? result.payment : undefined;
    return { outcome: result.kind, orderId: result.orderId, payment, response: seeOther(next) };
  } catch (error) {
    if (!(error instanceof CheckoutProblem)) throw error;
    return await back(error.cartGone ? "cart-gone" : "problem", setbackOf(error));
  }
}
