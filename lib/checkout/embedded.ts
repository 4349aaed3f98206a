import "server-only";
import { sealData, unsealData } from "iron-session";
import { customerLoginUrl, isNotFound, isUnavailable } from "@/lib/bigcommerce";
import { message, type Message } from "@/lib/i18n/message";
import { ifAvailable, KvUnavailableError } from "@/lib/kv";
import { logEvent } from "@/lib/log";
import { orderStatus } from "@/lib/order-status";
import type { Runtime } from "@/lib/runtime";
import { markJustPlaced } from "./just-placed";
import { SEVERAL_ADDRESSES } from "./readiness";
import { checkoutSnapshots } from "./snapshot";

// The embedded checkout (CHECKOUT_MODE=embedded): BigCommerce's own checkout in a frame on
// /checkout, ending on this app's confirmation page (docs/bigcommerce.md, "Embedded checkout").
//
//  start     The checkout token is minted while the checkout is still open (BigCommerce refuses
//            once the order is finalized), recorded in the ledger for the checkout (no order yet)
//            and kept server-side, sealed; the browser only ever receives the frame's URL.
//  complete  After the frame says CHECKOUT_COMPLETE, the order placed from this session's cart is
//            found (getOrders by cart_id, Incomplete orders ignored), the recorded token is bound
//            to it, and the shopper is sent to /order-confirmation/{orderId}?t={token}. Nothing is
//            minted after completion: the cart is gone by then, and so is BigCommerce's consent.

/** What the embedded checkout needs: BigCommerce, the shared store, the ledger and the settings. */
export type EmbeddedDeps = Pick<Runtime, "bigcommerce" | "kv" | "ledger" | "config">;

/**
 * How long the token minted at the start lives, in seconds: the shopper's whole time in the frame
 * (typing, 3-D Secure) plus the redirect. Reused while more than REUSE_MARGIN_SECONDS remain.
 */
export const EMBEDDED_TOKEN_TTL_SECONDS = 3 * 3600;
const REUSE_MARGIN_SECONDS = 3600;

/** What starting the embedded checkout gives the page. */
export type EmbeddedStart =
  /**
   * Frame `frameUrl` (BigCommerce's embedded checkout URL, or a customer login URL that continues
   * to it); `hostedUrl` is BigCommerce's hosted checkout for this cart, the fallback when the frame
   * cannot be shown. Both single-use, minted just now.
   */
  | { kind: "ready"; frameUrl: string; hostedUrl: string }
  /** No cart, an empty one, or one BigCommerce no longer has: back to the cart page. */
  | { kind: "no-cart" }
  /** This checkout cannot start here: `message` says why (a catalogue code). */
  | { kind: "refused"; message: Message };

/** The sealed token kept for an open checkout, under pendingKey(checkoutId). */
interface PendingToken {
  token: string;
  /** Epoch ms. */
  expiresAt: number;
}

const pendingKey = (checkoutId: string) => `embedded:${checkoutId}:token`;

const sealOptions = (deps: EmbeddedDeps) => ({
  password: deps.config.sessionSecret,
  ttl: EMBEDDED_TOKEN_TTL_SECONDS,
});

async function readPending(deps: EmbeddedDeps, checkoutId: string): Promise<PendingToken | null> {
  const sealed = await deps.kv.get(pendingKey(checkoutId));
  if (!sealed) return null;
  const value = await unsealData<Partial<PendingToken>>(sealed, sealOptions(deps));
  return typeof value.token === "string" && typeof value.expiresAt === "number"
    ? { token: value.token, expiresAt: value.expiresAt }
    : null;
}

/**
 * The checkout token for an open checkout: the one kept for it while it has more than an hour to
 * live, else a new one (createCheckoutToken), recorded in the ledger for the checkout and kept
 * sealed with the session secret (only its digest is readable in the store). Throws
 * KvUnavailableError and BigCommerce's errors.
 */
async function tokenForCheckout(deps: EmbeddedDeps, checkoutId: string): Promise<void> {
  const now = Date.now();
  const kept = await readPending(deps, checkoutId);
  if (kept && kept.expiresAt - now > REUSE_MARGIN_SECONDS * 1000) return;
  const { maxUses } = deps.config.checkoutToken;
  const ttlSeconds = EMBEDDED_TOKEN_TTL_SECONDS;
  const token = await deps.bigcommerce.createCheckoutToken(checkoutId, { maxUses, ttlSeconds });
  await deps.ledger.recordForCheckout({ token, checkoutId, maxUses, ttlSeconds });
  const pending: PendingToken = { token, expiresAt: now + ttlSeconds * 1000 };
  await deps.kv.set(pendingKey(checkoutId), await sealData(pending, sealOptions(deps)), {
    ttlMs: ttlSeconds * 1000,
  });
}

/**
 * Starts the embedded checkout of this session's cart (`checkoutId`, from the session only) for
 * `customer` (the signed-in customer, if any): reads the checkout (getCheckout, or the kept copy),
 * refuses an empty cart, a cart of another customer and a checkout split across addresses, asks
 * for the cart's redirect URLs (createCartRedirectURL), which must come from the configured
 * checkout origin (another origin is refused and logged: the page's CSP would block it anyway),
 * and then makes sure a checkout token is recorded before any frame can load (createCheckoutToken;
 * see tokenForCheckout). `hosted`: the shopper goes to BigCommerce's hosted checkout instead (no
 * frame, so no token: that checkout ends on BigCommerce's own confirmation). A signed-in customer
 * enters through a customer login JWT when the client id and secret are configured. Throws
 * BigCommerce's errors other than 404; KvUnavailableError is answered "refused".
 */
export async function startEmbeddedCheckout(
  deps: EmbeddedDeps,
  input: { checkoutId: string; customerId: number | undefined; hosted?: boolean },
): Promise<EmbeddedStart> {
  const settings = deps.config.checkout;
  if (settings.mode !== "embedded") throw new Error("the embedded checkout is not configured");
  const { checkoutId, customerId } = input;
  let checkout;
  try {
    checkout = await checkoutSnapshots(deps.bigcommerce, deps.kv).read(checkoutId);
  } catch (error) {
    if (isNotFound(error)) return { kind: "no-cart" };
    throw error;
  }
  const items = checkout.cart.line_items;
  const count =
    items.physical_items.length +
    items.digital_items.length +
    items.gift_certificates.length +
    items.custom_items.length;
  if (count === 0) return { kind: "no-cart" };
  const owner = checkout.cart.customer_id;
  if (owner !== 0 && owner !== customerId) {
    return { kind: "refused", message: message("checkout.embedded.notYours") };
  }
  if (checkout.consignments.length > 1) return { kind: "refused", message: SEVERAL_ADDRESSES };

  let urls;
  try {
    urls = await deps.bigcommerce.createCartRedirectUrls(checkoutId);
  } catch (error) {
    if (isNotFound(error)) return cartGone(deps, checkoutId);
    throw error;
  }
  const embedded = new URL(urls.embedded_checkout_url);
  const hosted = new URL(urls.checkout_url);
  if (embedded.origin !== settings.origin || hosted.origin !== settings.origin) {
    // A misconfiguration the merchant must fix: BIGCOMMERCE_CHECKOUT_ORIGIN is not the channel's.
    logEvent(
      "checkout.embedded-origin-mismatch",
      { configured: settings.origin, answered: embedded.origin },
      "error",
    );
    return { kind: "refused", message: message("checkout.embedded.unavailable") };
  }
  if (input.hosted) return { kind: "ready", frameUrl: embedded.href, hostedUrl: hosted.href };
  try {
    await tokenForCheckout(deps, checkoutId);
  } catch (error) {
    if (isNotFound(error)) return cartGone(deps, checkoutId);
    if (error instanceof KvUnavailableError) {
      return { kind: "refused", message: message("checkout.problem.notPlaced") };
    }
    throw error;
  }
  const frameUrl =
    customerId !== undefined && settings.customerLogin
      ? await customerLoginUrl({
          origin: settings.origin,
          ...settings.customerLogin,
          storeHash: deps.config.bigcommerce.storeHash,
          customerId,
          channelId: settings.channelId,
          redirectTo: `${embedded.pathname}${embedded.search}`,
        })
      : embedded.href;
  return { kind: "ready", frameUrl, hostedUrl: hosted.href };
}

/**
 * BigCommerce no longer has the cart (paid in the frame, or expired) though a kept copy said it
 * did: the copy goes, so the cart page asks BigCommerce and finds the order or an empty cart.
 */
async function cartGone(deps: EmbeddedDeps, checkoutId: string): Promise<EmbeddedStart> {
  await ifAvailable(checkoutSnapshots(deps.bigcommerce, deps.kv).forget(checkoutId), null);
  return { kind: "no-cart" };
}

/** What finishing an embedded checkout found. */
export type EmbeddedCompletion =
  /** The order, with the token recorded at the start now bound to it: the confirmation link. */
  | { kind: "confirmed"; orderId: number; token: string }
  /** The order, without a usable recorded token (expired, or the store lost it): grant the session. */
  | { kind: "granted"; orderId: number }
  /** No order yet, but the checkout was started here and its cart is gone: look again shortly. */
  | { kind: "processing" }
  /** No order, and the cart is still open at BigCommerce: the shopper goes back to the checkout. */
  | { kind: "open" }
  /** No order, no cart, and no embedded checkout was started for it here: nothing to finish. */
  | { kind: "none" };

/** How the search for the order waits for BigCommerce: attempts, and ms between them. */
export interface CompletionPolling {
  attempts: number;
  delayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_POLLING: CompletionPolling = { attempts: 4, delayMs: 750 };

/**
 * The order placed from checkout `checkoutId` (getOrders with cart_id): the newest whose status says
 * the shopper finished (not Incomplete, not declined or cancelled), or null, also when BigCommerce
 * cannot answer now (unavailable, 429, 5xx: the shopper has paid, so they are asked to wait, never
 * shown an error). Throws other BigCommerce errors.
 */
async function placedOrder(
  deps: EmbeddedDeps,
  checkoutId: string,
): Promise<{ id: number; statusId: number } | null> {
  let orders;
  try {
    orders = await deps.bigcommerce.getOrdersByCart(checkoutId);
  } catch (error) {
    if (isUnavailable(error)) return null;
    throw error;
  }
  const placed = orders
    .filter((o) => o.cart_id === checkoutId)
    .filter((o) => {
      const standing = orderStatus(o.status_id).standing;
      return standing !== "unpaid" && standing !== "failed";
    })
    .sort((a, b) => b.id - a.id);
  return placed.length > 0 ? { id: placed[0].id, statusId: placed[0].status_id } : null;
}

/**
 * Why there is no order yet: the cart still open (getCart answers; "open"), an embedded checkout
 * started here whose cart is gone ("processing": BigCommerce is still recording the order), or
 * neither ("none"). While BigCommerce or the shared store cannot answer: "processing".
 */
async function withoutOrder(deps: EmbeddedDeps, checkoutId: string): Promise<EmbeddedCompletion> {
  try {
    await deps.bigcommerce.getCart(checkoutId);
    return { kind: "open" };
  } catch (error) {
    if (!isNotFound(error)) return { kind: "processing" };
  }
  const started = await ifAvailable(
    deps.kv.get(pendingKey(checkoutId)).then((v) => v !== null),
    true,
  );
  return started ? { kind: "processing" } : { kind: "none" };
}

/**
 * Finishes the embedded checkout of this session's cart `checkoutId` after the frame reported it
 * complete (or the processing page asks again): finds the order (polling a few times, see
 * CompletionPolling), binds the token recorded at the start to it (no token is minted: the cart is
 * gone) with the confirmation link's lifetime from now, marks it just placed for analytics when
 * its status counts as a purchase, and forgets the kept checkout. Without an order, says why
 * (withoutOrder). The caller has checked `checkoutId` is the session's. Throws BigCommerce's
 * errors other than unavailability; an unavailable shared store gives "granted" (the browser holds
 * the order without a link).
 */
export async function completeEmbeddedCheckout(
  deps: EmbeddedDeps,
  checkoutId: string,
  polling: CompletionPolling = DEFAULT_POLLING,
): Promise<EmbeddedCompletion> {
  const sleep = polling.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  let found: { id: number; statusId: number } | null = null;
  for (let attempt = 0; attempt < polling.attempts && found === null; attempt++) {
    if (attempt > 0) await sleep(polling.delayMs);
    found = await placedOrder(deps, checkoutId);
  }
  if (found === null) return withoutOrder(deps, checkoutId);

  const order = found.id;
  const linkTtl = deps.config.checkoutToken.ttlSeconds;
  const token = await ifAvailable(
    (async () => {
      const pending = await readPending(deps, checkoutId);
      if (!pending) return null;
      const bound = await deps.ledger.bindToOrder(pending.token, checkoutId, order, linkTtl);
      return bound === "bound" ? pending.token : null;
    })(),
    null,
  );
  // Independent writes to the shared store: together.
  await Promise.all([
    orderStatus(found.statusId).purchaseEvent ? markJustPlaced(deps.kv, order) : null,
    ifAvailable(checkoutSnapshots(deps.bigcommerce, deps.kv).forget(checkoutId), null),
    ifAvailable(deps.kv.del(pendingKey(checkoutId)), null),
  ]);
  return token ? { kind: "confirmed", orderId: order, token } : { kind: "granted", orderId: order };
}

/**
 * Whether an embedded checkout was started here for `checkoutId` and not finished (its sealed
 * token is kept). If so, the kept copy of the checkout is dropped: the cart may have been paid in
 * the frame without this app hearing of it (a reload, a closed tab), so the page asks BigCommerce
 * (one getCheckout) and, when the cart is gone, sends the shopper to the completion instead of an
 * empty cart. False while the shared store cannot answer.
 */
export async function embeddedCheckoutStarted(
  deps: Pick<Runtime, "bigcommerce" | "kv">,
  checkoutId: string,
): Promise<boolean> {
  const started = await ifAvailable(
    deps.kv.get(pendingKey(checkoutId)).then((v) => v !== null),
    false,
  );
  if (started) {
    await ifAvailable(checkoutSnapshots(deps.bigcommerce, deps.kv).forget(checkoutId), null);
  }
  return started;
}
