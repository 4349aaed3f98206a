// English texts. Every locale's catalogue has exactly these keys (see ./index.ts).
export const en = {
  layout: {
    skip: "Skip to content",
    sandbox: "Sandbox store: no real orders or payments.",
    shop: "Shop",
    cart: "Cart",
    account: "Account",
    signIn: "Sign in",
    mainNav: "Main",
    footer: "Payments are processed securely by BigCommerce.",
    notFoundTitle: "Page not found",
    notFoundText: "We could not find what you were looking for.",
  },
  confirmation: {
    title: "Order confirmation",
    /** The page heading, by what the order's status means (lib/order-status `Headline`). */
    headline: {
      confirmed: (name: string, order: number) =>
        name
          ? `Thank you, ${name}! Your order #${order} is confirmed.`
          : `Thank you! Your order #${order} is confirmed.`,
      received: (name: string, order: number) =>
        name
          ? `Thank you, ${name}! We have received your order #${order}.`
          : `Thank you! We have received your order #${order}.`,
      incomplete: (_name: string, order: number) => `Your order #${order} is not complete yet`,
      declined: (_name: string, order: number) => `The payment for order #${order} was declined`,
      cancelled: (_name: string, order: number) => `Order #${order} was cancelled`,
      refunded: (_name: string, order: number) => `Order #${order} was refunded`,
      disputed: (_name: string, order: number) => `Order #${order}: the payment is disputed`,
    },
    emailSent: "A confirmation will be sent to",
    orderNumber: "Order number",
    date: "Date",
    status: "Status",
    email: "Email",
    items: "Items",
    quantity: "Qty",
    options: "Options",
    summary: "Summary",
    subtotal: "Subtotal",
    discount: "Discount",
    shipping: "Shipping",
    coupon: "Coupon",
    handling: "Handling",
    wrapping: "Gift wrapping",
    tax: "Tax",
    taxIncluded: "Including tax",
    total: "Total",
    giftCertificatePaid: "Paid with gift certificate",
    storeCreditPaid: "Paid with store credit",
    balance: "Charged to your payment method",
    shipment: (n: number, of: number) => (of > 1 ? `Shipment ${n} of ${of}` : "Shipment"),
    shipsTo: "Ships to",
    pickup: "Pickup",
    pickupAt: "Collect at",
    pickupWhen: "Ready",
    pickupInstructions: "How to collect",
    downloads: "Downloads",
    downloadsText: (email: string) =>
      `Download links for your digital items are emailed to ${email} once your payment is confirmed.`,
    giftCertificates: "Gift certificates",
    giftCertificatesText: "Gift certificates are emailed to their recipients.",
    giftWrap: (name: string) => `Gift wrap: ${name}`,
    lineSaving: "Discount",
    shippingAddress: "Shipping address",
    billingAddress: "Billing address",
    shippingMethod: "Shipping method",
    paymentMethod: "Payment method",
    cardEnding: (brand: string, last4: string) => `${brand} ending in ${last4}`,
    comment: "Your comment",
    print: "Print receipt",
    continueShopping: "Continue shopping",
    noImage: "No image",
    createAccountTitle: "Save your details for next time",
    createAccountText: (email: string) =>
      `Create an account with ${email} to see this order and future ones any time.`,
    createAccount: "Create an account",
    fallbackTitle: (order: number) => `Order #${order} was placed`,
    fallbackText:
      "Your order is safe. We can't load its details right now because the store is not responding. Please try again in a moment; your confirmation email has the details too.",
    retry: "Try again",
    uncheckedTitle: "We couldn’t check your confirmation link just now",
    uncheckedText:
      "The store is not responding right now. Your order is not affected. Please try again in a moment; your confirmation email has the details too.",
    notFoundTitle: "We can’t show this order",
    notFoundText:
      "This confirmation link is not valid. If you placed an order, your confirmation email has the details.",
    spentTitle: "This confirmation link has expired or was already used",
    spentText:
      "For your security, confirmation links work once and for a limited time. Your order is not affected: your confirmation email has its details.",
    spentSignIn: "If you have an account,",
    spentSignInLink: "sign in",
    spentSignInAfter: "to see your orders. Otherwise, contact the store with your order number.",
  },
  /** What each BigCommerce order status means for the shopper, and what happens next. */
  status: {
    0: [
      "Incomplete",
      "Your payment has not been completed yet. Nothing will be shipped until it is.",
    ],
    1: ["Pending", "We have your order and will start on it shortly."],
    2: ["Shipped", "Your order is on its way."],
    3: ["Partially shipped", "Part of your order is on its way; the rest will follow."],
    4: ["Refunded", "This order was refunded."],
    5: ["Cancelled", "This order was cancelled. You have not been charged for it."],
    6: ["Declined", "The payment for this order was declined."],
    7: ["Awaiting payment", "We will start on your order once your payment arrives."],
    8: ["Awaiting pickup", "Your order is ready for pickup."],
    9: ["Awaiting shipment", "Your order is packed and will ship soon."],
    10: ["Completed", "Your order is complete. Enjoy!"],
    11: [
      "Awaiting fulfillment",
      "Your payment went through. We are preparing your order and will email you when it ships.",
    ],
    12: [
      "Manual verification required",
      "We are reviewing your order and will email you once it is confirmed.",
    ],
    13: ["Disputed", "There is a dispute about this order's payment. We will be in touch."],
    14: ["Partially refunded", "Part of this order was refunded."],
  } as Record<number, [string, string]>,
};

export type Messages = typeof en;
