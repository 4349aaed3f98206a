import type { AddressView } from "@/lib/confirmation";
import type { SectionProps } from "./section-props";

/** A postal address, one line per non-empty part. */
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

/** Where it goes and how it was paid: both addresses, shipping method, card or method, comment. */
export function OrderDetails({ view, c }: Pick<SectionProps, "view" | "c">) {
  const payment = view.card
    ? c.cardEnding(view.card.brand, view.card.last4)
    : view.paymentMethod || "—";
  return (
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
  );
}
