import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FormAlert } from "@/app/_components/field";
import type { SearchParams } from "@/app/_lib/page-context";
import { DetailsSection } from "./_components/details-section";
import { OrderSummary } from "./_components/order-summary";
import { PaymentSection } from "./_components/payment-section";
import { ShippingPending, ShippingSection } from "./_components/shipping-section";
import { checkoutPageData } from "./page-data";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

/**
 * The one-page checkout: details, then shipping and payment once BigCommerce quotes shipping; a
 * digital-only cart has contact and billing details, then payment (no shipping step).
 */
export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const data = await checkoutPageData(searchParams);
  if (data.kind === "no-cart") redirect(data.cartUrl);
  const { view, flash, errors, details, canPay, blocked, addressForms } = data;
  // A digital-only cart has no shipping step: payment is step 2.
  const paymentStep = view.needsShipping ? 3 : 2;
  return (
    <>
      <h1>Checkout</h1>
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
            forms={addressForms}
          />
          {canPay ? (
            <>
              {view.needsShipping && (
                <ShippingSection view={view} error={errors.shippingOptionId} />
              )}
              <PaymentSection view={view} errors={errors} step={paymentStep} />
            </>
          ) : (
            <ShippingPending needsShipping={view.needsShipping} />
          )}
        </div>
        <OrderSummary view={view} couponError={errors.couponCode} />
      </div>
    </>
  );
}
