import "server-only";
import { getConfig } from "@/lib/config";
import { inProcessSandbox, sandboxFetch } from "@/lib/sandbox";
import * as s from "./schemas";
import { createTransport, type TransportOptions } from "./transport";

export * from "./errors";
export type {
  BcCheckout,
  BcLineItem,
  BcOrder,
  BcOrderCoupon,
  BcOrderProduct,
  BcOrderShippingAddress,
  BcOrderTransaction,
  BcPaymentResult,
  BcProduct,
  BcShippingOption,
  BcV2Address,
} from "./schemas";

/** What the app sends as a checkout address (API-NOTES §5.2). */
export interface CheckoutAddressInput {
  first_name: string;
  last_name: string;
  email: string;
  company?: string;
  address1: string;
  address2?: string;
  city: string;
  state_or_province?: string;
  state_or_province_code?: string;
  country_code: string;
  postal_code?: string;
  phone?: string;
}

export interface LineItemInput {
  product_id: number;
  variant_id?: number;
  quantity: number;
}

export interface CardInstrument {
  type: "card";
  cardholder_name: string;
  number: string;
  expiry_month: number;
  expiry_year: number;
  verification_value: string;
}

const SHIPPING_OPTIONS = "consignments.available_shipping_options";
const LINE_ITEM_OPTIONS = "cart.line_items.physical_items.options";

export type BigCommerceClient = ReturnType<typeof createBigCommerceClient>;

/** Typed calls for every BigCommerce operation this app uses. */
export function createBigCommerceClient(options: TransportOptions) {
  const call = createTransport(options);
  const checkoutPath = (id: string) => `/v3/checkouts/${encodeURIComponent(id)}`;
  const orderPath = (id: number) => `/v2/orders/${id}`;

  return {
    // ---- catalog ----
    async listProducts(query: { ids?: number[]; limit?: number } = {}) {
      const body = await call({
        operation: "getProducts",
        method: "GET",
        path: "/v3/catalog/products",
        query: {
          include: "images,variants",
          is_visible: "true",
          "id:in": query.ids?.join(","),
          limit: String(query.limit ?? 50),
        },
        schema: s.productList,
      });
      return body.data;
    },

    async getProduct(productId: number) {
      const body = await call({
        operation: "getProduct",
        method: "GET",
        path: `/v3/catalog/products/${productId}`,
        query: { include: "images,variants" },
        schema: s.productOne,
      });
      return body.data;
    },

    // ---- carts ----
    async createCart(input: { lineItems: LineItemInput[]; customerId?: number }) {
      const body = await call({
        operation: "createCart",
        method: "POST",
        path: "/v3/carts",
        query: { include: "line_items.physical_items.options" },
        body: {
          line_items: input.lineItems,
          ...(input.customerId ? { customer_id: input.customerId } : {}),
        },
        schema: s.cartOne,
      });
      return body.data;
    },

    async getCart(cartId: string) {
      const body = await call({
        operation: "getCart",
        method: "GET",
        path: `/v3/carts/${encodeURIComponent(cartId)}`,
        schema: s.cartOne,
      });
      return body.data;
    },

    async addCartLineItems(cartId: string, lineItems: LineItemInput[]) {
      const body = await call({
        operation: "addCartLineItems",
        method: "POST",
        path: `/v3/carts/${encodeURIComponent(cartId)}/items`,
        query: { include: "line_items.physical_items.options" },
        body: { line_items: lineItems },
        schema: s.cartOne,
      });
      return body.data;
    },

    /** Makes the cart (and so its order) the signed-in customer's. */
    async setCartCustomer(cartId: string, customerId: number) {
      const body = await call({
        operation: "updateCart",
        method: "PUT",
        path: `/v3/carts/${encodeURIComponent(cartId)}`,
        body: { customer_id: customerId },
        schema: s.cartOne,
      });
      return body.data;
    },

    async updateCartLineItem(cartId: string, itemId: string, item: LineItemInput) {
      const body = await call({
        operation: "updateCartLineItem",
        method: "PUT",
        path: `/v3/carts/${encodeURIComponent(cartId)}/items/${encodeURIComponent(itemId)}`,
        query: { include: "line_items.physical_items.options" },
        body: { line_item: item },
        schema: s.cartOne,
      });
      return body.data;
    },

    /** Returns null when it removed the last item: BigCommerce then deletes the cart (204). */
    async deleteCartLineItem(cartId: string, itemId: string) {
      const body = await call({
        operation: "deleteCartLineItem",
        method: "DELETE",
        path: `/v3/carts/${encodeURIComponent(cartId)}/items/${encodeURIComponent(itemId)}`,
        schema: s.cartOne.nullable(),
        empty: () => null,
      });
      return body?.data ?? null;
    },

    // ---- checkouts ----
    async getCheckout(checkoutId: string) {
      const body = await call({
        operation: "getCheckout",
        method: "GET",
        path: checkoutPath(checkoutId),
        query: { include: `${SHIPPING_OPTIONS},${LINE_ITEM_OPTIONS}` },
        schema: s.checkoutOne,
      });
      return body.data;
    },

    async addBillingAddress(checkoutId: string, address: CheckoutAddressInput) {
      const body = await call({
        operation: "addCheckoutBillingAddress",
        method: "POST",
        path: `${checkoutPath(checkoutId)}/billing-address`,
        body: address,
        schema: s.checkoutOne,
      });
      return body.data;
    },

    async updateBillingAddress(
      checkoutId: string,
      addressId: string,
      address: CheckoutAddressInput,
    ) {
      const body = await call({
        operation: "updateCheckoutBillingAddress",
        method: "PUT",
        path: `${checkoutPath(checkoutId)}/billing-address/${encodeURIComponent(addressId)}`,
        body: address,
        schema: s.checkoutOne,
      });
      return body.data;
    },

    async addConsignment(
      checkoutId: string,
      input: { address: CheckoutAddressInput; lineItems: { item_id: string; quantity: number }[] },
    ) {
      const body = await call({
        operation: "addCheckoutConsignment",
        method: "POST",
        path: `${checkoutPath(checkoutId)}/consignments`,
        query: { include: SHIPPING_OPTIONS },
        body: [{ address: input.address, line_items: input.lineItems }],
        schema: s.checkoutOne,
      });
      return body.data;
    },

    async updateConsignmentAddress(
      checkoutId: string,
      consignmentId: string,
      input: { address: CheckoutAddressInput; lineItems: { item_id: string; quantity: number }[] },
    ) {
      const body = await call({
        operation: "updateCheckoutConsignment",
        method: "PUT",
        path: `${checkoutPath(checkoutId)}/consignments/${encodeURIComponent(consignmentId)}`,
        query: { include: SHIPPING_OPTIONS },
        body: { address: input.address, line_items: input.lineItems },
        schema: s.checkoutOne,
      });
      return body.data;
    },

    /** A separate PUT from the address: BigCommerce refuses both in one call (API-NOTES §5.4). */
    async selectShippingOption(
      checkoutId: string,
      consignmentId: string,
      shippingOptionId: string,
    ) {
      const body = await call({
        operation: "updateCheckoutConsignment",
        method: "PUT",
        path: `${checkoutPath(checkoutId)}/consignments/${encodeURIComponent(consignmentId)}`,
        query: { include: SHIPPING_OPTIONS },
        body: { shipping_option_id: shippingOptionId },
        schema: s.checkoutOne,
      });
      return body.data;
    },

    async addCoupon(checkoutId: string, code: string) {
      const body = await call({
        operation: "addCheckoutCoupon",
        method: "POST",
        path: `${checkoutPath(checkoutId)}/coupons`,
        query: { include: SHIPPING_OPTIONS },
        body: { coupon_code: code },
        schema: s.checkoutOne,
      });
      return body.data;
    },

    /** The path holds the coupon's code, not its id. */
    async removeCoupon(checkoutId: string, code: string) {
      const body = await call({
        operation: "deleteCheckoutCoupon",
        method: "DELETE",
        path: `${checkoutPath(checkoutId)}/coupons/${encodeURIComponent(code)}`,
        query: { include: SHIPPING_OPTIONS },
        schema: s.checkoutOne,
      });
      return body.data;
    },

    /** The shopper's order comment (`customer_message`, at most 2000 characters). */
    async updateCustomerMessage(checkoutId: string, message: string) {
      const body = await call({
        operation: "updateCheckout",
        method: "PUT",
        path: checkoutPath(checkoutId),
        query: { include: SHIPPING_OPTIONS },
        body: { customer_message: message },
        schema: s.checkoutOne,
      });
      return body.data;
    },

    async createOrder(checkoutId: string) {
      const body = await call({
        operation: "createOrder",
        method: "POST",
        path: `${checkoutPath(checkoutId)}/orders`,
        schema: s.createOrderResponse,
      });
      return body.data.id;
    },

    /** Must run before payment: once the order is paid the cart is gone and no token can be made. */
    async createCheckoutToken(checkoutId: string, input: { maxUses: number; ttlSeconds: number }) {
      return call({
        operation: "createCheckoutToken",
        method: "POST",
        path: `${checkoutPath(checkoutId)}/token`,
        body: { maxUses: input.maxUses, ttl: input.ttlSeconds },
        schema: s.checkoutTokenResponse,
      });
    },

    // ---- customers ----
    /** Checks a shopper's email and password; BigCommerce rate-limits this call specially. */
    async validateCustomerCredentials(email: string, password: string) {
      return call({
        operation: "validateCustomerCredentials",
        method: "POST",
        path: "/v3/customers/validate-credentials",
        body: { email, password, channel_id: 1 },
        schema: s.credentialsResult,
      });
    },

    async listCustomers(limit = 1) {
      const body = await call({
        operation: "getCustomers",
        method: "GET",
        path: "/v3/customers",
        query: { limit: String(limit) },
        schema: s.customerList,
      });
      return body.data;
    },

    /** The cheapest authenticated call: the store's clock. */
    async getSystemTime() {
      return call({
        operation: "getSystemTimestamp",
        method: "GET",
        path: "/v2/time",
        schema: s.systemTime,
      });
    },

    async createCustomer(input: {
      email: string;
      firstName: string;
      lastName: string;
      password: string;
    }) {
      const body = await call({
        operation: "createCustomers",
        method: "POST",
        path: "/v3/customers",
        body: [
          {
            email: input.email,
            first_name: input.firstName,
            last_name: input.lastName,
            authentication: { new_password: input.password },
          },
        ],
        schema: s.createdCustomers,
      });
      return body.data[0];
    },

    // ---- payments ----
    async getPaymentMethods(orderId: number) {
      const body = await call({
        operation: "getPaymentMethods",
        method: "GET",
        path: "/v3/payments/methods",
        query: { order_id: String(orderId) },
        schema: s.paymentMethods,
      });
      return body.data;
    },

    async createPaymentAccessToken(orderId: number) {
      const body = await call({
        operation: "createPaymentAccessToken",
        method: "POST",
        path: "/v3/payments/access_tokens",
        body: { order: { id: orderId } },
        schema: s.paymentAccessToken,
      });
      return body.data.id;
    },

    /** Card data goes from this server to the payments host only; it is never stored or logged. */
    async processPayment(
      pat: string,
      input: { paymentMethodId: string; instrument: CardInstrument },
    ) {
      const body = await call({
        operation: "PaymentsPost",
        method: "POST",
        host: "payments",
        pat,
        path: "/payments",
        body: {
          payment: { instrument: input.instrument, payment_method_id: input.paymentMethodId },
        },
        schema: s.paymentResult,
      });
      return body.data;
    },

    // ---- orders (v2) ----
    async getOrder(orderId: number) {
      return call({
        operation: "getOrder",
        method: "GET",
        path: orderPath(orderId),
        schema: s.order,
      });
    },

    async getOrderProducts(orderId: number) {
      return call({
        operation: "getOrderProducts",
        method: "GET",
        path: `${orderPath(orderId)}/products`,
        query: { limit: "250" },
        schema: s.orderProducts,
        empty: () => [],
      });
    },

    async getOrderShippingAddresses(orderId: number) {
      return call({
        operation: "getOrderShippingAddresses",
        method: "GET",
        path: `${orderPath(orderId)}/shipping_addresses`,
        schema: s.orderShippingAddresses,
        empty: () => [],
      });
    },

    async getOrderCoupons(orderId: number) {
      return call({
        operation: "getOrderCoupons",
        method: "GET",
        path: `${orderPath(orderId)}/coupons`,
        schema: s.orderCoupons,
        empty: () => [],
      });
    },

    /** For "paid with Visa ending 1111"; needs the Order Transactions read scope. */
    async getOrderTransactions(orderId: number) {
      const body = await call({
        operation: "getOrderTransactions",
        method: "GET",
        path: `/v3/orders/${orderId}/transactions`,
        schema: s.orderTransactions,
        empty: () => ({ data: [] }),
      });
      return body.data;
    },

    async getOrdersByCustomer(customerId: number) {
      return call({
        operation: "getOrders",
        method: "GET",
        path: "/v2/orders",
        query: { customer_id: String(customerId), sort: "date_created:desc", limit: "50" },
        schema: s.orderList,
        empty: () => [],
      });
    },

    async getOrdersByCart(cartId: string) {
      return call({
        operation: "getOrders",
        method: "GET",
        path: "/v2/orders",
        query: { cart_id: cartId },
        schema: s.orderList,
        empty: () => [],
      });
    },
  };
}

let client: BigCommerceClient | undefined;

/** The client for this process: the in-process sandbox in sandbox mode, the real API in live mode. */
export function bigcommerce(): BigCommerceClient {
  if (!client) {
    const config = getConfig();
    client = createBigCommerceClient({
      ...config.bigcommerce,
      fetch: config.mode === "sandbox" ? sandboxFetch(inProcessSandbox()) : undefined,
    });
  }
  return client;
}
