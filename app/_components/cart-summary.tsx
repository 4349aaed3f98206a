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

export function CartTotals({ view }: { view: CheckoutView }) {
  return (
    <table className="totals">
      <tbody>
        <tr>
          <th scope="row">Subtotal</th>
          <td>
            <Money value={view.subtotal} currency={view.currency} />
          </td>
        </tr>
        {view.discount > 0 && (
          <tr>
            <th scope="row">Discount</th>
            <td>
              −<Money value={view.discount} currency={view.currency} />
            </td>
          </tr>
        )}
        <tr>
          <th scope="row">Shipping</th>
          <td>
            {view.shipping === null ? (
              "Calculated at checkout"
            ) : (
              <Money value={view.shipping} currency={view.currency} />
            )}
          </td>
        </tr>
        <tr>
          <th scope="row">Tax</th>
          <td>
            <Money value={view.tax} currency={view.currency} />
          </td>
        </tr>
        <tr className="totals__grand">
          <th scope="row">Total</th>
          <td>
            <Money value={view.total} currency={view.currency} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
