import { NextResponse, type NextRequest } from "next/server";
import { findPaidOrder } from "@/lib/checkout/place-order";
import { logEvent } from "@/lib/log";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { getSession } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import { completePurchase } from "../_lib/complete-purchase";

/**
 * A shopper whose "Place order" answer was lost: their cart is gone because the order was paid.
 * This session's own checkout is checked, and the browser is given access to its order.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return NextResponse.json({ error: "Not allowed." }, { status: 403 });
  const session = await getSession();
  const checkoutId = session.checkoutId;
  const orderId = checkoutId ? await findPaidOrder(getRuntime(), checkoutId) : null;
  if (!checkoutId || orderId === null) return seeOther("/cart");
  const next = await completePurchase(session, { orderId, checkoutId });
  logEvent("checkout.recovered", { orderId });
  return seeOther(next);
}
