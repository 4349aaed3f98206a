import "server-only";
import { cartOperations } from "./carts";
import { catalogOperations } from "./catalog";
import { checkoutOperations, orderCreationOperations } from "./checkouts";
import { customerOperations } from "./customers";
import { geographyOperations } from "./geography";
import { orderOperations, orderWriteOperations } from "./orders";
import { paymentOperations } from "./payments";
import { storeOperations } from "./store";
import { createTransport, type TransportOptions } from "./transport";
import { webhookOperations } from "./webhooks";

// The BigCommerce client: one typed method per call the app makes, grouped by resource in the
// files imported above, each naming an operation id of OPERATIONS (operations.ts). It is built
// from options by whoever composes the app; this folder reads no configuration of its own.

export {
  BigCommerceError,
  BigCommerceResponseError,
  BigCommerceUnavailableError,
  isNotFound,
  isUnavailable,
  type BigCommerceErrorBody,
} from "./errors";
export { QuotaGate, isBackground } from "./quota";
export { customerLoginUrl, type CustomerLoginInput } from "./customer-login";
export type {
  BcCustomItem,
  BcGiftCertificate,
  BcLineItem,
  BcLineItems,
  BcCartRedirectUrls,
  LineItemInput,
} from "./carts";
export type { BcProduct } from "./catalog";
export type {
  BcCheckout,
  BcCheckoutFee,
  BcShippingOption,
  CheckoutAddressInput,
} from "./checkouts";
export type { BcCountry, BcCountryState } from "./geography";
export type {
  BcOrder,
  BcOrderConsignments,
  BcOrderCoupon,
  BcOrderFee,
  BcOrderProduct,
  BcOrderProductOption,
  BcPickupConsignment,
  BcOrderShippingAddress,
  BcOrderTransaction,
  BcV2Address,
} from "./orders";
export type { BcPaymentResult, CardInstrument } from "./payments";
export type { BcStoreInformation, BcStoreTimezone } from "./store";
export type { BcWebhook, WebhookInput } from "./webhooks";

/**
 * Typed calls for every BigCommerce operation this app uses, made through one transport: its
 * retries, timeout and correlation id apply to each. Every method rejects with BigCommerceError
 * for a non-2xx answer (`status`, `body`, `code` for payments, `missingScope` on a 403),
 * BigCommerceUnavailableError when BigCommerce did not answer within `timeoutMs` or could not be
 * reached, and BigCommerceResponseError for a 2xx body of an unexpected shape; each method's doc
 * names the statuses callers act on.
 */
export type BigCommerceClient = ReturnType<typeof createBigCommerceClient>;

/**
 * The client for one store: `options` name the API and payments origins, store hash, access
 * token, timeout in ms, and optionally a fetch to answer in-process (the sandbox) and retry
 * overrides.
 */
export function createBigCommerceClient(options: TransportOptions) {
  const call = createTransport(options);
  return {
    ...catalogOperations(call),
    ...cartOperations(call),
    ...checkoutOperations(call),
    ...orderCreationOperations(call),
    ...customerOperations(call),
    ...storeOperations(call),
    ...geographyOperations(call),
    ...paymentOperations(call),
    ...orderOperations(call),
    ...orderWriteOperations(call),
    ...webhookOperations(call),
  };
}
