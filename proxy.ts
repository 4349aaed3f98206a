import { NextResponse, type NextRequest } from "next/server";
import { accessFor, openConfirmationLink } from "@/lib/confirmation/access";
import { LINK_STATE_HEADER } from "@/lib/confirmation/link-state";
import { notFoundDocument } from "@/app/_lib/not-found-documents";
import { negotiateLocale } from "@/lib/i18n";
import { logEvent } from "@/lib/log";
import { openSession, SESSION_COOKIE, sessionCookieOptions } from "@/lib/session";
import { getRuntime } from "@/lib/runtime";

// The confirmation link `/order-confirmation/{id}?t={token}` is opened here, before the page:
// a valid token is used once and traded for a grant in the sealed session cookie, and the browser
// is sent to the same URL without `t`, so the credential leaves the address bar and history and
// reloads keep working. This works without JavaScript (a plain 303).

/** Headers for every response on the confirmation route: its URL can hold a credential. */
export function confirmationHeaders(headers: Headers): void {
  headers.set("Cache-Control", "private, no-store");
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("X-Robots-Tag", "noindex, nofollow");
}

/**
 * Opens a confirmation link (token → grant, 303 to the clean URL) and answers every wrong door on
 * the confirmation route with the prebuilt 404, before the page renders or BigCommerce is asked.
 */
export async function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(LINK_STATE_HEADER);
  const token = request.nextUrl.searchParams.get("t");
  const rawOrderId = request.nextUrl.pathname.split("/")[2] ?? "";

  const session = await openSession(request.cookies.get(SESSION_COOKIE)?.value);

  if (token !== null && request.method === "GET") {
    const outcome = await openConfirmationLink(getRuntime(), rawOrderId, token, session);
    logEvent("confirmation.link", {
      outcome: outcome.kind,
      orderId: outcome.kind === "granted" ? outcome.orderId : undefined,
    });
    if (outcome.kind === "granted") {
      const clean = new URL(`/order-confirmation/${outcome.orderId}`, request.nextUrl);
      const response = NextResponse.redirect(clean, 303);
      response.cookies.set(SESSION_COOKIE, outcome.sealedSession, sessionCookieOptions());
      confirmationHeaders(response.headers);
      return response;
    }
    if (outcome.kind === "spent") requestHeaders.set(LINK_STATE_HEADER, "spent");
  }
  // No grant for this order and nobody signed in (and not a spent link, which is explained by the
  // page): the same 404 for every wrong door, answered here without rendering the page.
  if (
    requestHeaders.get(LINK_STATE_HEADER) !== "spent" &&
    accessFor(rawOrderId, session).kind === "none"
  ) {
    return notFound(request);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  confirmationHeaders(response.headers);
  return response;
}

/** The prebuilt 404 document (rendered once per locale from the React 404's components). */
function notFound(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const response = new NextResponse(
    notFoundDocument(locale, getRuntime().config.mode === "sandbox"),
    {
      status: 404,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        // As next.config.mjs sets for every page, since this response does not pass through it.
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      },
    },
  );
  confirmationHeaders(response.headers);
  logEvent("confirmation.viewed", { outcome: "not-found" });
  return response;
}

// proxy.ts runs only where it has work (literal values: Next.js reads this config at build time).
// A view with a session cookie and no link goes straight to the page, which checks the grant or
// the signed-in customer itself and answers 404 the same way.
export const config = {
  matcher: [
    // A confirmation link being opened.
    { source: "/order-confirmation/:orderId", has: [{ type: "query", key: "t" }] },
    // No session: nothing can authorize the view, so the prebuilt 404 answers it.
    { source: "/order-confirmation/:orderId", missing: [{ type: "cookie", key: "sf_session" }] },
    // A request carrying the link-state header itself: only proxy.ts may set it.
    {
      source: "/order-confirmation/:orderId",
      has: [{ type: "header", key: "x-confirmation-link" }],
    },
  ],
};
