import Link from "next/link";
import { Money } from "@/app/_components/money";
import { ProductImage } from "@/app/_components/product-image";
import type { AddressView, OrderConfirmationView } from "@/lib/confirmation";
import { isZero } from "@/lib/money";

function Address({ address }: { address: AddressView }) {
  return (
    <address>
      {address.name}
      {address.company && (
        <>
          <br />
          {address.company}
        </>
      )}
      {address.lines.map((line) => (
        <span key={line}>
          <br />
          {line}
        </span>
      ))}
      {address.phone && (
        <>
          <br />
          {address.phone}
        </>
      )}
    </address>
  );
}

const dateFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});

export function OrderConfirmation({ view }: { view: OrderConfirmationView }) {
  const money = (value: string) => <Money value={value} currency={view.currency} />;
  return (
    <article className="stack" aria-labelledby="confirmation-heading">
      <div className="confirmation-hero">
        <span className="confirmation-hero__icon" aria-hidden="true">
          ✓
        </span>
        <div>
          <h1 id="confirmation-heading">
            Thank you{view.firstName ? `, ${view.firstName}` : ""}! Your order #{view.orderId} is
            confirmed.
          </h1>
          <p className="muted" style={{ margin: 0 }}>
            A confirmation will be sent to <strong>{view.email}</strong>.
          </p>
        </div>
      </div>

      <section className="card" aria-label="Order details">
        <dl className="facts">
          <div>
            <dt>Order number</dt>
            <dd data-testid="order-number">{view.orderId}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>
              <time dateTime={view.placedAt}>{dateFormat.format(new Date(view.placedAt))} UTC</time>
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd data-testid="order-status">{view.status}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{view.email}</dd>
          </div>
        </dl>
      </section>

      <div className="two-column">
        <section className="card" aria-labelledby="items-heading">
          <h2 id="items-heading">Items</h2>
          <ul className="line-items" data-testid="order-lines">
            {view.lines.map((line) => (
              <li className="line-item" key={line.id} data-testid="order-line">
                <ProductImage src={line.imageUrl} alt={line.imageAlt} size={72} />
                <div>
                  <p className="line-item__name" data-testid="line-name">
                    {line.name}
                  </p>
                  {line.options.length > 0 && (
                    <p className="line-item__meta" data-testid="line-options">
                      {line.options.map((o) => `${o.name}: ${o.value}`).join(", ")}
                    </p>
                  )}
                  <p className="line-item__meta">
                    Qty <span data-testid="line-quantity">{line.quantity}</span> ×{" "}
                    {money(line.unitPrice)}
                  </p>
                </div>
                <div className="line-item__total" data-testid="line-total">
                  {money(line.lineTotal)}
                </div>
              </li>
            ))}
          </ul>
        </section>

        <section className="card stack" aria-labelledby="totals-heading">
          <h2 id="totals-heading">Summary</h2>
          <table className="totals">
            <tbody>
              <tr>
                <th scope="row">Subtotal</th>
                <td data-testid="subtotal">{money(view.subtotal)}</td>
              </tr>
              {!isZero(view.discount) && (
                <tr>
                  <th scope="row">
                    Discount
                    {view.coupons.length > 0 && ` (${view.coupons.map((c) => c.code).join(", ")})`}
                  </th>
                  <td data-testid="discount">−{money(view.discount)}</td>
                </tr>
              )}
              <tr>
                <th scope="row">Shipping</th>
                <td data-testid="shipping">{money(view.shipping)}</td>
              </tr>
              <tr>
                <th scope="row">Tax{view.taxInclusive ? " (included)" : ""}</th>
                <td data-testid="tax">{money(view.tax)}</td>
              </tr>
              <tr className="totals__grand">
                <th scope="row">Total</th>
                <td data-testid="total">{money(view.total)}</td>
              </tr>
            </tbody>
          </table>
        </section>
      </div>

      <section className="card addresses" aria-label="Delivery and payment">
        {view.shippingAddress && (
          <div>
            <h2>Shipping address</h2>
            <Address address={view.shippingAddress} />
          </div>
        )}
        <div>
          <h2>Billing address</h2>
          <Address address={view.billingAddress} />
        </div>
        <div>
          <h2>Shipping method</h2>
          <p style={{ margin: 0 }}>{view.shippingMethod || "—"}</p>
          <h2 style={{ marginTop: "1rem" }}>Payment method</h2>
          <p style={{ margin: 0 }}>{view.paymentMethod || "—"}</p>
        </div>
        {view.customerMessage && (
          <div>
            <h2>Your comment</h2>
            <p style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="customer-message">
              {view.customerMessage}
            </p>
          </div>
        )}
      </section>

      <p className="no-print">
        <Link className="button" href="/">
          Continue shopping
        </Link>
      </p>
    </article>
  );
}
