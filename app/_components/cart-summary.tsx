import type { CartLineView, CheckoutView, TotalRowView } from "@/lib/checkout";
import { Money } from "./money";
import { ProductImage } from "./product-image";

/** Lines and totals of a cart or checkout, all amounts as BigCommerce computed them. */
export function CartLines({
  view,
  renderAction,
}: {
  view: CheckoutView;
  renderAction?: (line: CartLineView) => React.ReactNode;
}) {
  return (
    <ul className="line-items">
      {view.lines.map((line, index) => (
        <li className="line-item" key={`${line.kind}-${line.id || index}`}>
          <ProductImage src={line.imageUrl} alt="" size={72} />
          <div>
            <p className="line-item__name">{line.name}</p>
            {line.options && <p className="line-item__meta">{line.options}</p>}
            {line.kind !== "gift-certificate" && (
              <p className="line-item__meta">
                Qty {line.quantity} × <Money value={line.unitPrice} currency={view.currency} />
              </p>
            )}
            {renderAction?.(line)}
          </div>
          <div className="line-item__total">
            <Money value={line.lineTotal} currency={view.currency} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** One row of the totals table: what it is, and the amount. */
function TotalRow({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/** A row's amount: "−$3.50" for a discount, "Calculated at checkout" for shipping not chosen. */
function RowAmount({ row, currency }: { row: TotalRowView; currency: string }) {
  if (row.amount === null) return <>Calculated at checkout</>;
  if (row.amount < 0) {
    return (
      <>
        −<Money value={-row.amount} currency={currency} />
      </>
    );
  }
  return <Money value={row.amount} currency={currency} />;
}

/**
 * The totals table as BigCommerce computed it: subtotal, discounts and coupons, shipping (for a
 * cart that ships), handling, fees and tax, then the total; the rows add up to the total.
 */
export function CartTotals({ view }: { view: CheckoutView }) {
  return (
    <table className="totals">
      <tbody>
        {view.rows.map((row, index) => (
          <TotalRow key={`${row.kind}-${index}`} label={row.label}>
            <RowAmount row={row} currency={view.currency} />
          </TotalRow>
        ))}
        <TotalRow label="Total" className="totals__grand">
          <Money value={view.total} currency={view.currency} />
        </TotalRow>
      </tbody>
    </table>
  );
}
