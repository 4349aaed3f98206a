// The sandbox's checkout origin (not a BigCommerce API; an emulation of the pages BigCommerce
// serves on a store's checkout domain, docs/bigcommerce.md §20): the cart redirect links, the
// checkout form with its 3-D Secure step, the customer login JWT door, the first-visit cookie
// hand-shake of embedded checkout, and the static files those pages load. The checkout reuses the
// sandbox's own checkout, order and payment rules, so its orders are like those the app places.
import { OPERATIONS, operationPath, type OperationId } from "../../bigcommerce/operations";
import { liveCart } from "../carts";
import { findProduct } from "../catalog";
import { SandboxError } from "../errors";
import { bodyReader } from "../http/request";
import type { SandboxKnobs } from "../http/knobs";
import type { Route } from "../http/routes";
import { recordPageStep, type SandboxStats } from "../http/stats";
import { capturePayment, declineFor } from "../payments";
import { priced } from "../pricing";
import { TEST_CARDS } from "../seed";
import type { Address, Cart, SandboxState } from "../state";
import { CHECKOUT_CSS, CHECKOUT_SCRIPT, iframeResizerContentScript } from "./assets";
import { LOGIN_COOKIE, LoginTokenError, verifyCustomerLogin } from "./customer-login";
import {
  accountBody,
  challengeBody,
  checkoutBody,
  CONTENT_ID,
  errorBody,
  page,
  thankYouBody,
  type FrameEvent,
} from "./pages";
import { originOf, randomId, type CheckoutSession, type PendingCard } from "./state";

/** What the checkout pages read and change: the store, the knobs, the call log and the routes. */
export interface CheckoutParts {
  state: SandboxState;
  knobs: SandboxKnobs;
  stats: SandboxStats;
  routes: Route[];
}

/** The cookie the first-visit hand-shake sets on the checkout origin. */
export const ALLOW_COOKIE = "SANDBOX_COOKIE_ALLOWED";
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
interface Ctx extends CheckoutParts {
  url: URL;
  request: Request;
  origin: string;
}

// ---- responses -------------------------------------------------------------------------------

/** The pages' policy: own scripts and styles only, framed only by the channel's site URL. */
function contentSecurityPolicy(siteUrl: string | null): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${siteUrl ?? "'none'"}`,
  ].join("; ");
}

function html(
  ctx: Ctx,
  status: number,
  title: string,
  body: string,
  events: FrameEvent[] = [],
  headers: Record<string, string> = {},
): Response {
  const siteUrl = ctx.state.embedded.siteUrl;
  return new Response(page(title, body, siteUrl, events), {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy(siteUrl),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      ...headers,
    },
  });
}

function asset(text: string, type: string): Response {
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": type,
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}

function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, ...headers } });
}

function notFound(ctx: Ctx): Response {
  return html(ctx, 404, "Not found", errorBody("Not found", "There is no such checkout page."));
}

/** A page that cannot show the checkout: FRAME_ERROR to "*" (the SDK then rejects its mount). */
function frameError(ctx: Ctx, status: number, message: string): Response {
  return html(ctx, status, "Checkout unavailable", errorBody("Checkout unavailable", message), [
    { type: "FRAME_ERROR", payload: { message, type: "NotEmbeddableError" } },
  ]);
}

/** Cookie attributes: SameSite=None; Secure on an https checkout origin, Lax on http. */
function cookieAttributes(ctx: Ctx): string {
  return ctx.origin.startsWith("https:")
    ? "Path=/; HttpOnly; SameSite=None; Secure"
    : "Path=/; HttpOnly; SameSite=Lax";
}

/** The request's cookies by name (first value wins). */
function cookies(request: Request): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (!jar.has(name)) jar.set(name, part.slice(at + 1).trim());
  }
  return jar;
}

/** The customer signed in on this browser (login cookie), if any. */
function signedInCustomer(ctx: Ctx) {
  const id = cookies(ctx.request).get(LOGIN_COOKIE);
  const login = id ? ctx.state.embedded.logins.get(id) : undefined;
  return login ? ctx.state.customers.find((c) => c.id === login.customerId) : undefined;
}

// ---- the sandbox's own operations, called in-process ----------------------------------------

/**
 * Runs the sandbox's route for `operation` directly (no auth, quota, faults or call log: this is
 * the store's checkout, not an API client) and answers its JSON body. Throws its SandboxError.
 */
async function runOperation(
  ctx: Ctx,
  operation: OperationId,
  params: string[],
  body?: unknown,
): Promise<unknown> {
  const found = ctx.routes.find((r) => r.operation === operation);
  if (!found) throw new Error(`no sandbox route for ${operation}`);
  const url = new URL(
    `/stores/${ctx.state.storeHash}${operationPath(operation, ...params)}`,
    ctx.origin,
  );
  const request = new Request(url, {
    method: OPERATIONS[operation].method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await found.run({
    state: ctx.state,
    params: params.map((p) => encodeURIComponent(p)),
    url,
    request,
    body: bodyReader(request),
  });
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** A SandboxError as one sentence for the shopper: its detail and its field messages. */
function sentence(error: SandboxError): string {
  const fields = error.errors ? Object.values(error.errors) : [];
  return [error.detail ?? error.title, ...fields].join(" ");
}

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
function shippedItems(state: SandboxState, cart: Cart): { item_id: string; quantity: number }[] {
  return [
    ...cart.lineItems
      .filter((l) => findProduct(state, l.productId)?.type !== "digital")
      .map((l) => ({ item_id: l.id, quantity: l.quantity })),
    ...cart.customItems.map((c) => ({ item_id: c.id, quantity: c.quantity })),
  ];
}

// ---- placing the order -----------------------------------------------------------------------

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address1",
  "address2",
  "city",
  "state_or_province",
  "country_code",
  "postal_code",
  "phone",
] as const;

/** The form fields the checkout reads; anything else in a post is ignored. */
const FORM_FIELDS = new Set([
  "session",
  "email",
  "same_as_billing",
  "shipping_option_id",
  "card_number",
  "card_name",
  "card_expiry",
  "card_cvv",
  "outcome",
  ...ADDRESS_FIELDS.map((f) => `billing_${f}`),
  ...ADDRESS_FIELDS.map((f) => `shipping_${f}`),
]);

/** The posted form's known fields, trimmed and cut to 200 characters. */
async function formOf(request: Request): Promise<Map<string, string>> {
  const params = new URLSearchParams(await request.text());
  const form = new Map<string, string>();
  for (const [key, value] of params) {
    if (FORM_FIELDS.has(key) && !form.has(key)) form.set(key, value.trim().slice(0, 200));
  }
  return form;
}

function addressOf(form: Map<string, string>, prefix: string, email: string): Address {
  const f = (name: string) => form.get(`${prefix}${name}`) ?? "";
  return {
    first_name: f("first_name"),
    last_name: f("last_name"),
    email,
    company: f("company"),
    address1: f("address1"),
    address2: f("address2"),
    city: f("city"),
    state_or_province: f("state_or_province"),
    state_or_province_code: "",
    country_code: f("country_code").toUpperCase(),
    postal_code: f("postal_code"),
    phone: f("phone"),
  };
}

/** The card as typed, or a sentence saying what is wrong with it. */
function cardOf(form: Map<string, string>): PendingCard | string {
  const number = (form.get("card_number") ?? "").replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number)) return "Please enter a valid card number.";
  const expiry = (form.get("card_expiry") ?? "").match(/^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/);
  const month = expiry ? Number(expiry[1]) : 0;
  if (!expiry || month < 1 || month > 12) return "Please enter the expiration date as MM/YY.";
  const year = expiry[2].length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
  if (!/^\d{3,4}$/.test(form.get("card_cvv") ?? ""))
    return "Please enter the card's security code.";
  return { number, expiryMonth: month, expiryYear: year };
}

/** Redisplays the form with `message` (posted as CHECKOUT_ERROR when `postError`). */
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
async function placeOrder(
  ctx: Ctx,
  session: CheckoutSession,
  cart: Cart,
  form: Map<string, string>,
): Promise<number> {
  const email = session.customerEmail || (form.get("email") ?? "");
  if (!email.includes("@"))
    throw new SandboxError(422, "Invalid input", "Please enter a valid email address.");
  const billing = addressOf(form, "billing_", email);
  if (!billing.first_name || !billing.last_name || !billing.address1 || !billing.city) {
    throw new SandboxError(422, "Invalid input", "Please complete the billing address.");
  }
  if (cart.billing) {
    await runOperation(ctx, "updateCheckoutBillingAddress", [cart.id, cart.billing.id], billing);
  } else {
    await runOperation(ctx, "addCheckoutBillingAddress", [cart.id], billing);
  }
  const items = shippedItems(ctx.state, cart);
  if (items.length) {
    const address =
      (form.get("same_as_billing") ?? "") === "1" ? billing : addressOf(form, "shipping_", email);
    if (!address.first_name || !address.last_name || !address.address1 || !address.city) {
      throw new SandboxError(422, "Invalid input", "Please complete the shipping address.");
    }
    const existing = cart.consignments[0];
    if (existing) {
      await runOperation(ctx, "updateCheckoutConsignment", [cart.id, existing.id], {
        address,
        line_items: items,
      });
    } else {
      await runOperation(
        ctx,
        "addCheckoutConsignment",
        [cart.id],
        [{ address, line_items: items }],
      );
    }
    await runOperation(ctx, "updateCheckoutConsignment", [cart.id, cart.consignments[0].id], {
      shipping_option_id: form.get("shipping_option_id") ?? "",
    });
  }
  const created = (await runOperation(ctx, "createOrder", [cart.id])) as { data: { id: number } };
  return created.data.id;
}

/** Pays `session`'s order with `card`: captured, held back from lists per the knob, "Thank you". */
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

// ---- customer login, cookie hand-shake, account ----------------------------------------------

/** CORS headers for a request from the channel's site URL (none for any other origin). */
function corsHeaders(ctx: Ctx): Record<string, string> {
  const origin = ctx.request.headers.get("origin");
  const siteUrl = ctx.state.embedded.siteUrl;
  if (!origin || !siteUrl || origin !== siteUrl) return { vary: "Origin" };
  return {
    "access-control-allow-origin": siteUrl,
    "access-control-allow-credentials": "true",
    vary: "Origin",
  };
}

function loginJson(ctx: Ctx, status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json",
      "cache-control": "no-store",
      ...corsHeaders(ctx),
      ...headers,
    },
  });
}

async function customerLogin(ctx: Ctx): Promise<Response> {
  const { request, state } = ctx;
  const origin = request.headers.get("origin");
  const foreign = origin !== null && origin !== state.embedded.siteUrl && origin !== ctx.origin;
  if (request.method === "OPTIONS") {
    if (foreign || !origin) return new Response(null, { status: 403, headers: { vary: "Origin" } });
    return new Response(null, {
      status: 204,
      headers: {
        ...corsHeaders(ctx),
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "Accept, Content-Type, X-XSRF-TOKEN",
        "access-control-max-age": "600",
      },
    });
  }
  if (request.method !== "GET" && request.method !== "POST") {
    return new Response(null, { status: 405, headers: { allow: "GET, POST, OPTIONS" } });
  }
  const isPost = request.method === "POST";
  if (foreign) {
    const message = "Logins are accepted only from the store's site URL.";
    return isPost
      ? loginJson(ctx, 403, { status: 403, title: "Forbidden", detail: message })
      : html(ctx, 403, "Login failed", errorBody("Login failed", message));
  }
  const token = decodeURIComponent(ctx.url.pathname.slice("/login/token/".length));
  try {
    const login = await verifyCustomerLogin(state, token, ctx.origin);
    recordPageStep(ctx.stats, "customerLogin");
    const cookie = `${LOGIN_COOKIE}=${login.sessionId}; ${cookieAttributes(ctx)}`;
    if (isPost)
      return loginJson(ctx, 200, { redirectUrl: login.redirectUrl }, { "set-cookie": cookie });
    return new Response(null, {
      status: 302,
      headers: { location: login.redirectUrl, "set-cookie": cookie, "cache-control": "no-store" },
    });
  } catch (error) {
    if (!(error instanceof LoginTokenError)) throw error;
    const title = "Invalid login token";
    return isPost
      ? loginJson(ctx, error.status, { status: error.status, title, detail: error.message })
      : html(ctx, error.status, "Login failed", errorBody(title, error.message));
  }
}

function allowCookie(ctx: Ctx): Response {
  const returnUrl = ctx.url.searchParams.get("returnUrl") ?? "";
  const siteUrl = ctx.state.embedded.siteUrl;
  if (!siteUrl || originOf(returnUrl) !== siteUrl) {
    return html(
      ctx,
      400,
      "Invalid return URL",
      errorBody("Invalid return URL", "The return URL is not on the store's site URL."),
    );
  }
  return seeOther(returnUrl, {
    "set-cookie": `${ALLOW_COOKIE}=1; Max-Age=31536000; ${cookieAttributes(ctx)}`,
    "cache-control": "no-store",
  });
}

function account(ctx: Ctx): Response {
  const customer = signedInCustomer(ctx);
  if (!customer) {
    return html(ctx, 401, "My account", errorBody("My account", "You are not signed in."));
  }
  return html(ctx, 200, "My account", accountBody(`${customer.firstName} ${customer.lastName}`));
}
