import { Address } from "./address";
import type { SectionProps } from "./section-props";

/**
 * Where it goes and how it was paid: the shipping address and method when the order ships to one
 * address (several are shown with their lines; digital-only and pickup orders have none), the
 * billing address, the card or payment method, the shopper's comment.
 */
export function OrderDetails({ view, t, tag }: Pick<SectionProps, "view" | "t" | "tag">) {
  const payment = view.card
    ? t("confirmation.cardEnding", { brand: view.card.brand, last4: view.card.last4 })
    : view.paymentMethod || "—";
  const single = view.shipments.length === 1 ? view.shipments[0] : null;
  return (
    <section
      className="card addresses"
      aria-label={`${t("confirmation.billingAddress")}, ${t("confirmation.paymentMethod")}`}
    >
      {single && (
        <div data-testid="shipping-address">
          <h2>{t("confirmation.shippingAddress")}</h2>
          <Address address={single.address} locale={tag} />
        </div>
      )}
      <div>
        <h2>{t("confirmation.billingAddress")}</h2>
        <Address address={view.billingAddress} locale={tag} />
      </div>
      <div>
        {single && (
          <>
            <h2>{t("confirmation.shippingMethod")}</h2>
            <p style={{ margin: "0 0 1rem" }} data-testid="shipping-method">
              {single.method || "—"}
            </p>
          </>
        )}
        <h2>{t("confirmation.paymentMethod")}</h2>
        <p style={{ margin: 0 }} data-testid="payment-method">
          {payment}
        </p>
      </div>
      {view.customerMessage && (
        <div>
          <h2>{t("confirmation.comment")}</h2>
          <p style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="customer-message">
            {view.customerMessage}
          </p>
        </div>
      )}
    </section>
  );
}
