import Link from "next/link";
import { Money } from "@/app/_components/money";
import { ProductImage } from "@/app/_components/product-image";
import type { AddressView, OrderConfirmationView } from "@/lib/confirmation";
import { formatDateTime, type LocaleContext } from "@/lib/i18n";
import { isZero } from "@/lib/money";
import { PrintButton } from "./print-button";

function Address({ address }: { address: AddressView }) {
  return (
    <address>
      {[address.name, address.company, ...address.lines, address.phone]
        .filter(Boolean)
        .map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
    </address>
  );
}

export function OrderConfirmation({
  view,
  locale,
  accountPrompt = false,
}: {
  view: OrderConfirmationView;
  locale: LocaleContext;
  /** Guests get a short prompt to create an account with the same email. */
  accountPrompt?: boolean;
}) {
  const { t, tag } = locale;
  const c = t.confirmation;
  const money = (value: string) => <Money value={value} currency={view.currency} locale={tag} />;
  const [statusLabel, statusNext] = t.status[view.statusId] ?? [view.status, ""];
  const placedAt = formatDateTime(view.placedAt, tag);
  const payment = view.card
    ? c.cardEnding(view.card.brand, view.card.last4)
    : view.paymentMethod || "—";

  return (
    <article className="stack confirmation" aria-labelledby="confirmation-heading">
      <div className="confirmation-hero">
        <span className="confirmation-hero__icon" aria-hidden="true">
          ✓
        </span>
        <div>
          <h1 id="confirmation-heading">{c.thanks(view.firstName, view.orderId)}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {c.emailSent} <strong>{view.email}</strong>.
          </p>
          {statusNext && (
            <p style={{ margin: "0.4rem 0 0" }} data-testid="status-next">
              {statusNext}
            </p>
          )}
        </div>
      </div>

      <section className="card" aria-label={c.title}>
        <dl className="facts">
          <div>
            <dt>{c.orderNumber}</dt>
            <dd data-testid="order-number">{view.orderId}</dd>
          </div>
          <div>
            <dt>{c.date}</dt>
            <dd>
              <time dateTime={view.placedAt} data-testid="order-date">
                {placedAt} UTC
              </time>
            </dd>
          </div>
          <div>
            <dt>{c.status}</dt>
            <dd data-testid="order-status">{statusLabel}</dd>
          </div>
          <div>
            <dt>{c.email}</dt>
            <dd>{view.email}</dd>
          </div>
        </dl>
      </section>

      <div className="two-column">
        <section className="card" aria-labelledby="items-heading">
          <h2 id="items-heading">{c.items}</h2>
          <ul className="line-items" data-testid="order-lines">
            {view.lines.map((line) => (
              <li className="line-item" key={line.id} data-testid="order-line">
                <ProductImage
                  src={line.imageUrl}
                  alt={line.imageAlt}
                  size={72}
                  placeholder={c.noImage}
                />
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
                    {c.quantity} <span data-testid="line-quantity">{line.quantity}</span> ×{" "}
                    <span data-testid="line-unit-price">{money(line.unitPrice)}</span>
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
      </div>

      <section className="card addresses" aria-label={`${c.shippingAddress}, ${c.paymentMethod}`}>
        {view.shippingAddress && (
          <div>
            <h2>{c.shippingAddress}</h2>
            <Address address={view.shippingAddress} />
          </div>
        )}
        <div>
          <h2>{c.billingAddress}</h2>
          <Address address={view.billingAddress} />
        </div>
        <div>
          <h2>{c.shippingMethod}</h2>
          <p style={{ margin: 0 }}>{view.shippingMethod || "—"}</p>
          <h2 style={{ marginTop: "1rem" }}>{c.paymentMethod}</h2>
          <p style={{ margin: 0 }} data-testid="payment-method">
            {payment}
          </p>
        </div>
        {view.customerMessage && (
          <div>
            <h2>{c.comment}</h2>
            <p style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="customer-message">
              {view.customerMessage}
            </p>
          </div>
        )}
      </section>

      {accountPrompt && (
        <section className="card stack no-print" aria-labelledby="account-heading">
          <h2 id="account-heading">{c.createAccountTitle}</h2>
          <p style={{ margin: 0 }}>{c.createAccountText(view.email)}</p>
          <p style={{ margin: 0 }}>
            <Link className="button button--secondary" href="/sign-up">
              {c.createAccount}
            </Link>
          </p>
        </section>
      )}

      <div className="actions no-print">
        <Link className="button" href="/">
          {c.continueShopping}
        </Link>
        <PrintButton label={c.print} />
      </div>
    </article>
  );
}
