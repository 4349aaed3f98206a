// The receipt of an order: every amount the order carries, as lines that add up to BigCommerce's
// total (`total_inc_tax`), then what gift certificates and store credit paid of it.
import type { BcOrder, BcOrderCoupon, BcOrderFee } from "@/lib/bigcommerce";
import { addDecimals, isZero, sameAmount, subtractDecimals } from "@/lib/money";

/** What a receipt line is; the page words each one (fees and coupons carry their own `label`). */
export type ReceiptLineKind =
  "subtotal" | "discount" | "coupon" | "shipping" | "handling" | "wrapping" | "fee" | "tax";

/**
 * One line of the receipt. `amount` is a non-negative decimal string in the order's currency;
 * `sign` -1 for what is taken off. `counted` is false for the "incl. tax" line under
 * tax-inclusive pricing: shown, but already inside the other amounts.
 */
export interface ReceiptLine {
  kind: ReceiptLineKind;
  amount: string;
  sign: 1 | -1;
  counted: boolean;
  /** The fee's name, or the coupon codes ("" when a coupon has no code). */
  label: string;
}

/** A payment taken from the total before the card: a gift certificate or store credit. */
export interface ReceiptPayment {
  kind: "giftCertificate" | "storeCredit";
  amount: string;
}

export interface ReceiptView {
  lines: ReceiptLine[];
  /** BigCommerce's `total_inc_tax`: always the total shown, whatever the lines add up to. */
  total: string;
  /** Gift certificates and store credit applied (non-zero ones only). */
  payments: ReceiptPayment[];
  /** What is left for the payment method once those are taken: total − payments (decimal string). */
  balance: string;
  /**
   * Σ counted lines (signed) − total: "0.0000" when the receipt adds up. Anything else means
   * BigCommerce sent an amount this receipt does not know; the page still shows BigCommerce's total
   * and the loader logs a warning naming the order.
   */
  discrepancy: string;
}

const line = (
  kind: ReceiptLineKind,
  amount: string,
  options: { sign?: 1 | -1; counted?: boolean; label?: string } = {},
): ReceiptLine => ({
  kind,
  // A negative amount BigCommerce sends for a charge (or a positive one for a discount) keeps its
  // meaning: the sign is carried by `sign`, the amount is its magnitude.
  amount: amount.startsWith("-") ? amount.slice(1) : amount,
  sign: (amount.startsWith("-") ? -(options.sign ?? 1) : (options.sign ?? 1)) as 1 | -1,
  counted: options.counted ?? true,
  label: options.label ?? "",
});

/** A fee's cost on the receipt's basis: inc. tax, or ex. tax (whichever spelling came, else inc − tax). */
function feeCost(fee: BcOrderFee, taxInclusive: boolean): string {
  if (taxInclusive) return fee.cost_inc_tax;
  return fee.cost_ex_tax ?? fee.cost_exc_tax ?? subtractDecimals(fee.cost_inc_tax, fee.cost_tax);
}

/**
 * Builds the receipt of an order (decimal strings, exact arithmetic): subtotal, automatic discount,
 * coupons (by code), shipping (when the order ships or charged any), handling, gift wrapping, each
 * fee by its customer-facing name, tax (added under tax-exclusive pricing; "incl." otherwise), the
 * total, then gift certificates and store credit as payments against it.
 */
export function buildReceipt(
  order: BcOrder,
  coupons: BcOrderCoupon[],
  ships: boolean,
): ReceiptView {
  const inc = order.is_tax_inclusive_pricing;
  const pick = (incTax: string, exTax: string) => (inc ? incTax : exTax);
  const lines: ReceiptLine[] = [
    line("subtotal", pick(order.subtotal_inc_tax, order.subtotal_ex_tax)),
  ];
  if (!isZero(order.discount_amount)) {
    lines.push(line("discount", order.discount_amount, { sign: -1 }));
  }
  if (!isZero(order.coupon_discount)) {
    const codes = coupons.flatMap((c) => (c.code ? [c.code] : []));
    lines.push(line("coupon", order.coupon_discount, { sign: -1, label: codes.join(", ") }));
  }
  const shipping = pick(order.shipping_cost_inc_tax, order.shipping_cost_ex_tax);
  if (ships || !isZero(shipping)) lines.push(line("shipping", shipping));
  const handling = pick(order.handling_cost_inc_tax, order.handling_cost_ex_tax);
  if (!isZero(handling)) lines.push(line("handling", handling));
  const wrapping = pick(order.wrapping_cost_inc_tax, order.wrapping_cost_ex_tax);
  if (!isZero(wrapping)) lines.push(line("wrapping", wrapping));
  for (const fee of order.fees) {
    const label = fee.display_name_customer || fee.display_name_merchant;
    lines.push(line("fee", feeCost(fee, inc), { label }));
  }
  if (!inc || !isZero(order.total_tax)) {
    lines.push(line("tax", order.total_tax, { counted: !inc }));
  }
  const counted = lines
    .filter((l) => l.counted)
    .map((l) => (l.sign < 0 ? `-${l.amount}` : l.amount));
  const payments: ReceiptPayment[] = [];
  if (!isZero(order.gift_certificate_amount)) {
    payments.push({ kind: "giftCertificate", amount: order.gift_certificate_amount });
  }
  if (!isZero(order.store_credit_amount)) {
    payments.push({ kind: "storeCredit", amount: order.store_credit_amount });
  }
  const total = order.total_inc_tax;
  return {
    lines,
    total,
    payments,
    balance: subtractDecimals(total, addDecimals("0", ...payments.map((p) => p.amount))),
    discrepancy: subtractDecimals(addDecimals("0", ...counted), total),
  };
}

/** True when the receipt's counted lines add up to its total exactly. */
export function receiptAddsUp(receipt: ReceiptView): boolean {
  return sameAmount(receipt.discrepancy, "0");
}
