import "server-only";
import { justPlacedKey } from "@/lib/checkout/just-placed";
import type { Kv } from "@/lib/kv";
import { addDecimals, divideDecimal, subtractDecimals, toAnalyticsNumber } from "@/lib/money";
import { orderStatus } from "@/lib/order-status";
import type { OrderConfirmationView, OrderLineView } from "./view";

/**
 * A GA4 `purchase` event, as pushed to `window.dataLayer` (GA4's ecommerce reference):
 * - each item's `price` is its discounted unit price and `discount` the unit discount, both
 *   tax-exclusive; `quantity` as ordered;
 * - `value` = Σ price × quantity over the items (item revenue: after discounts, before tax and
 *   shipping), so the items add up to `value` (to a cent: unit prices keep four places);
 * - `tax` is the order's `total_tax`; `shipping` its tax-exclusive shipping;
 * - handling, wrapping and fees are in none of these: value + tax + shipping + those = the total.
 * Amounts are numbers in `currency` (GA4 takes numbers); no text the shopper typed is included.
 */
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
      item_category?: string;
      price: number;
      discount?: number;
      quantity: number;
    }[];
  };
}

/** The shopper's-choice options of a line ("M / Blue"); typed text never leaves the page. */
function itemVariant(line: OrderLineView): string | undefined {
  const chosen = line.options.filter((o) => !o.freeText).map((o) => o.value);
  return chosen.length ? chosen.join(" / ") : undefined;
}

/** Four-place decimal string → number, exact to the decimal shown. */
const num = (decimal: string) => toAnalyticsNumber(decimal, 4);

/** The GA4 purchase event for an order's view (see PurchaseEvent for how the amounts relate). */
export function toPurchaseEvent(view: OrderConfirmationView): PurchaseEvent {
  const coupon = view.couponCodes.join(",");
  const items = view.lines.map((line) => {
    const revenue = subtractDecimals(line.lineTotalExTax, line.lineDiscount);
    const unitDiscount = divideDecimal(line.lineDiscount, line.quantity || 1);
    const variant = itemVariant(line);
    return {
      revenue,
      item: {
        item_id: String(line.productId || line.sku || line.id),
        item_name: line.name,
        ...(variant ? { item_variant: variant } : {}),
        ...(line.kind === "physical" ? {} : { item_category: line.kind }),
        price: num(divideDecimal(revenue, line.quantity || 1)),
        ...(num(unitDiscount) ? { discount: num(unitDiscount) } : {}),
        quantity: line.quantity,
      },
    };
  });
  const shipping = view.receipt.lines.find((l) => l.kind === "shipping");
  const tax = view.receipt.lines.find((l) => l.kind === "tax");
  return {
    event: "purchase",
    ecommerce: {
      transaction_id: String(view.orderId),
      value: num(addDecimals("0", ...items.map((i) => i.revenue))),
      tax: tax ? num(tax.amount) : 0,
      shipping: shipping && !view.taxInclusive ? num(shipping.amount) : 0,
      currency: view.currency,
      ...(coupon ? { coupon } : {}),
      items: items.map((i) => i.item),
    },
  };
}

/**
 * The purchase event, only for the first view after this storefront took the order's payment,
 * and only for a paid or pending status: the "just placed" mark is consumed atomically, so a
 * reload, a second browser, another instance or a customer opening an older order never
 * reports a sale. Null otherwise. Throws when the shared store fails (callers skip the event).
 */
export async function purchaseEventOnce(
  { kv }: { kv: Kv },
  view: OrderConfirmationView,
): Promise<PurchaseEvent | null> {
  if (!orderStatus(view.statusId).purchaseEvent) return null;
  const first = await kv.deleteIfEquals(justPlacedKey(view.orderId), "1");
  return first ? toPurchaseEvent(view) : null;
}
