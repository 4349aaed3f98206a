import "server-only";
import { pageContext, type PageFlash, type SearchParams } from "@/app/_lib/page-context";
import type { CheckoutView } from "@/lib/checkout";
import { findPaidOrder } from "@/lib/checkout/place-order";
import type { LocaleContext } from "@/lib/i18n";
import { getRuntime } from "@/lib/runtime";
import { redirect } from "next/navigation";
import { EMBEDDED_COMPLETION, loadForPage } from "@/app/checkout/_lib/embedded-pending";

/** What the cart page shows, with the message the URL names and the shopper's locale. */
export type CartPageData = { flash: PageFlash | undefined; locale: LocaleContext } & (
  | { kind: "cart"; view: CheckoutView }
  | { kind: "empty" }
  /** The cart is gone because its order was paid, but the answer never reached this browser. */
  | { kind: "paid"; orderId: number }
);

/** Loads this session's cart from BigCommerce, or the paid order that replaced it. */
export async function cartPageData(searchParams: SearchParams): Promise<CartPageData> {
  const { session, flash, locale } = await pageContext(searchParams);
  const runtime = getRuntime();
  const { view, completionPending } = await loadForPage(session.checkoutId);
  if (completionPending) redirect(EMBEDDED_COMPLETION);
  const paidOrder =
    !view && session.checkoutId ? await findPaidOrder(runtime, session.checkoutId) : null;
  if (paidOrder !== null) return { kind: "paid", orderId: paidOrder, flash, locale };
  if (!view || view.lines.length === 0) return { kind: "empty", flash, locale };
  return { kind: "cart", view, flash, locale };
}
