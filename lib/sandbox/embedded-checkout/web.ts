// The checkout origin's HTTP plumbing: the request context, page and file responses with their
// security headers, and the cookies the pages read.
import type { SandboxKnobs } from "../http/knobs";
import type { Route } from "../http/routes";
import type { SandboxStats } from "../http/stats";
import type { SandboxState } from "../state";
import { LOGIN_COOKIE } from "./customer-login";
import { errorBody, page, type FrameEvent } from "./pages";

/** What the checkout pages read and change: the store, the knobs, the call log and the routes. */
export interface CheckoutParts {
  state: SandboxState;
  knobs: SandboxKnobs;
  stats: SandboxStats;
  routes: Route[];
}

export interface Ctx extends CheckoutParts {
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

export function html(
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

export function asset(text: string, type: string): Response {
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": type,
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}

export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, ...headers } });
}

export function notFound(ctx: Ctx): Response {
  return html(ctx, 404, "Not found", errorBody("Not found", "There is no such checkout page."));
}

/** A page that cannot show the checkout: FRAME_ERROR to "*" (the SDK then rejects its mount). */
export function frameError(ctx: Ctx, status: number, message: string): Response {
  return html(ctx, status, "Checkout unavailable", errorBody("Checkout unavailable", message), [
    { type: "FRAME_ERROR", payload: { message, type: "NotEmbeddableError" } },
  ]);
}

/** Cookie attributes: SameSite=None; Secure on an https checkout origin, Lax on http. */
export function cookieAttributes(ctx: Ctx): string {
  return ctx.origin.startsWith("https:")
    ? "Path=/; HttpOnly; SameSite=None; Secure"
    : "Path=/; HttpOnly; SameSite=Lax";
}

/** The request's cookies by name (first value wins). */
export function cookies(request: Request): Map<string, string> {
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
export function signedInCustomer(ctx: Ctx) {
  const id = cookies(ctx.request).get(LOGIN_COOKIE);
  const login = id ? ctx.state.embedded.logins.get(id) : undefined;
  return login ? ctx.state.customers.find((c) => c.id === login.customerId) : undefined;
}
