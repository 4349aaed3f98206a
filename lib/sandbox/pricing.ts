// Cart arithmetic, all in integer cents: coupons per line, tax per line, shipping per consignment.
import { giftCertificatesCents } from "./cart-items";
import { resolveVariant, unitPriceCents } from "./catalog";
import { SANDBOX_TAX, SEED_COUPONS, SEED_SHIPPING_OPTIONS } from "./seed";
import type { Cart, SandboxState } from "./state";

/** A seed coupon with what it takes off this cart, in cents. */
export type AppliedCoupon = (typeof SEED_COUPONS)[number] & { discountedCents: number };

/** Tax in cents on an amount in cents, rounded half up per line like BigCommerce's basic provider. */
function taxOn(amountCents: number): number {
  return Math.floor((amountCents * SANDBOX_TAX.basisPoints + 5000) / 10000);
}

/** A percentage of an amount in cents, rounded half up. */
function percentOf(amountCents: number, percent: number): number {
  return Math.floor((amountCents * percent + 50) / 100);
}

/** The shipping option a consignment has selected, if any. */
export function selectedShippingOption(shippingOptionId: string | null) {
  return SEED_SHIPPING_OPTIONS.find((o) => o.id === shippingOptionId);
}

/**
 * Prices a cart at the store's current prices: each line's unit and extended price, coupon share
 * and tax, and the cart's totals (all integer cents). `subtotal` includes the custom items
 * (`custom`, taxed, no coupon) and the gift certificates (`giftCertificates`, untaxed, no coupon);
 * `grandTotal` = subtotal − discount + shipping + tax.
 */
export function priced(state: SandboxState, cart: Cart) {
  const coupons = cart.couponCodes.map((code) => SEED_COUPONS.find((c) => c.code === code)!);
  const lines = cart.lineItems.map((l) => {
    const { product, variant } = resolveVariant(state, {
      product_id: l.productId,
      variant_id: l.variantId,
    });
    const unitCents = unitPriceCents({ product, variant });
    const extended = unitCents * l.quantity;
    // Percentage coupons come off each line (half up), and tax is on what remains.
    const couponCents = coupons.reduce((n, c) => n + percentOf(extended, c.percent), 0);
    const tax = taxOn(extended - couponCents);
    return { line: l, product, variant, unitCents, extended, couponCents, tax };
  });
  const giftCertificates = giftCertificatesCents(cart);
  // Custom items are taxed like products; coupons do not apply to them.
  const custom = cart.customItems.map((item) => {
    const extended = item.listPriceCents * item.quantity;
    return { item, extended, tax: taxOn(extended) };
  });
  const subtotal =
    lines.reduce((n, l) => n + l.extended, 0) +
    custom.reduce((n, c) => n + c.extended, 0) +
    giftCertificates;
  const discount = lines.reduce((n, l) => n + l.couponCents, 0);
  const applied: AppliedCoupon[] = coupons.map((c) => ({
    ...c,
    discountedCents: lines.reduce((n, l) => n + percentOf(l.extended, c.percent), 0),
  }));
  const shipping = cart.consignments.reduce(
    (n, c) => n + (selectedShippingOption(c.shippingOptionId)?.costCents ?? 0),
    0,
  );
  const tax = lines.reduce((n, l) => n + l.tax, 0) + custom.reduce((n, c) => n + c.tax, 0);
  return {
    lines,
    custom,
    giftCertificates,
    subtotal,
    coupons: applied,
    discount,
    shipping,
    tax,
    grandTotal: subtotal - discount + shipping + tax,
  };
}

/** A priced cart (see `priced`). */
export type PricedCart = ReturnType<typeof priced>;

/** One priced line of a cart. */
export type PricedLine = PricedCart["lines"][number];
