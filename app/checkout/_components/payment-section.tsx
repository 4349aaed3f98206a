import { Field } from "@/app/_components/field";
import { Money } from "@/app/_components/money";
import type { CheckoutView } from "@/lib/checkout";
import { OnceForm } from "./once-form";

/**
 * The last step: the card, posted to /checkout/place-order (a route handler, so it works without
 * JavaScript). The button names the total; the server refuses to charge a different one.
 */
export function PaymentSection({
  view,
  errors,
  step,
}: {
  view: CheckoutView;
  errors: Record<string, string>;
  /** The step's number: 3 after shipping, 2 for a digital-only cart. */
  step: number;
}) {
  return (
    <OnceForm
      method="post"
      action="/checkout/place-order"
      className="card stack"
      id="payment"
      aria-labelledby="payment-heading"
      noValidate
    >
      <h2 id="payment-heading">{step}. Payment</h2>
      <p className="muted" style={{ margin: 0 }}>
        Your card details are sent over an encrypted connection to this store, which passes them to
        BigCommerce&rsquo;s payment service to charge your card. They are never stored or logged.
      </p>
      <input type="hidden" name="expectedTotal" value={String(view.total)} />
      <Field
        name="cardholderName"
        label="Name on card"
        autoComplete="cc-name"
        required
        error={errors.cardholderName}
      />
      <Field
        name="cardNumber"
        label="Card number"
        autoComplete="cc-number"
        inputMode="numeric"
        required
        error={errors.cardNumber}
      />
      <div className="field-row">
        <Field
          name="cardExpiry"
          label="Expiry (MM/YY)"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          required
          error={errors.cardExpiry}
        />
        <Field
          name="cardCvv"
          label="Security code"
          autoComplete="cc-csc"
          inputMode="numeric"
          required
          error={errors.cardCvv}
        />
      </div>
      <button className="button button--wide" type="submit">
        Place order · <Money value={view.total} currency={view.currency} />
      </button>
    </OnceForm>
  );
}
