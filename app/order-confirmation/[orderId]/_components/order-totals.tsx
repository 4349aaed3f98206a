import type { ReceiptLine } from "@/lib/confirmation";
import type { SectionProps } from "./section-props";

/** A receipt line's words: fees by their name, coupons with their codes. */
function label(line: ReceiptLine, c: SectionProps["c"]): string {
  switch (line.kind) {
    case "subtotal":
      return c.subtotal;
    case "discount":
      return c.discount;
    case "coupon":
      return line.label ? `${c.coupon} (${line.label})` : c.coupon;
    case "shipping":
      return c.shipping;
    case "handling":
      return c.handling;
    case "wrapping":
      return c.wrapping;
    case "fee":
      return line.label || c.handling;
    case "tax":
      return line.counted ? c.tax : c.taxIncluded;
  }
}

/**
 * The receipt: every amount the order carries (subtotal, discounts, coupons, shipping, handling,
 * wrapping, each fee, tax), BigCommerce's total, then gift certificates and store credit applied
 * and what the payment method was charged.
 */
export function OrderTotals({ view, c, money }: SectionProps) {
  const { receipt } = view;
  return (
    <section className="card stack" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{c.summary}</h2>
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
              <th scope="row">{label(line, c)}</th>
              <td data-testid={line.kind}>
                {line.sign < 0 && "−"}
                {money(line.amount)}
              </td>
            </tr>
          ))}
          <tr className="totals__grand">
            <th scope="row">{c.total}</th>
            <td data-testid="total" data-amount={receipt.total}>
              {money(receipt.total)}
            </td>
          </tr>
          {receipt.payments.map((payment) => (
            <tr key={payment.kind} data-testid="receipt-payment" data-amount={payment.amount}>
              <th scope="row">
                {payment.kind === "giftCertificate" ? c.giftCertificatePaid : c.storeCreditPaid}
              </th>
              <td data-testid={`paid-${payment.kind}`}>−{money(payment.amount)}</td>
            </tr>
          ))}
          {receipt.payments.length > 0 && (
            <tr className="totals__grand">
              <th scope="row">{c.balance}</th>
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
