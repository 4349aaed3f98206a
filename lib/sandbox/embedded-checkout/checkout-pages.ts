// The sandbox's checkout origin (not a BigCommerce API; an emulation of the pages BigCommerce
// serves on a store's checkout domain, docs/bigcommerce.md §20): the cart redirect links, the
// checkout form with its 3-D Secure step, the customer login JWT door, the first-visit cookie
// hand-shake of embedded checkout, and the static files those pages load. The checkout reuses the
// sandbox's own checkout, order and payment rules, so its orders are like those the app places.
import { liveCart } from "../carts";
import { SandboxError } from "../errors";
import { recordPageStep } from "../http/stats";
import { capturePayment, declineFor } from "../payments";
import { priced } from "../pricing";
import { TEST_CARDS } from "../seed";
import type { Cart } from "../state";
import { CHECKOUT_CSS, CHECKOUT_SCRIPT, iframeResizerContentScript } from "./assets";
import { LOGIN_COOKIE } from "./customer-login";
import { account, allowCookie, customerLogin } from "./login-door";
import {
  challengeBody,
  checkoutBody,
  CONTENT_ID,
  errorBody,
  thankYouBody,
  type FrameEvent,
} from "./pages";
import { cardOf, formOf, placeOrder, runOperation, sentence, shippedItems } from "./place-order";
import { randomId, type CheckoutSession, type PendingCard } from "./state";
import {
  asset,
  cookieAttributes,
  cookies,
  frameError,
  html,
  notFound,
  seeOther,
  signedInCustomer,
  type CheckoutParts,
  type Ctx,
} from "./web";

export type { CheckoutParts } from "./web";

/** How long a checkout session lives after it is opened, in ms. */
export const CHECKOUT_SESSION_TTL_MS = 3_600_000;

/** True when `pathname` is one of the checkout origin's pages or files. */
export function isCheckoutPath(pathname: string): boolean {
  return (
    pathname === "/cart.php" ||
    pathname === "/account.php" ||
    pathname.startsWith("/login/token/") ||
    pathname.startsWith("/embedded-checkout/")
  );
}

/**
 * Answers a request to the checkout origin (see isCheckoutPath):
 * - `GET /cart.php?[embedded=1&]action=load|loadInCheckout&id&token`: uses the redirect token and
 *   opens a checkout session (303 to the checkout page); a bad, used or expired token is a 400
 *   page that posts FRAME_ERROR to "*";
 * - `GET /embedded-checkout/checkout?session=`: the checkout, its 3-D Secure step or its "Thank you";
 * - `POST /embedded-checkout/pay`, `/3ds`, `/sign-out` (form posts naming the session);
 * - `GET|POST|OPTIONS /login/token/{jwt}`: customer login (POST answers `{redirectUrl}` with CORS
 *   for the site URL's origin only; GET redirects);
 * - `GET /embedded-checkout/allow-cookie?returnUrl=`: sets a cookie and 303s back, only to the
 *   site URL's origin (400 otherwise);
 * - `GET /account.php`, `/embedded-checkout/checkout.js`, `checkout.css`, `iframe-resizer.js`.
 * Anything else is a 404 page.
 */
export async function serveCheckout(
  url: URL,
  request: Request,
  parts: CheckoutParts,
): Promise<Response> {
  const { pathname } = url;
  const method = request.method;
  const ctx: Ctx = {
    ...parts,
    url,
    request,
    origin: parts.state.embedded.checkoutOrigin || url.origin,
  };
  if (pathname.startsWith("/login/token/")) return customerLogin(ctx);
  if (method !== "GET" && method !== "HEAD" && method !== "POST") {
    return new Response(null, { status: 405, headers: { allow: "GET, POST" } });
  }
  if (method === "POST") {
    if (pathname === "/embedded-checkout/pay") return pay(ctx);
    if (pathname === "/embedded-checkout/3ds") return threeDSecure(ctx);
    if (pathname === "/embedded-checkout/sign-out") return signOut(ctx);
    return notFound(ctx);
  }
  switch (pathname) {
    case "/cart.php":
      return loadCart(ctx);
    case "/embedded-checkout/checkout":
      return checkoutPage(ctx);
    case "/embedded-checkout/allow-cookie":
      return allowCookie(ctx);
    case "/account.php":
      return account(ctx);
    case "/embedded-checkout/checkout.js":
      return asset(CHECKOUT_SCRIPT, "text/javascript; charset=utf-8");
    case "/embedded-checkout/checkout.css":
      return asset(CHECKOUT_CSS, "text/css; charset=utf-8");
    case "/embedded-checkout/iframe-resizer.js":
      return asset(await iframeResizerContentScript(), "text/javascript; charset=utf-8");
    default:
      return notFound(ctx);
  }
}

/** One request to the checkout origin. `origin` is where the store's links point. */
// ---- cart.php: redirect links open a checkout session ------------------------------------------

async function loadCart(ctx: Ctx): Promise<Response> {
  const q = ctx.url.searchParams;
  const { state, knobs } = ctx;
  const action = q.get("action");
  const token = q.get("token") ?? "";
  const cartId = q.get("id") ?? "";
  if (action !== "load" && action !== "loadInCheckout") {
    return frameError(ctx, 400, "This checkout link is not valid.");
  }
  const record = state.embedded.redirectTokens.get(token);
  if (!record || record.cartId !== cartId) {
    return frameError(ctx, 400, "This checkout link is not valid.");
  }
  if (record.used) {
    return frameError(ctx, 400, "This checkout link has already been used.");
  }
  if (state.now() - record.issuedAt > knobs.redirectUrlTtlMs) {
    state.embedded.redirectTokens.delete(token);
    return frameError(ctx, 400, "This checkout link has expired.");
  }
  record.used = true;
  let cart: Cart;
  try {
    cart = liveCart(state, cartId);
  } catch {
    return frameError(ctx, 400, "This cart no longer exists.");
  }
  const customer = signedInCustomer(ctx);
  if (customer && cart.customerId !== customer.id) {
    await runOperation(ctx, "updateCart", [cart.id], { customer_id: customer.id });
  }
  const session = openSession(ctx, cart, q.get("embedded") === "1", customer);
  recordPageStep(ctx.stats, "loadInCheckout");
  return seeOther(`/embedded-checkout/checkout?session=${session.id}`);
}

function openSession(
  ctx: Ctx,
  cart: Cart,
  embedded: boolean,
  customer: { id: number; email: string } | undefined,
): CheckoutSession {
  const now = ctx.state.now();
  const { sessions } = ctx.state.embedded;
  for (const [id, s] of sessions) {
    if (now - s.createdAt > CHECKOUT_SESSION_TTL_MS) sessions.delete(id);
  }
  const session: CheckoutSession = {
    id: randomId(),
    cartId: cart.id,
    embedded,
    customerId: customer?.id ?? 0,
    customerEmail: customer?.email ?? "",
    step: "open",
    orderId: null,
    notice: null,
    signedOut: false,
    announced: false,
    completePosted: false,
    form: new Map(),
    pendingCard: null,
    createdAt: now,
  };
  sessions.set(session.id, session);
  return session;
}

function sessionOf(ctx: Ctx, id: string | null): CheckoutSession | undefined {
  const session = id ? ctx.state.embedded.sessions.get(id) : undefined;
  if (!session || ctx.state.now() - session.createdAt > CHECKOUT_SESSION_TTL_MS) return undefined;
  return session;
}

const sessionGone = (ctx: Ctx) =>
  html(
    ctx,
    404,
    "Checkout unavailable",
    errorBody("Checkout unavailable", "This checkout session has ended. Please start again."),
  );

// ---- the checkout page -----------------------------------------------------------------------

function checkoutPage(ctx: Ctx): Response {
  const session = sessionOf(ctx, ctx.url.searchParams.get("session"));
  if (!session) return sessionGone(ctx);
  const events: FrameEvent[] = [];
  if (!session.announced) {
    events.push({ type: "FRAME_LOADED", payload: { contentId: CONTENT_ID } });
    events.push({ type: "CHECKOUT_LOADED" });
    session.announced = true;
  }
  if (session.signedOut) {
    events.push({ type: "SIGNED_OUT" });
    session.signedOut = false;
  }
  if (session.step === "complete") {
    if (!session.completePosted) {
      events.push({ type: "CHECKOUT_COMPLETE" });
      session.completePosted = true;
    }
    const order = ctx.state.orders.get(session.orderId ?? -1);
    const body = thankYouBody(
      session.orderId ?? 0,
      order?.billing.email ?? "",
      ctx.state.embedded.siteUrl,
    );
    return html(ctx, 200, "Order confirmation", body, events);
  }
  if (session.step === "challenge" && session.pendingCard) {
    return html(
      ctx,
      200,
      "3-D Secure",
      challengeBody(session, session.pendingCard.number.slice(-4)),
      events,
    );
  }
  let cart: Cart;
  try {
    cart = liveCart(ctx.state, session.cartId);
  } catch {
    const message = "This cart no longer exists.";
    events.push({ type: "CHECKOUT_ERROR", payload: { message, type: "CartNotFound" } });
    return html(
      ctx,
      404,
      "Checkout unavailable",
      errorBody("Checkout unavailable", message),
      events,
    );
  }
  const notice = session.notice;
  if (notice?.postError) {
    events.push({
      type: "CHECKOUT_ERROR",
      payload: { message: notice.message, type: notice.type },
    });
  }
  const body = checkoutBody({
    session,
    priced: priced(ctx.state, cart),
    giftCertificates: cart.giftCertificates.map((g) => ({
      name: g.name,
      amountCents: g.amountCents,
    })),
    ships: shippedItems(ctx.state, cart).length > 0,
  });
  session.notice = null;
  return html(ctx, 200, "Checkout", body, events);
}

/** The cart's items that ship (physical products and custom items) as consignment line items. */
function retry(
  session: CheckoutSession,
  message: string,
  type: string,
  postError: boolean,
): Response {
  session.notice = { message, type, postError };
  session.step = "open";
  session.pendingCard = null;
  return seeOther(`/embedded-checkout/checkout?session=${session.id}`);
}

/** Billing, shipping and the order through the sandbox's checkout routes; answers the order id. */
function completePayment(ctx: Ctx, session: CheckoutSession, card: PendingCard): Response {
  const order = ctx.state.orders.get(session.orderId ?? -1);
  if (!order || order.statusId !== 0) {
    return retry(session, "This order can no longer be paid. Please start again.", "payment", true);
  }
  capturePayment(ctx.state, order, card);
  if (ctx.knobs.orderVisibleAfterMs > 0) {
    ctx.state.embedded.orderVisibleAt.set(
      order.id,
      ctx.state.now() + ctx.knobs.orderVisibleAfterMs,
    );
  }
  session.step = "complete";
  session.pendingCard = null;
  session.form = new Map();
  recordPageStep(ctx.stats, "orderPaid");
  return seeOther(`/embedded-checkout/checkout?session=${session.id}`);
}

async function pay(ctx: Ctx): Promise<Response> {
  const form = await formOf(ctx.request);
  const session = sessionOf(ctx, form.get("session") ?? null);
  if (!session) return sessionGone(ctx);
  if (session.step !== "open") return seeOther(`/embedded-checkout/checkout?session=${session.id}`);
  session.form = new Map([...form].filter(([k]) => !k.startsWith("card_") || k === "card_name"));
  let cart: Cart;
  try {
    cart = liveCart(ctx.state, session.cartId);
  } catch {
    return retry(session, "This cart no longer exists.", "CartNotFound", true);
  }
  const now = new Date(ctx.state.now());
  const card = cardOf(form);
  if (typeof card === "string") return retry(session, card, "validation", false);
  try {
    session.orderId = await placeOrder(ctx, session, cart, form);
  } catch (error) {
    if (error instanceof SandboxError) return retry(session, sentence(error), "validation", false);
    throw error;
  }
  const decline = declineFor(card.number, card.expiryMonth, card.expiryYear, now, [
    TEST_CARDS.success,
    TEST_CARDS.threeDSecure,
  ]);
  if (decline) {
    recordPageStep(ctx.stats, "paymentDeclined");
    return retry(session, decline.title, "payment", true);
  }
  if (card.number === TEST_CARDS.threeDSecure) {
    session.step = "challenge";
    session.pendingCard = card;
    recordPageStep(ctx.stats, "threeDSecureChallenge");
    return seeOther(`/embedded-checkout/checkout?session=${session.id}`);
  }
  return completePayment(ctx, session, card);
}

async function threeDSecure(ctx: Ctx): Promise<Response> {
  const form = await formOf(ctx.request);
  const session = sessionOf(ctx, form.get("session") ?? null);
  if (!session) return sessionGone(ctx);
  if (session.step !== "challenge" || !session.pendingCard) {
    return seeOther(`/embedded-checkout/checkout?session=${session.id}`);
  }
  if (form.get("outcome") === "complete") return completePayment(ctx, session, session.pendingCard);
  recordPageStep(ctx.stats, "threeDSecureFailed");
  return retry(
    session,
    "3-D Secure authentication failed. Your card was not charged. Please try again or use another card.",
    "payment",
    true,
  );
}

async function signOut(ctx: Ctx): Promise<Response> {
  const form = await formOf(ctx.request);
  const session = sessionOf(ctx, form.get("session") ?? null);
  if (!session) return sessionGone(ctx);
  const loginId = cookies(ctx.request).get(LOGIN_COOKIE);
  if (loginId) ctx.state.embedded.logins.delete(loginId);
  if (session.customerId !== 0 && session.step === "open") {
    const cart = ctx.state.carts.get(session.cartId);
    if (cart) await runOperation(ctx, "updateCart", [cart.id], { customer_id: 0 });
  }
  session.customerId = 0;
  session.customerEmail = "";
  session.signedOut = true;
  return seeOther(`/embedded-checkout/checkout?session=${session.id}`, {
    "set-cookie": `${LOGIN_COOKIE}=; Max-Age=0; ${cookieAttributes(ctx)}`,
  });
}
