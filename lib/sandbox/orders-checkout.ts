// createOrder (checkouts API): a checkout's cart, addresses and shipping frozen into an order of
// the general model (USD; the carts' cents become v2 decimal strings).
import { optionValue } from "./catalog";
import { invalidInput } from "./errors";
import { countryName } from "./format";
import { centsToV2, dec, v2, ZERO } from "./money";
import { settleTotals } from "./order-totals";
import { priced, selectedShippingOption, type PricedCart } from "./pricing";
import { SANDBOX_CURRENCY, SEED_COUPONS } from "./seed";
import {
  nextLineId,
  type Address,
  type Cart,
  type Consignment,
  type Order,
  type OrderAddress,
  type OrderLine,
  type OrderMoney,
  type OrderShippingAddress,
  type SandboxState,
} from "./state";

/** A v3 checkout address as a v2 order address. */
export function orderAddress(a: Address): OrderAddress {
  return {
    first_name: a.first_name,
    last_name: a.last_name,
    company: a.company,
    street_1: a.address1,
    street_2: a.address2,
    city: a.city,
    state: a.state_or_province,
    zip: a.postal_code,
    country: countryName(a.country_code),
    country_iso2: a.country_code,
    phone: a.phone,
    email: a.email,
  };
}

function checkShippingAddress(c: Consignment) {
  const a = c.address;
  if (!a.first_name || !a.last_name || !a.address1 || !a.city || !a.email || !a.country_code) {
    throw invalidInput("A shipping address for this order is incomplete.");
  }
  const option = selectedShippingOption(c.shippingOptionId);
  if (!option) {
    throw invalidInput("A shipping option has not been selected for every consignment.");
  }
  return option;
}

/**
 * What createOrder requires of a checkout: a billing address with an email and a country, and a
 * complete consignment with a shipping option for every item that ships. Throws SandboxError 422.
 */
function readyToOrder(cart: Cart, shipped: Set<string>) {
  const billing = cart.billing;
  if (!billing || !billing.email || !billing.country_code) {
    throw invalidInput("The billing address for this order is incomplete.");
  }
  const covered = new Set(cart.consignments.flatMap((c) => c.lineItemIds));
  if ([...shipped].some((id) => !covered.has(id))) {
    throw invalidInput("A shipping address for this order is incomplete.");
  }
  const consignments = cart.consignments.filter((c) => c.lineItemIds.some((id) => shipped.has(id)));
  return {
    billing,
    consignments: consignments.map((c) => ({ c, option: checkShippingAddress(c) })),
  };
}

function orderLines(
  state: SandboxState,
  t: PricedCart,
  addressOf: Map<string, number>,
  couponCodes: string[],
  billingEmail: string,
): OrderLine[] {
  return t.lines.map((l) => {
    return {
      id: nextLineId(state),
      type: l.product.type === "digital" ? "digital" : "physical",
      productId: l.product.id,
      variantId: l.variant.id,
      name: l.product.name,
      sku: l.variant.sku,
      quantity: l.line.quantity,
      orderAddressId: addressOf.get(l.line.id) ?? 0,
      orderPickupMethodId: 0,
      priceExTax: centsToV2(l.unitCents),
      priceIncTax: unitOf(l.extended + l.tax, l.line.quantity),
      totalExTax: centsToV2(l.extended),
      totalIncTax: centsToV2(l.extended + l.tax),
      appliedDiscounts: l.couponCents
        ? couponCodes.map((code) => ({
            id: "coupon",
            amount: centsToV2(l.couponCents),
            name: "Coupon",
            code,
            target: "order" as const,
          }))
        : [],
      options: l.variant.optionValueIds.map((valueId) => {
        const { option: o, value } = optionValue(l.product, valueId);
        const name = o.displayName;
        return {
          optionId: o.id,
          type: "Multiple choice" as const,
          name,
          displayName: name,
          displayValue: value.label,
          value: String(value.id),
        };
      }),
      wrapping: null,
      giftCertificateId: null,
      recipientEmail: l.product.type === "digital" ? billingEmail : "",
    };
  });
}

/** A line's amount in cents per unit, as a v2 decimal string (half-up at the fourth place). */
function unitOf(lineCents: number, quantity: number): string {
  return v2(dec(centsToV2(lineCents)).div(quantity));
}

/** One physical line per custom item (product id 0), shipped to its consignment's address. */
function customLines(
  state: SandboxState,
  t: PricedCart,
  addressOf: Map<string, number>,
): OrderLine[] {
  return t.custom.map(({ item, extended, tax }) => ({
    id: nextLineId(state),
    type: "physical",
    productId: 0,
    variantId: 0,
    name: item.name,
    sku: item.sku,
    quantity: item.quantity,
    orderAddressId: addressOf.get(item.id) ?? 0,
    orderPickupMethodId: 0,
    priceExTax: centsToV2(item.listPriceCents),
    priceIncTax: unitOf(extended + tax, item.quantity),
    totalExTax: centsToV2(extended),
    totalIncTax: centsToV2(extended + tax),
    appliedDiscounts: [],
    options: [],
    wrapping: null,
    giftCertificateId: null,
    recipientEmail: "",
  }));
}

/** One line per gift certificate: never shipped, emailed to its recipient, untaxed. */
function giftCertificateLines(state: SandboxState, cart: Cart): OrderLine[] {
  return cart.giftCertificates.map((g) => {
    const amount = centsToV2(g.amountCents);
    return {
      id: nextLineId(state),
      type: "giftcertificate",
      productId: 0,
      variantId: 0,
      name: g.name,
      sku: "",
      quantity: 1,
      orderAddressId: 0,
      orderPickupMethodId: 0,
      priceExTax: amount,
      priceIncTax: amount,
      totalExTax: amount,
      totalIncTax: amount,
      appliedDiscounts: [],
      options: [],
      wrapping: null,
      giftCertificateId: nextLineId(state),
      recipientEmail: g.recipient.email,
    };
  });
}

/** A priced checkout's amounts as v2 decimal strings; the totals are settled after. */
function checkoutMoney(t: PricedCart): OrderMoney {
  return {
    subtotalExTax: centsToV2(t.subtotal),
    subtotalIncTax: centsToV2(t.subtotal + t.tax),
    shippingExTax: centsToV2(t.shipping),
    shippingIncTax: centsToV2(t.shipping),
    handlingExTax: ZERO,
    handlingIncTax: ZERO,
    wrappingExTax: ZERO,
    wrappingIncTax: ZERO,
    discountAmount: ZERO,
    couponDiscount: centsToV2(t.discount),
    totalExTax: ZERO,
    totalIncTax: ZERO,
    totalTax: ZERO,
    giftCertificateAmount: ZERO,
    storeCreditAmount: ZERO,
    totalsGiven: false,
  };
}

/**
 * createOrder: an Incomplete order (status 0) from the checkout `cart`, with its lines (physical,
 * digital, gift certificates), totals and shipping frozen; USD amounts as v2 decimal strings. Only
 * physical items need a consignment: a digital-only order has no shipping address. The cart stays until the order is paid.
 * Throws SandboxError 422 (see readyToOrder).
 */
export function checkoutOrder(state: SandboxState, cart: Cart): Order {
  const t = priced(state, cart);
  const shipped = new Set([
    ...t.lines.filter((l) => l.product.type !== "digital").map((l) => l.line.id),
    ...t.custom.map((c) => c.item.id),
  ]);
  const { billing, consignments } = readyToOrder(cart, shipped);
  const addressOf = new Map<string, number>();
  const shippingAddresses: OrderShippingAddress[] = consignments.map(({ c, option }) => {
    const id = nextLineId(state);
    for (const lineId of c.lineItemIds) if (shipped.has(lineId)) addressOf.set(lineId, id);
    const cost = centsToV2(option.costCents);
    const address = orderAddress(c.address);
    return {
      id,
      address,
      shippingMethod: option.description,
      costExTax: cost,
      costIncTax: cost,
      handlingExTax: ZERO,
      handlingIncTax: ZERO,
    };
  });
  const now = new Date(state.now());
  const order: Order = {
    id: state.nextId.order++,
    cartId: cart.id,
    customerId: cart.customerId,
    statusId: 0,
    paymentStatus: "",
    paymentMethod: "",
    createdAt: now,
    modifiedAt: now,
    currencyCode: SANDBOX_CURRENCY,
    isTaxInclusivePricing: false,
    billing: orderAddress(billing),
    shippingAddresses,
    pickups: [],
    fees: [],
    lines: [
      ...orderLines(state, t, addressOf, cart.couponCodes, billing.email),
      ...customLines(state, t, addressOf),
      ...giftCertificateLines(state, cart),
    ],
    coupons: cart.couponCodes.map((code, i) => {
      const coupon = SEED_COUPONS.find((c) => c.code === code)!;
      const discount = centsToV2(t.coupons[i].discountedCents);
      return {
        id: nextLineId(state),
        couponId: coupon.id,
        code,
        amount: String(coupon.percent),
        type: coupon.typeId,
        discount,
      };
    }),
    money: checkoutMoney(t),
    customerMessage: cart.customerMessage,
    staffNotes: "",
    orderSource: "checkout_api",
    externalSource: "",
    transactions: [],
  };
  settleTotals(order);
  state.orders.set(order.id, order);
  cart.orderId = order.id;
  return order;
}
