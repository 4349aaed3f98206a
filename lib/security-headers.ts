// The Content-Security-Policy of every page, with a fresh nonce per request (set by proxy.ts, and
// read by Next.js from the request's CSP header for its own scripts). Scripts run only with the
// nonce, or when loaded by a script that has it ('strict-dynamic'); no inline script runs without
// it. The checkout, where card numbers are typed, never allows a third-party script.

/** What shapes a page's policy. */
export interface PolicyInput {
  /** Base64, at least 128 bits, new for every request. */
  nonce: string;
  /** Google Tag Manager is configured and this is not a payment page: its hosts are allowed. */
  analytics: boolean;
  /** Origins product images come from besides this site and https (the sandbox over plain HTTP). */
  imageOrigins: string[];
  /** `next dev` needs eval for its overlays; a production build never does. */
  development: boolean;
  /**
   * The embedded checkout's origin on the page that frames it (CHECKOUT_MODE=embedded, /checkout):
   * the only origin it may frame, connect to (the SDK posts the customer login there) and send
   * a form to (the hosted checkout, the page's fallback without JavaScript).
   */
  checkoutOrigin?: string;
}

const GOOGLE =
  "https://www.googletagmanager.com https://*.googletagmanager.com https://*.google-analytics.com https://*.analytics.google.com";

/** The CSP header value for a page. */
export function pagePolicy({
  nonce,
  analytics,
  imageOrigins,
  development,
  checkoutOrigin,
}: PolicyInput): string {
  const scripts = [
    `'nonce-${nonce}'`,
    "'strict-dynamic'",
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React's style attributes and the 404's inline stylesheet; no script can come through here.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https: ${imageOrigins.join(" ")}`.trim(),
    `connect-src 'self'${analytics ? ` ${GOOGLE}` : ""}${checkoutOrigin ? ` ${checkoutOrigin}` : ""}`,
    // No page frames anything, except the checkout page framing BigCommerce's embedded checkout.
    `frame-src ${checkoutOrigin ?? "'none'"}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${checkoutOrigin ? ` ${checkoutOrigin}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The Permissions-Policy of the page that frames the embedded checkout: the Payment Request API
 * (wallets such as Google Pay and Apple Pay) for this page and the checkout's origin, which the
 * SDK's `allow="payment"` then delegates to the frame. Undefined elsewhere: every page keeps
 * next.config.mjs's policy, which allows payment to no one.
 */
export function permissionsPolicy(checkoutOrigin: string | undefined): string | undefined {
  if (!checkoutOrigin) return undefined;
  return `camera=(), microphone=(), geolocation=(), payment=(self "${checkoutOrigin}")`;
}

/** The policy of the prebuilt 404 document: it has no scripts and needs none. */
export const STATIC_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A new nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** Paths of pages that take card details: no third-party script there, whatever is configured. */
export function isPaymentPage(pathname: string): boolean {
  return pathname === "/checkout" || pathname.startsWith("/checkout/");
}
