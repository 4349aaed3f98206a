// The OAuth scopes this app's API account needs (API-NOTES §2.3), by operation. Used to name the
// missing scope when BigCommerce answers 403, by `npm run check:live`, and by the sandbox to deny one.

export interface Scope {
  /** As BigCommerce names it in the API account's scope list. */
  scope: string;
  /** As the control panel shows it (Settings → API → Store-level API accounts). */
  label: string;
}

export const SCOPES = {
  products: { scope: "store_v2_products_read_only", label: "Products: read-only" },
  carts: { scope: "store_cart", label: "Carts: modify" },
  checkouts: { scope: "store_checkouts", label: "Checkouts: modify" },
  orders: { scope: "store_v2_orders", label: "Orders: modify" },
  transactions: {
    scope: "store_v2_transactions_read_only",
    label: "Order transactions: read-only",
  },
  paymentsCreate: { scope: "store_payments_access_token_create", label: "Create payments: create" },
  paymentMethods: { scope: "store_payments_methods_read", label: "Get payment methods: read-only" },
  customers: { scope: "store_v2_customers", label: "Customers: modify" },
} as const satisfies Record<string, Scope>;

export type ScopeName = keyof typeof SCOPES;

/** Which scope each operation the app calls needs. */
export const OPERATION_SCOPES: Record<string, ScopeName> = {
  getProducts: "products",
  getProduct: "products",
  createCart: "carts",
  getCart: "carts",
  updateCart: "carts",
  addCartLineItems: "carts",
  updateCartLineItem: "carts",
  deleteCartLineItem: "carts",
  getCheckout: "checkouts",
  addCheckoutBillingAddress: "checkouts",
  updateCheckoutBillingAddress: "checkouts",
  addCheckoutConsignment: "checkouts",
  updateCheckoutConsignment: "checkouts",
  addCheckoutCoupon: "checkouts",
  deleteCheckoutCoupon: "checkouts",
  updateCheckout: "checkouts",
  createCheckoutToken: "checkouts",
  createOrder: "checkouts",
  getOrder: "orders",
  getOrders: "orders",
  getOrderProducts: "orders",
  getOrderShippingAddresses: "orders",
  getOrderCoupons: "orders",
  getOrderTransactions: "transactions",
  createPaymentAccessToken: "paymentsCreate",
  getPaymentMethods: "paymentMethods",
  validateCustomerCredentials: "customers",
  createCustomers: "customers",
  getCustomers: "customers",
};

export function scopeFor(operation: string): Scope | undefined {
  const name = OPERATION_SCOPES[operation];
  return name ? SCOPES[name] : undefined;
}
