import Link from "next/link";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { Field } from "@/app/_components/field";
import type { CheckoutView } from "@/lib/checkout";
import { applyCouponAction, removeCouponAction } from "../actions";
import { SubmitButton } from "./submit-button";

/** The lines and totals BigCommerce computed, with the coupons applied and a coupon form. */
export function OrderSummary({ view, couponError }: { view: CheckoutView; couponError?: string }) {
  return (
    <aside className="card stack" id="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Order summary</h2>
      <CartLines view={view} />
      <CartTotals view={view} />
      {view.coupons.map((c, index) =>
        // A coupon BigCommerce sent without a code (an automatic promotion) cannot be removed by code.
        c.code ? (
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
        ) : (
          <p key={`promotion-${index}`} className="coupon-applied">
            <span>{c.label} applied</span>
          </p>
        ),
      )}
      <form action={applyCouponAction} className="coupon-form" noValidate>
        <Field name="couponCode" label="Coupon code" autoComplete="off" error={couponError} />
        <SubmitButton className="button button--secondary" pendingText="Applying…">
          Apply
        </SubmitButton>
      </form>
      <Link href="/cart">Edit cart</Link>
    </aside>
  );
}
