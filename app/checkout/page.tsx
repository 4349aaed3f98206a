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

/** The one-page checkout: details, then shipping and payment once BigCommerce quotes shipping. */
export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const data = await checkoutPageData(searchParams);
  if (data.kind === "no-cart") redirect(data.cartUrl);
  const { view, flash, errors, details, canPay } = data;
  return (
    <>
      <h1>Checkout</h1>
      <div className="two-column">
        <div className="stack">
          <FormAlert message={flash?.message} fieldErrors={flash?.fieldErrors} />
          <DetailsSection details={details} errors={errors} canPay={canPay} />
          {canPay ? (
            <>
              <ShippingSection view={view} error={errors.shippingOptionId} />
              <PaymentSection view={view} errors={errors} />
            </>
          ) : (
            <ShippingPending />
          )}
        </div>
        <OrderSummary view={view} couponError={errors.couponCode} />
      </div>
    </>
  );
}
