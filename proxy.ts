import { NextResponse, type NextRequest } from "next/server";
import { accessFor, openConfirmationLink } from "@/lib/confirmation/access";
import { LINK_STATE_HEADER } from "@/lib/confirmation/link-state";
import { notFoundDocument } from "@/app/_lib/not-found-documents";
import { LOCALE_COOKIE, negotiateLocale, supportedLocale } from "@/lib/i18n/negotiate";
import { logEvent } from "@/lib/log";
import { refusal } from "@/lib/request-guard";
import {
  isPaymentPage,
  newNonce,
  pagePolicy,
  permissionsPolicy,
  STATIC_PAGE_POLICY,
} from "@/lib/security-headers";
import {
  openSession,
  sealSession,
  sessionCookieName,
  sessionCookieOptions,
  type SessionData,
} from "@/lib/session";
import { getRuntime } from "@/lib/runtime";
import {
  CUSTOMER_STATE_HEADER,
  NONCE_HEADER,
  PATH_HEADER,
  PAYMENT_PAGE_HEADER,
} from "@/lib/request-headers";
import { customerState } from "@/lib/customer-session";

// Runs before every page. It gives the page a fresh CSP nonce (lib/security-headers.ts) and marks
// payment pages, which load no third-party script. On the confirmation route it also opens the
// link `/order-confirmation/{id}?t={token}` before the page: a valid token is used once and traded
// for a grant in the sealed session cookie, and the browser is sent to the same URL without `t`,
// so the credential leaves the address bar and history and reloads keep working. This works
// without JavaScript (a plain 303).

/** Headers for every response on the confirmation route: its URL can hold a credential. */
export function confirmationHeaders(headers: Headers): void {
  headers.set("Cache-Control", "private, no-store");
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("X-Robots-Tag", "noindex, nofollow");
}

/** Every page: a nonce and its policy; the confirmation route's link and wrong doors first. */
export async function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  // Only this proxy may say these: whatever a client sent under their names goes.
  for (const name of [
    LINK_STATE_HEADER,
    NONCE_HEADER,
    PAYMENT_PAGE_HEADER,
    CUSTOMER_STATE_HEADER,
    PATH_HEADER,
  ]) {
    requestHeaders.delete(name);
  }
  const { pathname } = request.nextUrl;
  const refused = await refusal(request, pathname);
  if (refused) {
    logEvent("request.refused", { reason: refused.reason, status: refused.status }, "warn");
    return new NextResponse(null, { status: refused.status });
  }
  const { sealed, legacy } = sessionCookieOf(request, requestHeaders);
  const session = await openSession(sealed);
  const renewed = await checkCustomer(session, requestHeaders);
  if (pathname.startsWith("/order-confirmation/")) {
    const answered = await confirmationRoute(request, requestHeaders, session);
    if (answered) return answered;
  }
  const { config } = getRuntime();
  const nonce = newNonce();
  const payment = isPaymentPage(pathname);
  const checkoutOrigin =
    config.checkout.mode === "embedded" && pathname === "/checkout"
      ? config.checkout.origin
      : undefined;
  const policy = pagePolicy({
    nonce,
    analytics: Boolean(config.gtmId) && !payment,
    imageOrigins: config.bigcommerce.apiUrl.startsWith("http:")
      ? [new URL(config.bigcommerce.apiUrl).origin]
      : [],
    development: config.development,
    checkoutOrigin,
  });
  requestHeaders.set(NONCE_HEADER, nonce);
  // Next.js reads the nonce for its own scripts from the request's policy.
  requestHeaders.set("Content-Security-Policy", policy);
  if (payment) requestHeaders.set(PAYMENT_PAGE_HEADER, "1");
  requestHeaders.set(PATH_HEADER, pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const permissions = permissionsPolicy(checkoutOrigin);
  if (permissions) response.headers.set("Permissions-Policy", permissions);
  if (pathname.startsWith("/order-confirmation/")) confirmationHeaders(response.headers);
  if (renewed ?? legacy) {
    response.cookies.set(sessionCookieName(), (renewed ?? legacy)!, sessionCookieOptions());
  }
  if (legacy) response.cookies.delete(LEGACY_SESSION_COOKIE);
  return response;
}

/** The cookie name sessions had before production used `__Host-sf_session`. */
const LEGACY_SESSION_COOKIE = "sf_session";

/**
 * The session cookie, and (`legacy`) its value when it still came under the name used before the
 * `__Host-` prefix: carried over once, so a deploy does not lose shoppers' carts and order grants
 * (the page sees it under the new name at once; the response moves it).
 */
function sessionCookieOf(request: NextRequest, requestHeaders: Headers) {
  const name = sessionCookieName();
  const sealed = request.cookies.get(name)?.value;
  if (sealed || name === LEGACY_SESSION_COOKIE) return { sealed, legacy: undefined };
  const legacy = request.cookies.get(LEGACY_SESSION_COOKIE)?.value;
  if (legacy) {
    const cookie = requestHeaders.get("cookie") ?? "";
    requestHeaders.set("cookie", `${cookie}; ${name}=${legacy}`);
  }
  return { sealed: legacy, legacy };
}

/**
 * Checks a signed-in session (lib/customer-session.ts) and tells the page through
 * CUSTOMER_STATE_HEADER. Returns the session sealed anew when its cookie must change: signed out
 * (elsewhere, or idle), or its `seen` renewed. `session` is updated in place.
 */
async function checkCustomer(session: SessionData, requestHeaders: Headers) {
  if (!session.customer) return undefined;
  const state = await customerState(getRuntime().kv, session.customer);
  const signedIn = state === "current" || state === "stale";
  requestHeaders.set(CUSTOMER_STATE_HEADER, signedIn ? "current" : "ended");
  if (state === "current" || state === "unknown") return undefined;
  if (state === "ended") delete session.customer;
  else session.customer = { ...session.customer, seen: Math.floor(Date.now() / 1000) };
  return sealSession(session);
}

/**
 * Opens a confirmation link (token → grant, 303 to the clean URL) and answers every wrong door on
 * the confirmation route with the prebuilt 404, before the page renders or BigCommerce is asked.
 * Undefined when the page should render (a spent or unchecked link is marked in `requestHeaders`).
 */
async function confirmationRoute(
  request: NextRequest,
  requestHeaders: Headers,
  session: SessionData,
): Promise<NextResponse | undefined> {
  const token = request.nextUrl.searchParams.get("t");
  const rawOrderId = request.nextUrl.pathname.split("/")[2] ?? "";

  if (token !== null && request.method === "GET") {
    const outcome = await openConfirmationLink(getRuntime(), rawOrderId, token, session);
    logEvent("confirmation.link", {
      outcome: outcome.kind,
      orderId: outcome.kind === "granted" ? outcome.orderId : undefined,
    });
    if (outcome.kind === "granted") {
      const clean = new URL(`/order-confirmation/${outcome.orderId}`, request.nextUrl);
      const response = NextResponse.redirect(clean, 303);
      response.cookies.set(sessionCookieName(), outcome.sealedSession, sessionCookieOptions());
      confirmationHeaders(response.headers);
      return response;
    }
    // A spent link is explained by the page; one the ledger could not check is retried there.
    if (outcome.kind === "spent" || outcome.kind === "unavailable") {
      requestHeaders.set(LINK_STATE_HEADER, outcome.kind);
    }
  }
  // No grant for this order and nobody signed in (and no link the page explains): the same 404
  // for every wrong door, answered here without rendering the page.
  if (!requestHeaders.has(LINK_STATE_HEADER) && accessFor(rawOrderId, session).kind === "none") {
    return notFound(request);
  }
  return undefined;
}

/** The prebuilt 404 document (rendered once per locale from the React 404's components). */
function notFound(request: NextRequest) {
  const locale =
    supportedLocale(request.cookies.get(LOCALE_COOKIE)?.value) ??
    negotiateLocale(request.headers.get("accept-language"));
  const response = new NextResponse(
    notFoundDocument(locale, getRuntime().config.mode === "sandbox"),
    {
      status: 404,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        // As next.config.mjs sets for every page, since this response does not pass through it.
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": STATIC_PAGE_POLICY,
      },
    },
  );
  confirmationHeaders(response.headers);
  logEvent("confirmation.viewed", { outcome: "not-found" });
  return response;
}

// Every page, and nothing else: not Next.js's static files and images, and not the route handlers
// under /api (they answer JSON, not pages). Prefetches included: every request a page renders for
// passes here, so none can carry headers only the proxy may set (literal values: Next.js reads
// this config at build time).
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|sandbox/products/).*)"],
};
