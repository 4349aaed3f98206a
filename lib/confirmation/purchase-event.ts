import "server-only";
import type { Runtime } from "@/lib/runtime";
import type { OrderConfirmationView } from "./view";

/** A GA4 `purchase` event, as pushed to `window.dataLayer`. */
export interface PurchaseEvent {
  event: "purchase";
  ecommerce: {
    transaction_id: string;
    value: number;
    tax: number;
    shipping: number;
    currency: string;
    coupon?: string;
    items: {
      item_id: string;
      item_name: string;
      item_variant?: string;
      price: number;
      quantity: number;
    }[];
  };
}

/** Analytics accept numbers; the exact decimal strings stay the source for what the page shows. */
const num = (decimal: string) => Number(decimal);

export function toPurchaseEvent(view: OrderConfirmationView): PurchaseEvent {
  const coupon = view.coupons.map((c) => c.code).join(",");
  return {
    event: "purchase",
    ecommerce: {
      transaction_id: String(view.orderId),
      value: num(view.total),
      tax: num(view.tax),
      shipping: num(view.shipping),
      currency: view.currency,
      ...(coupon ? { coupon } : {}),
      items: view.lines.map((l) => ({
        item_id: String(l.productId),
        item_name: l.name,
        ...(l.options.length ? { item_variant: l.options.map((o) => o.value).join(" / ") } : {}),
        price: num(l.unitPrice),
        quantity: l.quantity,
      })),
    },
  };
}

const ONCE_MS = 400 * 24 * 3600 * 1000;

/**
 * The purchase event for the first view of an order only. Decided on the server by a set-once
 * record in the shared store, so a reload, a second browser or another instance never counts
 * the sale twice.
 */
export async function purchaseEventOnce(
  { kv }: Pick<Runtime, "kv">,
  view: OrderConfirmationView,
): Promise<PurchaseEvent | null> {
  const first = await kv.set(`purchase-event:${view.orderId}`, "1", {
    ttlMs: ONCE_MS,
    onlyIfAbsent: true,
  });
  return first ? toPurchaseEvent(view) : null;
}
