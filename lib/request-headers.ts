// Request headers only proxy.ts may set (it deletes whatever a client sent under these names).

/** The page's CSP nonce, for the inline scripts the app renders. */
export const NONCE_HEADER = "x-sf-nonce";

/** Present on pages that take card details: the layout loads no third-party script there. */
export const PAYMENT_PAGE_HEADER = "x-sf-payment-page";

/** The signed-in customer's state as proxy.ts checked it for this request: "current" or "ended". */
export const CUSTOMER_STATE_HEADER = "x-sf-customer";

/**
 * The page's path (no query: a confirmation link's token stays out), for the language switcher
 * to send the shopper back to the page they were on.
 */
export const PATH_HEADER = "x-sf-path";
