import "server-only";
import { pageContext, type PageFlash, type SearchParams } from "@/app/_lib/page-context";
import type { CheckoutView } from "@/lib/checkout";
import type { LocaleContext } from "@/lib/i18n";
import { translate } from "@/lib/i18n/message";
import type { CheckoutDraft } from "@/lib/session";
import { readDraft } from "@/lib/checkout/draft";
import { SEVERAL_ADDRESSES } from "@/lib/checkout/readiness";
import { EMBEDDED_COMPLETION, loadForPage } from "./_lib/embedded-pending";
import { getRuntime } from "@/lib/runtime";
import { geography } from "@/lib/geography";
import { addressFormView, type AddressFormView } from "./_lib/address-form";

/** What the checkout page shows, or where a shopper without a cart goes instead. */
export type CheckoutPageData =
  /** No cart (or an empty one): the cart page explains, keeping this page's message, if any. */
  | { kind: "no-cart"; cartUrl: string }
  /**
   * CHECKOUT_MODE=embedded: the cart's summary beside BigCommerce's checkout, which the page frames
   * for this session's `checkoutId`; details, shipping and payment happen inside the frame.
   */
  | {
      kind: "embedded";
      view: CheckoutView;
      flash: PageFlash | undefined;
      locale: LocaleContext;
      checkoutId: string;
    }
  | {
      kind: "checkout";
      view: CheckoutView;
      flash: PageFlash | undefined;
      locale: LocaleContext;
      /** Field errors from the last post, by field name. */
      errors: Record<string, string>;
      /** What to prefill: what the shopper typed last, else what the checkout already has. */
      details: CheckoutDraft | null;
      /**
       * Payment opens: for a cart that ships, an address is saved and BigCommerce quotes shipping
       * for it; for a digital-only cart, the billing address is saved. Never for a checkout split
       * across several addresses.
       */
      canPay: boolean;
      /** Why this checkout cannot be ordered here whatever the shopper enters (several addresses). */
      blocked: string | null;
      /** The address forms in their countries' shapes: the main address's and the billing copy's. */
      addressForms: { main: AddressFormView; billing: AddressFormView };
    };

/** Shipping quoted for the one consignment (a cart that ships), or the billing address saved. */
const readyToPay = (view: CheckoutView) =>
  view.needsShipping
    ? view.consignmentId !== null && view.shippingOptions.length > 0
    : view.billingSaved;

/** Loads this session's checkout from BigCommerce with the flash and draft for the page. */
export async function checkoutPageData(searchParams: SearchParams): Promise<CheckoutPageData> {
  const { session, query, flash, errors, locale } = await pageContext(searchParams);
  const { view, completionPending } = await loadForPage(session.checkoutId);
  if (completionPending) return { kind: "no-cart", cartUrl: EMBEDDED_COMPLETION };
  if (!view || view.lines.length === 0) {
    return {
      kind: "no-cart",
      cartUrl: typeof query.f === "string" ? `/cart?f=${query.f}` : "/cart",
    };
  }
  if (getRuntime().config.checkout.mode === "embedded") {
    return { kind: "embedded", view, flash, locale, checkoutId: session.checkoutId! };
  }
  const details = (await readDraft(getRuntime().kv, session)) ?? view.savedDetails;
  const reads = geography(getRuntime());
  // A digital-only cart's one address is the billing address, kept as the main one.
  const main = view.needsShipping ? details?.shipping : (details?.billing ?? details?.shipping);
  const saved = view.savedDetails;
  const savedMain = view.needsShipping ? saved?.shipping : (saved?.billing ?? saved?.shipping);
  const mainForm = await addressFormView(reads, locale, main, undefined, savedMain);
  return {
    kind: "checkout",
    view,
    flash,
    locale,
    errors,
    details,
    addressForms: {
      main: mainForm,
      billing: await addressFormView(
        reads,
        locale,
        details?.billing,
        mainForm.countryCode,
        view.needsShipping ? saved?.billing : undefined,
      ),
    },
    canPay: view.consignmentCount <= 1 && readyToPay(view),
    blocked: view.consignmentCount > 1 ? translate(locale.t, SEVERAL_ADDRESSES) : null,
  };
}
