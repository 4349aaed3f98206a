import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { Field, FormAlert } from "@/app/_components/field";
import { Money } from "@/app/_components/money";
import { loadCheckout } from "@/lib/checkout";
import { COUNTRIES } from "@/lib/checkout/forms";
import { getSession, readFlash } from "@/lib/session";
import { SubmitOnChange } from "./_components/submit-on-change";
import { saveDetailsAction, selectShippingAction } from "./actions";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [session, query] = await Promise.all([getSession(), searchParams]);
  const view = session.checkoutId ? await loadCheckout(session.checkoutId) : null;
  if (!view || view.lines.length === 0) redirect("/cart");

  const flash = readFlash(session, query.f);
  const errors = flash?.fieldErrors ?? {};
  const details = session.draft ?? view.savedDetails;
  const canPay = view.consignmentId !== null && view.shippingOptions.length > 0;

  return (
    <>
      <h1>Checkout</h1>
      <div className="two-column">
        <div className="stack">
          <FormAlert message={flash?.message} />

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
              <div className="field-row">
                <Field
                  name="firstName"
                  label="First name"
                  autoComplete="shipping given-name"
                  required
                  defaultValue={details?.firstName}
                  error={errors.firstName}
                />
                <Field
                  name="lastName"
                  label="Last name"
                  autoComplete="shipping family-name"
                  required
                  defaultValue={details?.lastName}
                  error={errors.lastName}
                />
              </div>
              <Field
                name="company"
                label="Company"
                autoComplete="shipping organization"
                defaultValue={details?.company}
                error={errors.company}
              />
              <Field
                name="address1"
                label="Street address"
                autoComplete="shipping address-line1"
                required
                defaultValue={details?.address1}
                error={errors.address1}
              />
              <Field
                name="address2"
                label="Apartment, suite, etc."
                autoComplete="shipping address-line2"
                defaultValue={details?.address2}
                error={errors.address2}
              />
              <div className="field-row">
                <Field
                  name="city"
                  label="City"
                  autoComplete="shipping address-level2"
                  required
                  defaultValue={details?.city}
                  error={errors.city}
                />
                <Field
                  name="stateOrProvince"
                  label="State / province"
                  autoComplete="shipping address-level1"
                  defaultValue={details?.stateOrProvince}
                  error={errors.stateOrProvince}
                />
                <Field
                  name="postalCode"
                  label="Postal code"
                  autoComplete="shipping postal-code"
                  required
                  defaultValue={details?.postalCode}
                  error={errors.postalCode}
                />
              </div>
              <div className="field-row">
                <div className="field">
                  <label htmlFor="field-countryCode">Country</label>
                  <select
                    id="field-countryCode"
                    name="countryCode"
                    autoComplete="shipping country"
                    defaultValue={details?.countryCode || "US"}
                    aria-invalid={errors.countryCode ? true : undefined}
                    aria-describedby={errors.countryCode ? "field-countryCode-error" : undefined}
                  >
                    {COUNTRIES.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                  {errors.countryCode && (
                    <p className="field-error" id="field-countryCode-error">
                      {errors.countryCode}
                    </p>
                  )}
                </div>
                <Field
                  name="phone"
                  label="Phone"
                  type="tel"
                  autoComplete="shipping tel"
                  defaultValue={details?.phone}
                  error={errors.phone}
                />
              </div>
              <button className="button" type="submit">
                {canPay ? "Update address" : "Continue to shipping"}
              </button>
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

              <form
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
              </form>
            </>
          ) : (
            <section className="card">
              <h2>2. Shipping and payment</h2>
              <p className="muted">Enter your address above to see shipping methods.</p>
            </section>
          )}
        </div>

        <aside className="card stack" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Order summary</h2>
          <CartLines view={view} />
          <CartTotals view={view} />
          <Link href="/cart">Edit cart</Link>
        </aside>
      </div>
    </>
  );
}
