import "server-only";
import {
  BigCommerceError,
  BigCommerceUnavailableError,
  isNotFound,
  type BcCheckout,
  type CheckoutAddressInput,
} from "@/lib/bigcommerce";
import { message, type Message, type MessageCode } from "@/lib/i18n/message";
import { KvUnavailableError } from "@/lib/kv";
import { logEvent } from "@/lib/log";
import type { Runtime } from "@/lib/runtime";
import type { AddressForm, DetailsForm } from "./forms";
import { needsShipping, SEVERAL_ADDRESSES } from "./readiness";
import { checkoutSnapshots, type CheckoutSnapshots } from "./snapshot";
import { toCheckoutView, type CheckoutView } from "./view";

export type {
  CheckoutView,
  CartLineKind,
  CartLineView,
  ShippingOptionView,
  TotalRowView,
} from "./view";

/** What the cart and checkout steps need: BigCommerce, and the shared store for kept checkouts. */
export type CheckoutDeps = Pick<Runtime, "bigcommerce" | "kv">;

const snapshotsOf = (deps: CheckoutDeps) => checkoutSnapshots(deps.bigcommerce, deps.kv);

/**
 * A failure the shopper can act on: what to tell them (`reason`, a catalogue code with its values,
 * translated by the page) and the field errors it carries. The Error's message is the code.
 */
export class CheckoutProblem extends Error {
  override readonly name = "CheckoutProblem";
  constructor(
    readonly reason: Message,
    readonly fieldErrors: Record<string, Message> = {},
    /** The cart no longer exists at BigCommerce; forget it. */
    readonly cartGone = false,
  ) {
    super(reason.code);
  }
}

/** A CheckoutProblem whose reason is `code` with `values`. */
export const problem = (code: MessageCode, values?: Record<string, string | number>) =>
  new CheckoutProblem(message(code, values));

/**
 * The step that failed, for the shopper's message when BigCommerce explains why
 * ("This item could not be added: …"): a key of `checkout.failed` in the catalogue.
 */
export type CheckoutStep =
  | "load"
  | "add"
  | "remove"
  | "quantity"
  | "details"
  | "shipping"
  | "coupon"
  | "couponRemove"
  | "order"
  | "paymentStart"
  | "payment";

/** "The step failed: BigCommerce's reason", the reason kept as BigCommerce words it (data). */
const failed = (step: CheckoutStep, detail: string) =>
  problem(`checkout.failed.${step}`, { detail });

/**
 * Maps a failure of BigCommerce or of the shared store to what the shopper reads; anything
 * unexpected is rethrown.
 */
export function explain(error: unknown, what: CheckoutStep): never {
  if (error instanceof CheckoutProblem) throw error;
  if (error instanceof BigCommerceUnavailableError || error instanceof KvUnavailableError) {
    throw problem("checkout.problem.unavailable");
  }
  if (error instanceof BigCommerceError) {
    if (error.status === 403) {
      // The merchant's API account lacks a scope: tell them in the logs, the shopper in plain words.
      logEvent(
        "bigcommerce.missing_scope",
        { operation: error.operation, scope: error.missingScope },
        "error",
      );
      throw problem("checkout.problem.cannotTakeOrder");
    }
    if (error.status === 404) {
      throw new CheckoutProblem(message("checkout.problem.cartExpired"), {}, true);
    }
    if (error.status === 409) {
      // Either the checkout changed elsewhere (version conflict) or a quantity limit was hit.
      throw error.detail && error.detail !== "Cart conflict"
        ? failed(what, error.detail)
        : problem("checkout.problem.cartChanged");
    }
    if (error.status === 422) throw failed(what, error.detail);
    // A 429 reached here after the client waited out what it could (up to 15 s).
    if (error.status === 429) throw problem("checkout.problem.busy");
    if (error.status >= 500) throw problem("checkout.problem.unavailable");
  }
  throw error;
}

/** Runs a step; a failure becomes the CheckoutProblem `explain` gives it ("what" failed: why). */
async function explained<T>(what: CheckoutStep, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    explain(error, what);
  }
}

/** The shopper's checkout as the page shows it (getCheckout), or null when the cart is gone. */
export async function loadCheckout(
  deps: CheckoutDeps,
  checkoutId: string,
): Promise<CheckoutView | null> {
  // An outage the retries could not ride out is a plain, retryable message.
  return explained("load", async () => {
    try {
      return toCheckoutView(await snapshotsOf(deps).read(checkoutId));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  });
}

/** Adds to the shopper's cart, creating it if needed. Returns the cart (= checkout) id. */
export async function addToCart(
  deps: CheckoutDeps,
  checkoutId: string | undefined,
  item: { productId: number; variantId: number; quantity: number },
  customerId?: number,
): Promise<string> {
  const lineItem = {
    product_id: item.productId,
    variant_id: item.variantId,
    quantity: item.quantity,
  };
  const bc = deps.bigcommerce;
  return explained("add", async () => {
    if (checkoutId) {
      try {
        const cart = await snapshotsOf(deps).aroundCartWrite(checkoutId, () =>
          bc.addCartLineItems(checkoutId, [lineItem]),
        );
        return cart.id;
      } catch (error) {
        // An expired or paid cart is gone: start a new one rather than fail the shopper.
        if (!isNotFound(error)) throw error;
      }
    }
    return (await bc.createCart({ lineItems: [lineItem], customerId })).id;
  });
}

/** A shopper who signs in with a cart: the cart, and so the order, becomes theirs. */
export async function claimCart(
  deps: CheckoutDeps,
  checkoutId: string,
  customerId: number,
): Promise<boolean> {
  try {
    await snapshotsOf(deps).aroundCartWrite(checkoutId, () =>
      deps.bigcommerce.setCartCustomer(checkoutId, customerId),
    );
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** Returns false when that was the last item and BigCommerce deleted the cart. */
export async function removeFromCart(
  deps: CheckoutDeps,
  checkoutId: string,
  itemId: string,
): Promise<boolean> {
  return explained("remove", async () => {
    const remaining = await snapshotsOf(deps).aroundCartWrite(checkoutId, () =>
      deps.bigcommerce.deleteCartLineItem(checkoutId, itemId),
    );
    return remaining !== null;
  });
}

function toAddress(a: AddressForm, email: string): CheckoutAddressInput {
  return {
    first_name: a.firstName,
    last_name: a.lastName,
    email,
    company: a.company,
    address1: a.address1,
    address2: a.address2,
    city: a.city,
    state_or_province: a.stateOrProvince,
    state_or_province_code: a.stateOrProvinceCode ?? "",
    country_code: a.countryCode,
    postal_code: a.postalCode,
    phone: a.phone,
  };
}

/**
 * Contact, addresses and the order comment → the checkout. A cart with physical items gets one
 * consignment covering all of them (so shipping can be quoted), keeping the shopper's shipping
 * method when it is still offered for the new address; a digital-only cart gets the billing
 * address only (`details.shipping` is then the one address the form asked for). Refuses a checkout
 * another client split across several consignments (SEVERAL_ADDRESSES).
 */
export async function saveDetails(
  deps: CheckoutDeps,
  checkoutId: string,
  details: DetailsForm,
): Promise<void> {
  const bc = deps.bigcommerce;
  const snapshots = snapshotsOf(deps);
  const shipping = toAddress(details.shipping, details.email);
  const billing = toAddress(details.billing ?? details.shipping, details.email);
  await explained("details", async () => {
    const checkout = await snapshots.read(checkoutId);
    if (checkout.consignments.length > 1) throw new CheckoutProblem(SEVERAL_ADDRESSES);
    const billingId = checkout.billing_address?.id;
    let latest = billingId
      ? await bc.updateBillingAddress(checkoutId, billingId, billing)
      : await bc.addBillingAddress(checkoutId, billing);
    if (needsShipping(checkout)) latest = await saveConsignment(bc, checkout, shipping);
    if (details.customerMessage !== checkout.customer_message) {
      latest = await bc.updateCustomerMessage(checkoutId, details.customerMessage);
    }
    await snapshots.keep(latest);
  });
}

/**
 * The one consignment of a cart with physical items: all of them (digital items, gift
 * certificates and custom items are never shipped) to `shipping`, with a shipping method chosen.
 * Resolves to the checkout after the last write.
 */
async function saveConsignment(
  bc: CheckoutDeps["bigcommerce"],
  checkout: BcCheckout,
  shipping: CheckoutAddressInput,
): Promise<BcCheckout> {
  const checkoutId = checkout.id;
  const lineItems = checkout.cart.line_items.physical_items.map((i) => ({
    item_id: i.id,
    quantity: i.quantity,
  }));
  const previous = checkout.consignments[0];
  const updated = previous
    ? await bc.updateConsignmentAddress(checkoutId, previous.id, { address: shipping, lineItems })
    : await bc.addConsignment(checkoutId, { address: shipping, lineItems });
  // A new address needs a new quote: keep the shopper's method if it is still offered, else
  // pick the first, so the order summary always shows the total that will be charged.
  const consignment = updated.consignments[0];
  const options = consignment?.available_shipping_options ?? [];
  const keep = options.find((o) => o.id === previous?.selected_shipping_option?.id) ?? options[0];
  if (consignment && keep) {
    return bc.selectShippingOption(checkoutId, consignment.id, keep.id);
  }
  return updated;
}

/** Coupon codes a checkout may try in the window: enough for a shopper, too few to guess codes. */
export const COUPON_LIMIT = { name: "coupon:checkout", points: 10, durationSeconds: 10 * 60 };

/**
 * Applies a coupon code (addCheckoutCoupon); BigCommerce decides whether it is valid and what it
 * takes off. At most COUPON_LIMIT attempts per checkout. Throws CheckoutProblem.
 */
export async function applyCoupon(
  deps: CheckoutDeps,
  checkoutId: string,
  code: string,
): Promise<void> {
  await explained("coupon", async () => {
    // Guessing codes costs attempts, counted before BigCommerce is asked (none while the store
    // that counts them cannot answer: then the shopper is asked to try again).
    const attempt = await deps.kv.limiter(COUPON_LIMIT).take(checkoutId);
    if (attempt.blocked) {
      const minutes = Math.max(1, Math.ceil(attempt.retryAfterMs / 60_000));
      throw problem("checkout.problem.couponLimit", { minutes });
    }
    const checkout = await deps.bigcommerce.addCoupon(checkoutId, code).catch((error: unknown) => {
      if (error instanceof BigCommerceError && (error.status === 400 || error.status === 422)) {
        throw new CheckoutProblem(message("checkout.problem.couponRefused"), {
          couponCode: message("errors.couponInvalid", { code }),
        });
      }
      throw error;
    });
    await snapshotsOf(deps).keep(checkout);
  });
}

/** Takes a coupon off the checkout by its code (deleteCheckoutCoupon). Throws CheckoutProblem. */
export const removeCoupon = (deps: CheckoutDeps, checkoutId: string, code: string): Promise<void> =>
  explained("couponRemove", async () => {
    await snapshotsOf(deps).keep(await deps.bigcommerce.removeCoupon(checkoutId, code));
  });

/**
 * A step on the checkout as last seen (kept, or read): `step` gets it and the kept checkouts; its
 * failures become the CheckoutProblem `explain` gives them ("what" failed: why).
 */
function onCheckout(
  deps: CheckoutDeps,
  checkoutId: string,
  what: CheckoutStep,
  step: (checkout: BcCheckout, snapshots: CheckoutSnapshots) => Promise<void>,
): Promise<void> {
  const snapshots = snapshotsOf(deps);
  return explained(what, async () => step(await snapshots.read(checkoutId), snapshots));
}

/** Changes a line's quantity (updateCartLineItem); BigCommerce checks stock. */
export const updateQuantity = (
  deps: CheckoutDeps,
  checkoutId: string,
  itemId: string,
  quantity: number,
): Promise<void> =>
  onCheckout(deps, checkoutId, "quantity", async (checkout, kept) => {
    const { physical_items, digital_items } = checkout.cart.line_items;
    const line = [...physical_items, ...digital_items].find((l) => l.id === itemId);
    if (!line) throw problem("checkout.problem.notInCart");
    await kept.aroundCartWrite(checkoutId, () =>
      deps.bigcommerce.updateCartLineItem(checkoutId, itemId, {
        product_id: line.product_id,
        variant_id: line.variant_id,
        quantity,
      }),
    );
  });

/** Chooses one of the consignment's quoted shipping methods (updateCheckoutConsignment). */
export const selectShipping = (
  deps: CheckoutDeps,
  checkoutId: string,
  shippingOptionId: string,
): Promise<void> =>
  onCheckout(deps, checkoutId, "shipping", async (checkout, kept) => {
    if (checkout.consignments.length > 1) throw new CheckoutProblem(SEVERAL_ADDRESSES);
    const consignment = checkout.consignments[0];
    if (!consignment) throw problem("checkout.problem.addressFirst");
    if (!(consignment.available_shipping_options ?? []).some((o) => o.id === shippingOptionId)) {
      throw new CheckoutProblem(message("checkout.problem.shippingUnavailable"), {
        shippingOptionId: message("errors.shippingListed"),
      });
    }
    await kept.keep(
      await deps.bigcommerce.selectShippingOption(checkoutId, consignment.id, shippingOptionId),
    );
  });
