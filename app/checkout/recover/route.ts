import { NextResponse, type NextRequest } from "next/server";
import { findPaidOrder } from "@/lib/checkout/place-order";
import { logEvent } from "@/lib/log";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { getSession, grantOrder } from "@/lib/session";

// A shopper whose "Place order" answer was lost: their cart is gone because the order was paid.
// This session's own checkout is checked, and the browser is given access to its order.
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return NextResponse.json({ error: "Not allowed." }, { status: 403 });
  const session = await getSession();
  const checkoutId = session.checkoutId;
  const orderId = checkoutId ? await findPaidOrder(checkoutId) : null;
  if (!checkoutId || orderId === null) return seeOther("/cart");
  grantOrder(session, orderId, checkoutId);
  session.checkoutId = undefined;
  session.draft = undefined;
  await session.save();
  logEvent("checkout.recovered", { orderId });
  return seeOther(`/order-confirmation/${orderId}`);
}
