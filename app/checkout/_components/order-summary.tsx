import Link from "next/link";
import { CartLines, CartTotals, type SummaryLocale } from "@/app/_components/cart-summary";
import { Field } from "@/app/_components/field";
import type { CheckoutView } from "@/lib/checkout";
import type { Translate } from "@/lib/i18n";
import { translate } from "@/lib/i18n/message";
import { applyCouponAction, removeCouponAction } from "../actions";
import { SubmitButton } from "./submit-button";

/** "Coupon SAVE10 applied", in the shopper's words, with the code in bold wherever it falls. */
function CouponApplied({ code, t }: { code: string; t: Translate }) {
  // A marker no message contains, so the translated sentence can be split around the code.
  const mark = "\u{E000}";
  const [before, after = ""] = t("checkout.couponApplied", { code: mark }).split(mark);
  return (
    <span>
      {before}
      <strong>{code}</strong>
      {after}
    </span>
  );
}

/** The lines and totals BigCommerce computed, with the coupons applied and a coupon form. */
export function OrderSummary({
  view,
  couponError,
  t,
  tag,
}: SummaryLocale & { view: CheckoutView; couponError?: string }) {
  return (
    <aside className="card stack" id="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("checkout.summaryHeading")}</h2>
      <CartLines view={view} t={t} tag={tag} />
      <CartTotals view={view} t={t} tag={tag} />
      {view.coupons.map((c, index) =>
        // A coupon BigCommerce sent without a code (an automatic promotion) cannot be removed by code.
        c.code ? (
          <form action={removeCouponAction} key={c.code} className="coupon-applied">
            <input type="hidden" name="couponCode" value={c.code} />
            <CouponApplied code={c.code} t={t} />
            <button
              className="button button--link"
              type="submit"
              aria-label={t("checkout.removeCoupon", { code: c.code })}
            >
              {t("checkout.remove")}
            </button>
          </form>
        ) : (
          <p key={`promotion-${index}`} className="coupon-applied">
            <span>{t("checkout.promotionApplied", { label: translate(t, c.label) })}</span>
          </p>
        ),
      )}
      <form action={applyCouponAction} className="coupon-form" noValidate>
        <Field
          name="couponCode"
          label={t("checkout.couponCode")}
          optional={t("checkout.optional")}
          autoComplete="off"
          error={couponError}
        />
        <SubmitButton className="button button--secondary" pendingText={t("checkout.applying")}>
          {t("checkout.apply")}
        </SubmitButton>
      </form>
      <Link href="/cart">{t("checkout.editCart")}</Link>
    </aside>
  );
}
