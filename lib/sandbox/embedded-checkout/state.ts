// What the emulated embedded checkout remembers (not a BigCommerce resource): the channel's site
// URL, the checkout origin, cart redirect tokens, checkout sessions, customer login sessions and
// used login JWT ids, and when each paid order may be listed.
import { randomBytes } from "node:crypto";

/** Which of a cart's redirect URLs a token came with; all three share one token. */
export interface RedirectToken {
  cartId: string;
  /** When it was minted (ms since the epoch); its lifetime is the `redirectUrlTtlMs` knob. */
  issuedAt: number;
  /** Set on the first visit: a redirect URL is single-use. */
  used: boolean;
}

/** The card a 3-D Secure challenge is holding (in memory only, never logged or rendered). */
export interface PendingCard {
  number: string;
  expiryMonth: number;
  expiryYear: number;
}

/** What the shopper typed, kept to refill the form after an error (never the card). */
export type FormValues = ReadonlyMap<string, string>;

/**
 * One shopper's pass through the emulated checkout, opened by a redirect URL and named by a
 * random id that the page carries in its URL and forms (it is the forms' CSRF secret too).
 */
export interface CheckoutSession {
  id: string;
  cartId: string;
  /** True when opened by `embedded_checkout_url` (the page then speaks the postMessage protocol). */
  embedded: boolean;
  /** The signed-in customer (customer login JWT), 0 for a guest. */
  customerId: number;
  /** The signed-in customer's email, "" for a guest. */
  customerEmail: string;
  /** "open": the form; "challenge": a 3-D Secure step; "complete": paid. */
  step: "open" | "challenge" | "complete";
  /** The Incomplete order this checkout created, reused by a retry after a decline. */
  orderId: number | null;
  /** A message to show once (and post as CHECKOUT_ERROR when `postError`). */
  notice: { message: string; type: string; postError: boolean } | null;
  /** Set once the shopper signed out from the page: SIGNED_OUT is posted on the next render. */
  signedOut: boolean;
  /** Set once FRAME_LOADED and CHECKOUT_LOADED were posted (the first page of the session). */
  announced: boolean;
  /** Set once CHECKOUT_COMPLETE was posted. */
  completePosted: boolean;
  form: FormValues;
  pendingCard: PendingCard | null;
  createdAt: number;
}

/** A shopper signed in through a customer login JWT, named by the login cookie. */
export interface LoginSession {
  customerId: number;
  createdAt: number;
}

/** The emulated checkout's memory; one per sandbox (SandboxState.embedded). */
export interface EmbeddedCheckoutState {
  /**
   * The channel's site URL as an origin ("http://localhost:3000"), or null when none is set: then
   * no page may frame the checkout, no event reaches a parent and the cookie hand-shake refuses
   * every return URL.
   */
  siteUrl: string | null;
  /** The origin redirect URLs point at; "" until a server listens (then its own origin). */
  checkoutOrigin: string;
  readonly redirectTokens: Map<string, RedirectToken>;
  readonly sessions: Map<string, CheckoutSession>;
  readonly logins: Map<string, LoginSession>;
  /** Login JWT ids already used, with when they may be forgotten (ms since the epoch). */
  readonly usedJtis: Map<string, number>;
  /** Orders paid here that `GET /v2/orders` lists only from this time (ms since the epoch). */
  readonly orderVisibleAt: Map<number, number>;
}

/** A new, empty memory with `siteUrl` (an origin, or null). */
export function createEmbeddedState(siteUrl: string | null = null): EmbeddedCheckoutState {
  return {
    siteUrl,
    checkoutOrigin: "",
    redirectTokens: new Map(),
    sessions: new Map(),
    logins: new Map(),
    usedJtis: new Map(),
    orderVisibleAt: new Map(),
  };
}

/** A random id of `bytes` bytes as lower-case hex (64 hex digits for 32 bytes). */
export function randomId(bytes = 16): string {
  return randomBytes(bytes).toString("hex");
}

/** True when `orderId` was paid here and is still held back from order lists at `now`. */
export function orderHidden(
  embedded: EmbeddedCheckoutState,
  orderId: number,
  now: number,
): boolean {
  const at = embedded.orderVisibleAt.get(orderId);
  return at !== undefined && now < at;
}

/**
 * The origin of `raw` when it is an absolute http(s) URL without credentials, else null:
 * "http://localhost:3000/any/path" → "http://localhost:3000".
 */
export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) {
    return null;
  }
  return url.origin;
}
