import type { SummaryLocale } from "@/app/_components/cart-summary";
import { Money } from "@/app/_components/money";
import type { CheckoutView } from "@/lib/checkout";
import type { Translate } from "@/lib/i18n";
import { selectShippingAction } from "../actions";
import { SubmitOnChange } from "./submit-on-change";

/** Step 2: the shipping methods BigCommerce quotes for the saved address; saved on change. */
export function ShippingSection({
  view,
  error,
  t,
  tag,
}: SummaryLocale & {
  view: CheckoutView;
  /** The shipping method's field error, if any. */
  error?: string;
}) {
  return (
    <form
      action={selectShippingAction}
      className="card stack"
      id="shipping"
      aria-labelledby="shipping-heading"
    >
      <h2 id="shipping-heading">{t("checkout.shippingHeading")}</h2>
      <SubmitOnChange>
        <fieldset className="fieldset" aria-describedby={error ? "shipping-error" : undefined}>
          <legend className="visually-hidden">{t("checkout.shippingMethod")}</legend>
          {view.shippingOptions.map((o) => (
            <label className="choice" key={o.id}>
              <input
                type="radio"
                name="shippingOptionId"
                value={o.id}
                defaultChecked={o.id === view.selectedShippingOptionId}
                required
              />
              <span className="choice__label">
                {o.description}
                {o.transitTime && <span className="muted"> · {o.transitTime}</span>}
              </span>
              <strong>
                {o.cost === 0 ? (
                  t("checkout.free")
                ) : (
                  <Money value={o.cost} currency={view.currency} locale={tag} />
                )}
              </strong>
            </label>
          ))}
        </fieldset>
      </SubmitOnChange>
      {error && (
        <p className="field-error" id="shipping-error">
          {error}
        </p>
      )}
      <button className="button button--secondary" type="submit">
        {t("checkout.updateShipping")}
      </button>
    </form>
  );
}

/** The steps after details, before an address is saved: what to do first. */
export function ShippingPending({ needsShipping, t }: { needsShipping: boolean; t: Translate }) {
  return needsShipping ? (
    <section className="card">
      <h2>{t("checkout.pendingShippingHeading")}</h2>
      <p className="muted">{t("checkout.pendingShippingText")}</p>
    </section>
  ) : (
    <section className="card">
      <h2>{t("checkout.pendingPaymentHeading")}</h2>
      <p className="muted">{t("checkout.pendingPaymentText")}</p>
    </section>
  );
}
