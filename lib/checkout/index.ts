import "server-only";
import {
  bigcommerce,
  BigCommerceError,
  BigCommerceUnavailableError,
  type BigCommerceClient,
  type CheckoutAddressInput,
} from "@/lib/bigcommerce";
import { getConfig } from "@/lib/config";
import { tokenLedger, type TokenLedger } from "@/lib/token-ledger";
import type { PendingOrder } from "@/lib/session";
import type { DetailsForm, PaymentForm } from "./forms";
import { toCheckoutView, type CheckoutView } from "./view";

export type { CheckoutView, CartLineView, ShippingOptionView } from "./view";

/** A failure the shopper can act on, in plain words. */
export class CheckoutProblem extends Error {
  override readonly name = "CheckoutProblem";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    /** The cart no longer exists at BigCommerce; forget it. */
    readonly cartGone = false,
  ) {
    super(message);
  }

  /** Set when an unpaid order exists by the time of the failure, so a retry reuses it. */
  pendingOrder?: PendingOrder;
}

const UNAVAILABLE =
  "The store is not responding right now. Nothing was charged; please try again in a moment.";

/** Maps a BigCommerce failure to what the shopper reads; anything unexpected is rethrown. */
function explain(error: unknown, what: string): never {
  if (error instanceof CheckoutProblem) throw error;
  if (error instanceof BigCommerceUnavailableError) throw new CheckoutProblem(UNAVAILABLE);
  if (error instanceof BigCommerceError) {
    if (error.status === 404) {
      throw new CheckoutProblem("Your cart has expired. Please add the items again.", {}, true);
    }
    if (error.status === 409) {
      throw new CheckoutProblem(
        "Your cart changed in another window. Please check it and try again.",
      );
    }
    if (error.status === 422) throw new CheckoutProblem(`${what}: ${error.detail}`);
    if (error.status === 429 || error.status >= 500) throw new CheckoutProblem(UNAVAILABLE);
  }
  throw error;
}

function sameAmount(total: number, shown: string): boolean {
  return Math.round(total * 100) === Math.round(Number(shown) * 100);
}

function keepPendingOrder(error: unknown, pendingOrder: PendingOrder, what: string): never {
  try {
    explain(error, what);
  } catch (problem) {
    if (problem instanceof CheckoutProblem) problem.pendingOrder = pendingOrder;
    throw problem;
  }
}

export async function loadCheckout(checkoutId: string): Promise<CheckoutView | null> {
  try {
    return toCheckoutView(await bigcommerce().getCheckout(checkoutId));
  } catch (error) {
    if (error instanceof BigCommerceError && error.status === 404) return null;
    throw error;
  }
}

/** Adds to the shopper's cart, creating it if needed. Returns the cart (= checkout) id. */
export async function addToCart(
  checkoutId: string | undefined,
  item: { productId: number; variantId: number; quantity: number },
  customerId?: number,
): Promise<string> {
  const lineItem = {
    product_id: item.productId,
    variant_id: item.variantId,
    quantity: item.quantity,
  };
  const bc = bigcommerce();
  try {
    if (checkoutId) {
      try {
        return (await bc.addCartLineItems(checkoutId, [lineItem])).id;
      } catch (error) {
        // An expired or paid cart is gone: start a new one rather than fail the shopper.
        if (!(error instanceof BigCommerceError && error.status === 404)) throw error;
      }
    }
    return (await bc.createCart({ lineItems: [lineItem], customerId })).id;
  } catch (error) {
    explain(error, "This item could not be added");
  }
}

/** A shopper who signs in with a cart: the cart, and so the order, becomes theirs. */
export async function claimCart(checkoutId: string, customerId: number): Promise<boolean> {
  try {
    await bigcommerce().setCartCustomer(checkoutId, customerId);
    return true;
  } catch (error) {
    if (error instanceof BigCommerceError && error.status === 404) return false;
    throw error;
  }
}

/** Returns false when that was the last item and BigCommerce deleted the cart. */
export async function removeFromCart(checkoutId: string, itemId: string): Promise<boolean> {
  try {
    return (await bigcommerce().deleteCartLineItem(checkoutId, itemId)) !== null;
  } catch (error) {
    explain(error, "This item could not be removed");
  }
}

function toAddress(d: DetailsForm): CheckoutAddressInput {
  return {
    first_name: d.firstName,
    last_name: d.lastName,
    email: d.email,
    company: d.company,
    address1: d.address1,
    address2: d.address2,
    city: d.city,
    state_or_province: d.stateOrProvince,
    state_or_province_code: "",
    country_code: d.countryCode,
    postal_code: d.postalCode,
    phone: d.phone,
  };
}

/** Contact and shipping address → billing address and the consignment, so shipping options can be quoted. */
export async function saveDetails(checkoutId: string, details: DetailsForm): Promise<void> {
  const bc = bigcommerce();
  const address = toAddress(details);
  try {
    const checkout = await bc.getCheckout(checkoutId);
    const billingId = checkout.billing_address?.id;
    if (billingId) await bc.updateBillingAddress(checkoutId, billingId, address);
    else await bc.addBillingAddress(checkoutId, address);
    const lineItems = checkout.cart.line_items.physical_items.map((i) => ({
      item_id: i.id,
      quantity: i.quantity,
    }));
    const previous = checkout.consignments[0];
    const updated = previous
      ? await bc.updateConsignmentAddress(checkoutId, previous.id, { address, lineItems })
      : await bc.addConsignment(checkoutId, { address, lineItems });
    // A new address needs a new quote: keep the shopper's method if it is still offered, else
    // pick the first, so the order summary always shows the total that will be charged.
    const consignment = updated.consignments[0];
    const options = consignment?.available_shipping_options ?? [];
    const keep = options.find((o) => o.id === previous?.selected_shipping_option?.id) ?? options[0];
    if (consignment && keep) await bc.selectShippingOption(checkoutId, consignment.id, keep.id);
  } catch (error) {
    explain(error, "Your details could not be saved");
  }
}

export async function selectShipping(checkoutId: string, shippingOptionId: string): Promise<void> {
  const bc = bigcommerce();
  try {
    const checkout = await bc.getCheckout(checkoutId);
    const consignment = checkout.consignments[0];
    if (!consignment) throw new CheckoutProblem("Please enter your shipping address first.");
    if (!(consignment.available_shipping_options ?? []).some((o) => o.id === shippingOptionId)) {
      throw new CheckoutProblem("That shipping method is not available for your address.", {
        shippingOptionId: "Choose one of the shipping methods listed.",
      });
    }
    await bc.selectShippingOption(checkoutId, consignment.id, shippingOptionId);
  } catch (error) {
    explain(error, "Your shipping method could not be saved");
  }
}

export type PlaceOrderResult =
  | { kind: "confirmed"; orderId: number; token: string }
  | { kind: "declined"; message: string; pendingOrder: PendingOrder };

interface PlaceOrderInput {
  checkoutId: string;
  payment: PaymentForm;
  /** An unpaid order this shopper already created for this checkout, if any. */
  pendingOrder?: PendingOrder;
}

/**
 * The heart of the app: order → checkout token → payment.
 * The token is minted before payment because BigCommerce refuses it once the order is paid
 * (the cart is deleted then). Throws CheckoutProblem for anything the shopper can fix or retry.
 */
export async function placeOrder(
  input: PlaceOrderInput,
  deps: { bc?: BigCommerceClient; ledger?: TokenLedger } = {},
): Promise<PlaceOrderResult> {
  const bc = deps.bc ?? bigcommerce();
  const ledger = deps.ledger ?? tokenLedger();
  const { maxUses, ttlSeconds } = getConfig().checkoutToken;
  const { checkoutId, payment } = input;

  let orderId: number;
  let checkoutVersion: number;
  try {
    const checkout = await bc.getCheckout(checkoutId);
    const consignment = checkout.consignments[0];
    if (!checkout.billing_address || !consignment) {
      throw new CheckoutProblem("Please enter your contact details and shipping address first.");
    }
    if (!consignment.selected_shipping_option) {
      throw new CheckoutProblem("Please choose a shipping method.", {
        shippingOptionId: "Choose one of the shipping methods listed.",
      });
    }
    // The shopper agreed to the total on the page; if the checkout changed since, they review it first.
    if (!sameAmount(checkout.grand_total, payment.expectedTotal)) {
      throw new CheckoutProblem(
        "Your order total changed since the page loaded. Please review the order summary and place your order again.",
      );
    }
    checkoutVersion = checkout.version;
    const reusable =
      input.pendingOrder?.checkoutId === checkoutId &&
      input.pendingOrder.checkoutVersion === checkoutVersion;
    orderId = reusable ? input.pendingOrder!.orderId : await bc.createOrder(checkoutId);
  } catch (error) {
    explain(error, "Your order could not be created");
  }
  const pendingOrder: PendingOrder = { checkoutId, orderId, checkoutVersion };

  let token: string;
  let pat: string;
  let paymentMethodId: string;
  try {
    // Independent calls, one round trip.
    const [minted, accessToken, methods] = await Promise.all([
      bc.createCheckoutToken(checkoutId, { maxUses, ttlSeconds }),
      bc.createPaymentAccessToken(orderId),
      bc.getPaymentMethods(orderId),
    ]);
    const method = methods.find((m) => m.type === "card");
    if (!method)
      throw new CheckoutProblem(
        "This store cannot take card payments right now. Nothing was charged.",
      );
    token = minted;
    pat = accessToken;
    paymentMethodId = method.id;
    await ledger.record({ token, checkoutId, orderId, maxUses, ttlSeconds });
  } catch (error) {
    keepPendingOrder(error, pendingOrder, "Your payment could not be started");
  }

  try {
    await bc.processPayment(pat, {
      paymentMethodId,
      instrument: {
        type: "card",
        cardholder_name: payment.cardholderName,
        number: payment.cardNumber,
        expiry_month: payment.cardExpiry.month,
        expiry_year: payment.cardExpiry.year,
        verification_value: payment.cardCvv,
      },
    });
  } catch (error) {
    if (
      error instanceof BigCommerceError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 429
    ) {
      return {
        kind: "declined",
        message: `Your payment was not accepted: ${error.detail}`,
        pendingOrder,
      };
    }
    keepPendingOrder(error, pendingOrder, "Your payment could not be processed");
  }
  return { kind: "confirmed", orderId, token };
}
