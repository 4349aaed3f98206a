import { isZero } from "@/lib/money";
import type { SectionProps } from "./section-props";

/** The order summary: subtotal, discount with coupon codes (if any), shipping, tax and total. */
export function OrderTotals({ view, c, money }: SectionProps) {
  return (
    <section className="card stack" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{c.summary}</h2>
      <table className="totals">
        <tbody>
          <tr>
            <th scope="row">{c.subtotal}</th>
            <td data-testid="subtotal">{money(view.subtotal)}</td>
          </tr>
          {!isZero(view.discount) && (
            <tr>
              <th scope="row">
                {c.discount}
                {view.coupons.length > 0 && ` (${view.coupons.map((x) => x.code).join(", ")})`}
              </th>
              <td data-testid="discount">−{money(view.discount)}</td>
            </tr>
          )}
          <tr>
            <th scope="row">
              {c.shipping}
              {view.shippingMethod && <span className="muted"> · {view.shippingMethod}</span>}
            </th>
            <td data-testid="shipping">{money(view.shipping)}</td>
          </tr>
          <tr>
            <th scope="row">{view.taxInclusive ? c.taxIncluded : c.tax}</th>
            <td data-testid="tax">{money(view.tax)}</td>
          </tr>
          <tr className="totals__grand">
            <th scope="row">{c.total}</th>
            <td data-testid="total">{money(view.total)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
