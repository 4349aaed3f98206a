import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FormAlert } from "@/app/_components/field";
import type { SearchParams } from "@/app/_lib/page-context";
import { requestLocale } from "@/lib/i18n/server";
import { DetailsSection } from "./_components/details-section";
import { OrderSummary } from "./_components/order-summary";
import { PaymentSection } from "./_components/payment-section";
import { ShippingPending, ShippingSection } from "./_components/shipping-section";
import { EmbeddedCheckout } from "./_components/embedded-checkout";
import { checkoutPageData, type CheckoutPageData } from "./page-data";

export const dynamic = "force-dynamic";

/** The page's title, in the shopper's language. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("checkout.title") };
}

/**
 * The one-page checkout: details, then shipping and payment once BigCommerce quotes shipping; a
 * digital-only cart has contact and billing details, then payment (no shipping step).
 */
export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const data = await checkoutPageData(searchParams);
  if (data.kind === "no-cart") redirect(data.cartUrl);
  if (data.kind === "embedded") return <EmbeddedCheckoutPage data={data} />;
  const { view, flash, errors, details, canPay, blocked, locale, addressForms } = data;
  const { t, tag } = locale;
  // A digital-only cart has no shipping step: payment is step 2.
  const paymentStep = view.needsShipping ? 3 : 2;
  return (
    <>
      <h1>{t("checkout.title")}</h1>
      <div className="two-column">
        <div className="stack">
          <FormAlert
            message={flash?.message ?? blocked ?? undefined}
            fieldErrors={flash?.fieldErrors}
          />
          <DetailsSection
            details={details}
            errors={errors}
            canPay={canPay}
            needsShipping={view.needsShipping}
            t={t}
            forms={addressForms}
          />
          {canPay ? (
            <>
              {view.needsShipping && (
                <ShippingSection view={view} error={errors.shippingOptionId} t={t} tag={tag} />
              )}
              <PaymentSection view={view} errors={errors} step={paymentStep} t={t} tag={tag} />
            </>
          ) : (
            <ShippingPending needsShipping={view.needsShipping} t={t} />
          )}
        </div>
        <OrderSummary view={view} couponError={errors.couponCode} t={t} tag={tag} />
      </div>
    </>
  );
}

/**
 * CHECKOUT_MODE=embedded: BigCommerce's checkout framed beside the cart's summary. Without
 * JavaScript the frame cannot run: a plain form sends the shopper to the hosted checkout instead.
 */
function EmbeddedCheckoutPage({ data }: { data: Extract<CheckoutPageData, { kind: "embedded" }> }) {
  const { view, flash, locale, checkoutId } = data;
  const { t, tag } = locale;
  return (
    <>
      <h1>{t("checkout.title")}</h1>
      <div className="two-column">
        <section className="card stack" aria-labelledby="embedded-heading">
          <FormAlert message={flash?.message} fieldErrors={flash?.fieldErrors} />
          <h2 id="embedded-heading">{t("checkout.embedded.heading")}</h2>
          <p className="muted" style={{ margin: 0 }}>
            {t("checkout.embedded.intro")}
          </p>
          <noscript>
            <form method="post" action="/checkout/embedded/start" className="stack">
              <p>{t("checkout.embedded.noscript")}</p>
              <input type="hidden" name="go" value="hosted" />
              <button type="submit">{t("checkout.embedded.fallbackLink")}</button>
            </form>
          </noscript>
          <EmbeddedCheckout
            checkoutId={checkoutId}
            words={{
              loading: t("checkout.embedded.loading"),
              finishing: t("checkout.embedded.finishing"),
              fallbackTitle: t("checkout.embedded.fallbackTitle"),
              fallbackBody: t("checkout.embedded.fallbackBody"),
              fallbackLink: t("checkout.embedded.fallbackLink"),
              frameTitle: t("checkout.embedded.frameTitle"),
            }}
          />
        </section>
        <OrderSummary view={view} t={t} tag={tag} />
      </div>
    </>
  );
}
