import type { OrderConfirmationView, ReceiptLine } from "@/lib/confirmation";
import type { SectionProps } from "./section-props";

/** A receipt line's words: fees by their name, coupons with their codes. */
function label(line: ReceiptLine, t: SectionProps["t"]): string {
  switch (line.kind) {
    case "subtotal":
      return t("confirmation.subtotal");
    case "discount":
      return t("confirmation.discount");
    case "coupon":
      return line.label ? `${t("confirmation.coupon")} (${line.label})` : t("confirmation.coupon");
    case "shipping":
      return t("confirmation.shipping");
    case "handling":
      return t("confirmation.handling");
    case "wrapping":
      return t("confirmation.wrapping");
    case "fee":
      return line.label || t("confirmation.handling");
    case "tax":
      return line.counted ? t("confirmation.tax") : t("confirmation.taxIncluded");
  }
}

/**
 * The receipt: every amount the order carries (subtotal, discounts, coupons, shipping, handling,
 * wrapping, each fee, tax), BigCommerce's total, then gift certificates and store credit applied
 * and what the payment method was charged.
 */
export function OrderTotals({
  view,
  t,
  money,
}: Pick<SectionProps, "t" | "money"> & {
  /** The receipt, and the shipments for the method's name (none on the lookup's redacted page). */
  view: Pick<OrderConfirmationView, "receipt" | "shipments">;
}) {
  const { receipt } = view;
  // One shipping address: its method beside the cost (several are shown with their lines).
  const method = view.shipments.length === 1 ? view.shipments[0].method : "";
  return (
    <section className="card stack" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t("confirmation.summary")}</h2>
      <table className="totals" data-testid="receipt">
        <tbody>
          {receipt.lines.map((line, i) => (
            <tr
              key={i}
              data-testid="receipt-line"
              data-amount={line.amount}
              data-sign={line.sign}
              data-counted={line.counted}
              className={line.counted ? undefined : "totals__included"}
            >
              <th scope="row">
                {label(line, t)}
                {line.kind === "shipping" && method && <span className="muted"> · {method}</span>}
              </th>
              <td data-testid={line.kind}>
                {line.sign < 0 && "−"}
                {money(line.amount)}
              </td>
            </tr>
          ))}
          <tr className="totals__grand">
            <th scope="row">{t("confirmation.total")}</th>
            <td data-testid="total" data-amount={receipt.total}>
              {money(receipt.total)}
            </td>
          </tr>
          {receipt.payments.map((payment) => (
            <tr key={payment.kind} data-testid="receipt-payment" data-amount={payment.amount}>
              <th scope="row">
                {payment.kind === "giftCertificate"
                  ? t("confirmation.giftCertificatePaid")
                  : t("confirmation.storeCreditPaid")}
              </th>
              <td data-testid={`paid-${payment.kind}`}>−{money(payment.amount)}</td>
            </tr>
          ))}
          {receipt.payments.length > 0 && (
            <tr className="totals__grand">
              <th scope="row">{t("confirmation.balance")}</th>
              <td data-testid="balance" data-amount={receipt.balance}>
                {money(receipt.balance)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
