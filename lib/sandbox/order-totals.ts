// An order's totals from its parts, in decimal strings through big.js (./money.ts).
import { dec, sum, v2 } from "./money";
import type { Order } from "./state";

/**
 * Sets total_ex_tax, total_inc_tax and total_tax from the order's parts:
 * total_inc = subtotal_inc + shipping_inc + handling_inc + wrapping_inc + Σ fees_inc − discount_amount
 * − coupon_discount; total_ex likewise with ex amounts; total_tax = total_inc − total_ex. Totals given
 * at creation (`money.totalsGiven`) are kept as given. Gift certificates and store credit are
 * payments against the total, not part of it.
 */
export function settleTotals(o: Order): void {
  const m = o.money;
  if (m.totalsGiven) return;
  const off = dec(m.discountAmount).plus(dec(m.couponDiscount));
  const inc = dec(
    sum([
      m.subtotalIncTax,
      m.shippingIncTax,
      m.handlingIncTax,
      m.wrappingIncTax,
      ...o.fees.map((f) => f.costIncTax),
    ]),
  ).minus(off);
  const ex = dec(
    sum([
      m.subtotalExTax,
      m.shippingExTax,
      m.handlingExTax,
      m.wrappingExTax,
      ...o.fees.map((f) => f.costExTax),
    ]),
  ).minus(off);
  m.totalIncTax = v2(inc);
  m.totalExTax = v2(ex);
  m.totalTax = v2(inc.minus(ex));
}

/** What is left to pay once gift certificates and store credit are applied, a v2 string (never below 0). */
export function amountDue(o: Order): string {
  const due = dec(o.money.totalIncTax)
    .minus(dec(o.money.giftCertificateAmount))
    .minus(dec(o.money.storeCreditAmount));
  return v2(due.lt(0) ? 0 : due);
}

/** The number of items on the order (Σ quantities). */
export function itemsTotal(o: Order): number {
  return o.lines.reduce((n, l) => n + l.quantity, 0);
}
