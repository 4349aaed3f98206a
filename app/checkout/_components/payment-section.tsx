import type { SummaryLocale } from "@/app/_components/cart-summary";
import { Field } from "@/app/_components/field";
import type { CheckoutView } from "@/lib/checkout";
import { formatMoney } from "@/lib/money";
import { OnceForm } from "./once-form";

/**
 * The last step: the card, posted to /checkout/place-order (a route handler, so it works without
 * JavaScript). The button names the total; the server refuses to charge a different one.
 */
export function PaymentSection({
  view,
  errors,
  step,
  t,
  tag,
}: SummaryLocale & {
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
      <h2 id="payment-heading">{t("checkout.paymentHeading", { step })}</h2>
      <p className="muted" style={{ margin: 0 }}>
        {t("checkout.paymentText")}
      </p>
      <input type="hidden" name="expectedTotal" value={String(view.total)} />
      <Field
        name="cardholderName"
        label={t("checkout.nameOnCard")}
        autoComplete="cc-name"
        required
        error={errors.cardholderName}
      />
      <Field
        name="cardNumber"
        label={t("checkout.cardNumber")}
        autoComplete="cc-number"
        inputMode="numeric"
        required
        error={errors.cardNumber}
      />
      <div className="field-row">
        <Field
          name="cardExpiry"
          label={t("checkout.expiry")}
          autoComplete="cc-exp"
          placeholder={t("checkout.expiryPlaceholder")}
          required
          error={errors.cardExpiry}
        />
        <Field
          name="cardCvv"
          label={t("checkout.securityCode")}
          autoComplete="cc-csc"
          inputMode="numeric"
          required
          error={errors.cardCvv}
        />
      </div>
      <button className="button button--wide" type="submit">
        {t("checkout.placeOrder", { total: formatMoney(view.total, view.currency, tag) })}
      </button>
    </OnceForm>
  );
}
