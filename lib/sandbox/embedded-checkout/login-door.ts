// The checkout origin's doors for the storefront: the customer login JWT (getCustomerLogin), the
// first-visit cookie hand-shake of embedded checkout, and the account page a login lands on.
import { recordPageStep } from "../http/stats";
import { LOGIN_COOKIE, LoginTokenError, verifyCustomerLogin } from "./customer-login";
import { accountBody, errorBody } from "./pages";
import { originOf } from "./state";
import { cookieAttributes, html, seeOther, signedInCustomer, type Ctx } from "./web";

/** The cookie the first-visit hand-shake sets on the checkout origin. */
export const ALLOW_COOKIE = "SANDBOX_COOKIE_ALLOWED";
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

export async function customerLogin(ctx: Ctx): Promise<Response> {
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
  // A JWT is base64url and dots: nothing to decode (a malformed %-escape is just a bad token).
  const token = ctx.url.pathname.slice("/login/token/".length);
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

export function allowCookie(ctx: Ctx): Response {
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

export function account(ctx: Ctx): Response {
  const customer = signedInCustomer(ctx);
  if (!customer) {
    return html(ctx, 401, "My account", errorBody("My account", "You are not signed in."));
  }
  return html(ctx, 200, "My account", accountBody(`${customer.firstName} ${customer.lastName}`));
}
