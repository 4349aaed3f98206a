import { Money } from "@/app/_components/money";
import type { CheckoutView } from "@/lib/checkout";
import { selectShippingAction } from "../actions";
import { SubmitOnChange } from "./submit-on-change";

/** Step 2: the shipping methods BigCommerce quotes for the saved address; saved on change. */
export function ShippingSection({
  view,
  error,
}: {
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
      <h2 id="shipping-heading">2. Shipping method</h2>
      <SubmitOnChange>
        <fieldset className="fieldset" aria-describedby={error ? "shipping-error" : undefined}>
          <legend className="visually-hidden">Shipping method</legend>
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
                {o.cost === 0 ? "Free" : <Money value={o.cost} currency={view.currency} />}
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
        Update shipping method
      </button>
    </form>
  );
}

/** The steps after details, before an address is saved: what to do first. */
export function ShippingPending({ needsShipping }: { needsShipping: boolean }) {
  return needsShipping ? (
    <section className="card">
      <h2>2. Shipping and payment</h2>
      <p className="muted">Enter your address above to see shipping methods.</p>
    </section>
  ) : (
    <section className="card">
      <h2>2. Payment</h2>
      <p className="muted">Enter your billing address above to continue to payment.</p>
    </section>
  );
}
