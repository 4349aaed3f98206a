import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { Field, FormAlert } from "@/app/_components/field";
import { Money } from "@/app/_components/money";
import { loadCheckout } from "@/lib/checkout";
import { getSession, readFlash } from "@/lib/session";
import { SubmitOnChange } from "./_components/submit-on-change";
import { AddressFields } from "./_components/address-fields";
import { OnceForm } from "./_components/once-form";
import { SubmitButton } from "./_components/submit-button";
import {
  applyCouponAction,
  removeCouponAction,
  saveDetailsAction,
  selectShippingAction,
} from "./actions";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [session, query] = await Promise.all([getSession(), searchParams]);
  const view = session.checkoutId ? await loadCheckout(session.checkoutId) : null;
  // No cart any more: the cart page explains (and keeps this page's message, if any).
  if (!view || view.lines.length === 0)
    redirect(typeof query.f === "string" ? `/cart?f=${query.f}` : "/cart");

  const flash = readFlash(session, query.f);
  const errors = flash?.fieldErrors ?? {};
  const details = session.draft ?? view.savedDetails;
  const canPay = view.consignmentId !== null && view.shippingOptions.length > 0;

  return (
    <>
      <h1>Checkout</h1>
      <div className="two-column">
        <div className="stack">
          <FormAlert message={flash?.message} fieldErrors={flash?.fieldErrors} />

          <section className="card stack" id="details" aria-labelledby="details-heading">
            <h2 id="details-heading">1. Contact and shipping address</h2>
            <form action={saveDetailsAction} className="stack" noValidate>
              <Field
                name="email"
                label="Email"
                type="email"
                autoComplete="email"
                required
                defaultValue={details?.email}
                error={errors.email}
              />
              <fieldset className="fieldset stack" aria-label="Shipping address">
                <legend className="visually-hidden">Shipping address</legend>
                <AddressFields kind="shipping" values={details?.shipping} errors={errors} />
              </fieldset>
              <div className="billing stack">
                <label className="choice">
                  <input
                    type="checkbox"
                    name="billingSameAsShipping"
                    defaultChecked={details?.billingSameAsShipping ?? true}
                  />
                  <span className="choice__label">Billing address is the same as shipping</span>
                </label>
                <fieldset className="fieldset stack billing__fields" aria-label="Billing address">
                  <legend>Billing address</legend>
                  <AddressFields kind="billing" values={details?.billing} errors={errors} />
                </fieldset>
              </div>
              <div className="field">
                <label htmlFor="field-customerMessage">
                  Order comment <span className="muted">(optional)</span>
                </label>
                <textarea
                  id="field-customerMessage"
                  name="customerMessage"
                  rows={2}
                  maxLength={2000}
                  defaultValue={details?.customerMessage}
                  aria-invalid={errors.customerMessage ? true : undefined}
                  aria-describedby={
                    errors.customerMessage ? "field-customerMessage-error" : undefined
                  }
                />
                {errors.customerMessage && (
                  <p className="field-error" id="field-customerMessage-error">
                    {errors.customerMessage}
                  </p>
                )}
              </div>
              <SubmitButton className="button" pendingText="Saving…">
                {canPay ? "Update address" : "Continue to shipping"}
              </SubmitButton>
            </form>
          </section>

          {canPay ? (
            <>
              <form
                action={selectShippingAction}
                className="card stack"
                id="shipping"
                aria-labelledby="shipping-heading"
              >
                <h2 id="shipping-heading">2. Shipping method</h2>
                <SubmitOnChange>
                  <fieldset
                    className="fieldset"
                    aria-describedby={errors.shippingOptionId ? "shipping-error" : undefined}
                  >
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
                          {o.cost === 0 ? (
                            "Free"
                          ) : (
                            <Money value={o.cost} currency={view.currency} />
                          )}
                        </strong>
                      </label>
                    ))}
                  </fieldset>
                </SubmitOnChange>
                {errors.shippingOptionId && (
                  <p className="field-error" id="shipping-error">
                    {errors.shippingOptionId}
                  </p>
                )}
                <button className="button button--secondary" type="submit">
                  Update shipping method
                </button>
              </form>

              <OnceForm
                method="post"
                action="/checkout/place-order"
                className="card stack"
                id="payment"
                aria-labelledby="payment-heading"
                noValidate
              >
                <h2 id="payment-heading">3. Payment</h2>
                <p className="muted" style={{ margin: 0 }}>
                  Your card details go straight to the payment processor and are never stored here.
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
            </>
          ) : (
            <section className="card">
              <h2>2. Shipping and payment</h2>
              <p className="muted">Enter your address above to see shipping methods.</p>
            </section>
          )}
        </div>

        <aside className="card stack" id="summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Order summary</h2>
          <CartLines view={view} />
          <CartTotals view={view} />
          {view.coupons.map((c) => (
            <form action={removeCouponAction} key={c.code} className="coupon-applied">
              <input type="hidden" name="couponCode" value={c.code} />
              <span>
                Coupon <strong>{c.code}</strong> applied
              </span>
              <button
                className="button button--link"
                type="submit"
                aria-label={`Remove coupon ${c.code}`}
              >
                Remove
              </button>
            </form>
          ))}
          <form action={applyCouponAction} className="coupon-form" noValidate>
            <Field
              name="couponCode"
              label="Coupon code"
              autoComplete="off"
              error={errors.couponCode}
            />
            <SubmitButton className="button button--secondary" pendingText="Applying…">
              Apply
            </SubmitButton>
          </form>
          <Link href="/cart">Edit cart</Link>
        </aside>
      </div>
    </>
  );
}
