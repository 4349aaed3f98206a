import type { CartLineView, CheckoutView } from "@/lib/checkout";
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
      {view.lines.map((line) => (
        <li className="line-item" key={line.id}>
          <ProductImage src={line.imageUrl} alt="" size={72} />
          <div>
            <p className="line-item__name">{line.name}</p>
            {line.options && <p className="line-item__meta">{line.options}</p>}
            <p className="line-item__meta">
              Qty {line.quantity} × <Money value={line.unitPrice} currency={view.currency} />
            </p>
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

/** Subtotal, discount (when there is one), shipping, tax and total, as BigCommerce computed them. */
export function CartTotals({ view }: { view: CheckoutView }) {
  const money = (value: number) => <Money value={value} currency={view.currency} />;
  return (
    <table className="totals">
      <tbody>
        <TotalRow label="Subtotal">{money(view.subtotal)}</TotalRow>
        {view.discount > 0 && <TotalRow label="Discount">−{money(view.discount)}</TotalRow>}
        <TotalRow label="Shipping">
          {view.shipping === null ? "Calculated at checkout" : money(view.shipping)}
        </TotalRow>
        <TotalRow label="Tax">{money(view.tax)}</TotalRow>
        <TotalRow label="Total" className="totals__grand">
          {money(view.total)}
        </TotalRow>
      </tbody>
    </table>
  );
}
