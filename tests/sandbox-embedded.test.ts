// The sandbox's emulated embedded checkout over real HTTP: cart redirect URLs (checked against
// BigCommerce's OpenAPI file), single-use and expiring redirect tokens, the checkout pages and the
// events they post, paying with the test cards (3-D Secure included), the customer login JWT, the
// first-visit cookie hand-shake, the site URL control and the order-visibility knob.
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSandbox,
  sandboxFetch,
  SANDBOX_ACCESS_TOKEN,
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SANDBOX_STORE_HASH,
  TEST_CARDS,
} from "@/lib/sandbox";
import { listenForCheckout, startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";
import { checkResponse, findOperation, openApiAvailable, relaxed } from "./support/openapi";

const SITE = "http://localhost:3999";

/**
 * F28: the redirect URLs' documented `format: url` (ajv-formats) refuses loopback hosts and hosts
 * without a top-level domain, where the sandbox's checkout origin lives; they are checked as `uri`.
 */
const urlAsUri = (schema: unknown): unknown =>
  relaxed(JSON.parse(JSON.stringify(schema).replace(/"format":"url"/g, '"format":"uri"')));
let server: SandboxServer;
const failures: string[] = [];
let validated = 0;

/** Calls the sandbox store's API and checks a success answer against BigCommerce's spec. */
async function api(method: string, apiPath: string, body?: unknown) {
  const response = await fetch(`${server.url}/stores/${SANDBOX_STORE_HASH}${apiPath}`, {
    method,
    headers: {
      "X-Auth-Token": SANDBOX_ACCESS_TOKEN,
      accept: "application/json",
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  const found = findOperation(method, apiPath.split("?")[0]);
  if (openApiAvailable() && found && response.status !== 204) {
    const check = checkResponse(found, response.status, json, urlAsUri);
    if (check !== "undocumented") validated += 1;
    if (check && check !== "undocumented" && !check.ok) {
      failures.push(`${method} ${apiPath} ${response.status}: ${check.errors}`);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of documented JSON
  return { status: response.status, body: json as any };
}

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of control JSON
  return { status: response.status, body: (await response.json()) as any };
}

async function newCart(items = [{ product_id: 111, quantity: 2 }]): Promise<string> {
  const created = await api("POST", "/v3/carts", { line_items: items });
  expect(created.status).toBe(201);
  return created.body.data.id;
}

async function redirectUrls(cartId: string) {
  const answer = await api("POST", `/v3/carts/${cartId}/redirect_urls`);
  expect(answer.status).toBe(201);
  return answer.body.data as {
    cart_url: string;
    checkout_url: string;
    embedded_checkout_url: string;
  };
}

/** A GET or form POST to the checkout origin that does not follow redirects. */
async function visit(url: string, init: { form?: Record<string, string>; cookie?: string } = {}) {
  const absolute = new URL(url, server.url).href;
  const response = await fetch(absolute, {
    method: init.form ? "POST" : "GET",
    redirect: "manual",
    headers: {
      ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  const html = await response.text();
  return { response, html, location: response.headers.get("location") };
}

/** The events a page will post to its parent (its JSON config block). */
function eventsOf(html: string): { type: string; payload?: Record<string, unknown> }[] {
  const block = html.match(
    /<script type="application\/json" id="checkout-config">(.*?)<\/script>/s,
  );
  expect(block, "config block").not.toBeNull();
  return JSON.parse(block![1]).events;
}

function parentOriginOf(html: string): string | null {
  const block = html.match(
    /<script type="application\/json" id="checkout-config">(.*?)<\/script>/s,
  );
  return JSON.parse(block![1]).parentOrigin;
}

/** Opens a redirect URL: the 303 to the checkout page, then that page. */
async function openCheckout(link: string, cookie?: string) {
  const load = await visit(link, { cookie });
  expect(load.response.status).toBe(303);
  const sessionUrl = load.location!;
  const session = new URL(sessionUrl, server.url).searchParams.get("session")!;
  const checkout = await visit(sessionUrl, { cookie });
  return { session, sessionUrl, ...checkout };
}

function payment(session: string, card: string, more: Record<string, string> = {}) {
  return {
    session,
    email: "grace@example.com",
    billing_first_name: "Grace",
    billing_last_name: "Hopper",
    billing_address1: "1 Compiler Way",
    billing_city: "Arlington",
    billing_state_or_province: "VA",
    billing_country_code: "US",
    billing_postal_code: "22201",
    same_as_billing: "1",
    shipping_option_id: "5f1c0e7a9b3d4c2e8a6f0b1d2c3e4f50",
    card_number: card,
    card_name: "Grace Hopper",
    card_expiry: "12/34",
    card_cvv: "123",
    ...more,
  };
}

/** Pays on the page and follows the 303 back to the checkout page. */
async function pay(session: string, sessionUrl: string, card: string, more = {}, cookie?: string) {
  const posted = await visit("/embedded-checkout/pay", {
    form: payment(session, card, more),
    cookie,
  });
  expect(posted.response.status).toBe(303);
  expect(posted.location).toBe(sessionUrl);
  return visit(sessionUrl, { cookie });
}

async function ordersOf(cartId: string) {
  return api("GET", `/v2/orders?cart_id=${cartId}`);
}

async function loginToken(claims: Record<string, unknown> = {}, secret = SANDBOX_CLIENT_SECRET) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: SANDBOX_CLIENT_ID,
    iat: now,
    jti: randomUUID(),
    operation: "customer_login",
    store_hash: SANDBOX_STORE_HASH,
    customer_id: 7,
    redirect_to: "/account.php",
    ...claims,
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode(secret));
}

async function login(token: string, origin: string | null = SITE, method = "POST") {
  return fetch(`${server.url}/login/token/${token}`, {
    method,
    redirect: "manual",
    headers: { accept: "application/json, text/plain, */*", ...(origin ? { origin } : {}) },
  });
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, siteUrl: SITE, knobs: { quota: 100_000 } });
});
afterAll(() => server?.close());

describe("cart redirect URLs (createCartRedirectURL)", () => {
  it("answers 201 with three absolute single-token URLs on the checkout origin", async () => {
    const cartId = await newCart();
    const urls = await redirectUrls(cartId);
    const token = new URL(urls.embedded_checkout_url).searchParams.get("token");
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(urls.embedded_checkout_url).toBe(
      `${server.url}/cart.php?embedded=1&action=loadInCheckout&id=${cartId}&token=${token}`,
    );
    expect(urls.checkout_url).toBe(
      `${server.url}/cart.php?action=loadInCheckout&id=${cartId}&token=${token}`,
    );
    expect(urls.cart_url).toBe(`${server.url}/cart.php?action=load&id=${cartId}&token=${token}`);
  });

  it("is validated against the OpenAPI response schema and answers 404 for an unknown cart", async () => {
    const unknown = await api("POST", `/v3/carts/${randomUUID()}/redirect_urls`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, title: "Cart not found" });
    const cartId = await newCart();
    await api("POST", `/v3/carts/${cartId}/redirect_urls`, { query_params: { utm: "embed" } });
    if (openApiAvailable()) expect(validated).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it("appends query_params with string values", async () => {
    const cartId = await newCart();
    const answer = await api("POST", `/v3/carts/${cartId}/redirect_urls`, {
      query_params: { utm_source: "app", ignored: 5 },
    });
    const url = new URL(answer.body.data.checkout_url);
    expect(url.searchParams.get("utm_source")).toBe("app");
    expect(url.searchParams.has("ignored")).toBe(false);
  });

  it("points at the checkoutOrigin option", async () => {
    const other = await startSandboxServer({
      port: 0,
      siteUrl: SITE,
      checkoutOrigin: "http://localhost:4777/",
    });
    try {
      const created = await fetch(`${other.url}/stores/${SANDBOX_STORE_HASH}/v3/carts`, {
        method: "POST",
        headers: { "X-Auth-Token": SANDBOX_ACCESS_TOKEN, "content-type": "application/json" },
        body: JSON.stringify({ line_items: [{ product_id: 111, quantity: 1 }] }),
      });
      const cartId = (await created.json()).data.id;
      const urls = await fetch(
        `${other.url}/stores/${SANDBOX_STORE_HASH}/v3/carts/${cartId}/redirect_urls`,
        { method: "POST", headers: { "X-Auth-Token": SANDBOX_ACCESS_TOKEN } },
      );
      const body = await urls.json();
      expect(body.data.embedded_checkout_url).toMatch(
        /^http:\/\/localhost:4777\/cart\.php\?embedded=1&/,
      );
    } finally {
      await other.close();
    }
  });
});

describe("listenForCheckout (the in-process sandbox's checkout origin)", () => {
  it("serves an existing sandbox on its own port and points the redirect URLs at it", async () => {
    const sandbox = createSandbox({
      storeHash: SANDBOX_STORE_HASH,
      accessToken: SANDBOX_ACCESS_TOKEN,
      siteUrl: SITE,
    });
    const door = sandboxFetch(sandbox);
    const listener = await listenForCheckout(sandbox, { port: 0 });
    try {
      expect(listener.checkoutOrigin).toBe(listener.url);
      const call = async (path: string, body: unknown) => {
        const response = await door(`http://sandbox.internal/stores/${SANDBOX_STORE_HASH}${path}`, {
          method: "POST",
          headers: { "X-Auth-Token": SANDBOX_ACCESS_TOKEN, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        return (await response.json()).data;
      };
      const cart = await call("/v3/carts", { line_items: [{ product_id: 111, quantity: 1 }] });
      const urls = await call(`/v3/carts/${cart.id}/redirect_urls`, {});
      expect(urls.embedded_checkout_url.startsWith(`${listener.url}/cart.php?embedded=1&`)).toBe(
        true,
      );
      const load = await fetch(urls.embedded_checkout_url, { redirect: "manual" });
      expect(load.status).toBe(303);
      const page = await fetch(new URL(load.headers.get("location")!, listener.url));
      expect(await page.text()).toContain("1 × Stoneware Coffee Mug");
      await expect(
        listenForCheckout(sandbox, { port: 0, checkoutOrigin: "not a url" }),
      ).rejects.toThrow(/checkoutOrigin/);
    } finally {
      await listener.close();
    }
  });
});

describe("redirect tokens", () => {
  it("are single-use across the three URLs, and a used one posts FRAME_ERROR to '*'", async () => {
    const cartId = await newCart();
    const urls = await redirectUrls(cartId);
    const first = await visit(urls.embedded_checkout_url);
    expect(first.response.status).toBe(303);
    expect(first.location).toMatch(/^\/embedded-checkout\/checkout\?session=[0-9a-f]{32}$/);
    for (const again of [urls.embedded_checkout_url, urls.checkout_url]) {
      const refused = await visit(again);
      expect(refused.response.status).toBe(400);
      expect(refused.html).toContain("already been used");
      expect(eventsOf(refused.html)).toEqual([
        {
          type: "FRAME_ERROR",
          payload: {
            message: "This checkout link has already been used.",
            type: "NotEmbeddableError",
          },
        },
      ]);
    }
  });

  it("expire after redirectUrlTtlMs, refuse a token of another cart and an unknown token", async () => {
    const cartId = await newCart();
    expect((await control("POST", "/__sandbox/knobs", { redirectUrlTtlMs: 50 })).status).toBe(200);
    try {
      const urls = await redirectUrls(cartId);
      await new Promise((r) => setTimeout(r, 120));
      const expired = await visit(urls.embedded_checkout_url);
      expect(expired.response.status).toBe(400);
      expect(expired.html).toContain("has expired");
      expect(eventsOf(expired.html)[0].type).toBe("FRAME_ERROR");
    } finally {
      await control("POST", "/__sandbox/knobs", { redirectUrlTtlMs: 120_000 });
    }
    const other = await newCart();
    const token = new URL((await redirectUrls(other)).checkout_url).searchParams.get("token")!;
    const swapped = await visit(`/cart.php?action=loadInCheckout&id=${cartId}&token=${token}`);
    expect(swapped.response.status).toBe(400);
    const unknown = await visit(
      `/cart.php?action=loadInCheckout&id=${cartId}&token=${"0".repeat(64)}`,
    );
    expect(unknown.response.status).toBe(400);
    expect(unknown.html).toContain("not valid");
  });
});

describe("the embedded checkout page", () => {
  it("renders the cart with a strict CSP framed only by the site URL, and announces itself once", async () => {
    const cartId = await newCart([
      { product_id: 111, quantity: 2 },
      { product_id: 119, quantity: 1 },
    ]);
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
    expect(page.response.status).toBe(200);
    const csp = page.response.headers.get("content-security-policy")!;
    expect(csp).toContain(`frame-ancestors ${SITE}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(page.html).toContain("2 × Stoneware Coffee Mug");
    expect(page.html).toContain("1 × Field Guide to Coffee (e-book)");
    expect(page.html).toContain("Shipping method");
    expect(page.html).toContain(
      '<main id="checkout-app" aria-label="Checkout" data-iframe-height>',
    );
    expect(page.html).toContain('<script src="/embedded-checkout/iframe-resizer.js"></script>');
    expect(page.html).not.toMatch(/<script>|style="/);
    expect(parentOriginOf(page.html)).toBe(SITE);
    expect(eventsOf(page.html)).toEqual([
      { type: "FRAME_LOADED", payload: { contentId: "checkout-app" } },
      { type: "CHECKOUT_LOADED" },
    ]);
    const reload = await visit(page.sessionUrl);
    expect(eventsOf(reload.html)).toEqual([]);
  });

  it("asks a digital-only cart for no shipping", async () => {
    const cartId = await newCart([{ product_id: 119, quantity: 1 }]);
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
    expect(page.html).not.toContain("Shipping method");
    const done = await pay(page.session, page.sessionUrl, TEST_CARDS.success);
    expect(done.html).toContain("Thank you!");
  });

  it("serves its script, stylesheet and iframe-resizer's content script as files", async () => {
    const script = await visit("/embedded-checkout/checkout.js");
    expect(script.response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(script.html).toContain('"STYLE_CONFIGURED"');
    expect(script.html).toContain('postMessage(message, "*")');
    expect(script.html).toContain("event.origin !== parentOrigin");
    const css = await visit("/embedded-checkout/checkout.css");
    expect(css.response.headers.get("content-type")).toMatch(/^text\/css/);
    const resizer = await visit("/embedded-checkout/iframe-resizer.js");
    expect(resizer.response.status).toBe(200);
    expect(resizer.html).toContain("iFrameResizer");
  });

  it("pays with the success card: a paid order for the cart, the cart deleted, CHECKOUT_COMPLETE", async () => {
    const cartId = await newCart();
    await control("POST", "/__sandbox/stats/reset");
    const token = await api("POST", `/v3/checkouts/${cartId}/token`, { maxUses: 1, ttl: 600 });
    expect(token.status).toBe(200);
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
    const done = await pay(page.session, page.sessionUrl, TEST_CARDS.success);
    expect(done.html).toContain("Thank you!");
    expect(eventsOf(done.html)).toEqual([{ type: "CHECKOUT_COMPLETE" }]);
    expect(eventsOf((await visit(page.sessionUrl)).html)).toEqual([]);

    const orders = await ordersOf(cartId);
    expect(orders.status).toBe(200);
    expect(orders.body).toHaveLength(1);
    const [order] = orders.body;
    expect(order).toMatchObject({
      cart_id: cartId,
      status_id: 11,
      customer_id: 0,
      payment_status: "captured",
      billing_address: { email: "grace@example.com", city: "Arlington" },
    });
    expect(done.html).toContain(`<strong id="order-number">${order.id}</strong>`);
    expect((await api("GET", `/v3/carts/${cartId}`)).status).toBe(404);
    expect(
      (await api("POST", `/v3/checkouts/${cartId}/token`, { maxUses: 1, ttl: 600 })).status,
    ).toBe(404);

    const stats = (await control("GET", "/__sandbox/stats")).body;
    const steps = stats.trace.map((t: { operation: string }) => t.operation);
    expect(steps.indexOf("createCheckoutToken")).toBeLessThan(steps.indexOf("page:loadInCheckout"));
    expect(steps.lastIndexOf("createCheckoutToken")).toBeGreaterThan(
      steps.indexOf("page:orderPaid"),
    );
    expect(stats.calls["page:orderPaid"]).toBeUndefined();
  });

  it("asks for 3-D Secure with the 3DS card: failing posts CHECKOUT_ERROR, completing pays", async () => {
    const cartId = await newCart();
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
    const challenge = await pay(page.session, page.sessionUrl, TEST_CARDS.threeDSecure);
    expect(challenge.html).toContain("3-D Secure");
    expect(challenge.html).toContain("Complete authentication");
    expect(challenge.html).toContain("Fail authentication");
    expect(challenge.html).not.toContain(TEST_CARDS.threeDSecure);
    const pending = (await ordersOf(cartId)).body;
    expect(pending.map((o: { status_id: number }) => o.status_id)).toEqual([0]);

    const failed = await visit("/embedded-checkout/3ds", {
      form: { session: page.session, outcome: "fail" },
    });
    const again = await visit(failed.location!);
    expect(again.html).toContain("3-D Secure authentication failed");
    expect(again.html).toContain("Place order");
    expect(eventsOf(again.html)).toEqual([
      {
        type: "CHECKOUT_ERROR",
        payload: {
          message:
            "3-D Secure authentication failed. Your card was not charged. Please try again or use another card.",
          type: "payment",
        },
      },
    ]);
    expect((await api("GET", `/v3/carts/${cartId}`)).status).toBe(200);

    await pay(page.session, page.sessionUrl, TEST_CARDS.threeDSecure);
    const completed = await visit("/embedded-checkout/3ds", {
      form: { session: page.session, outcome: "complete" },
    });
    const done = await visit(completed.location!);
    expect(done.html).toContain("Thank you!");
    const statuses = (await ordersOf(cartId)).body.map((o: { status_id: number }) => o.status_id);
    expect(statuses).toContain(11);
    expect((await api("GET", `/v3/carts/${cartId}`)).status).toBe(404);
  });

  it("shows BigCommerce's decline and posts CHECKOUT_ERROR; the cart stays payable", async () => {
    const cartId = await newCart();
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
    const declined = await pay(page.session, page.sessionUrl, TEST_CARDS.declined);
    const message = "There was a problem processing your card. Please contact your card issuer.";
    expect(declined.html).toContain(message);
    expect(eventsOf(declined.html)).toEqual([
      { type: "CHECKOUT_ERROR", payload: { message, type: "payment" } },
    ]);
    // The form comes back filled in, without the card.
    expect(declined.html).toContain('value="Grace"');
    expect(declined.html).not.toContain(TEST_CARDS.declined);
    const funds = await pay(page.session, page.sessionUrl, TEST_CARDS.insufficientFunds);
    expect(funds.html).toContain("The payment was declined due to insufficient funds.");
    const done = await pay(page.session, page.sessionUrl, TEST_CARDS.success);
    expect(done.html).toContain("Thank you!");
  });

  it("applies the sandbox's address rules and does not post them as CHECKOUT_ERROR", async () => {
    const cartId = await newCart();
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
    const refused = await pay(page.session, page.sessionUrl, TEST_CARDS.success, {
      billing_state_or_province: "Narnia",
    });
    expect(refused.html).toContain("The state or province is not valid.");
    expect(eventsOf(refused.html)).toEqual([]);
    expect((await ordersOf(cartId)).status).toBe(204);
  });

  it("holds a paid order back from GET /v2/orders for orderVisibleAfterMs", async () => {
    await control("POST", "/__sandbox/knobs", { orderVisibleAfterMs: 300 });
    try {
      const cartId = await newCart();
      const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
      await pay(page.session, page.sessionUrl, TEST_CARDS.success);
      expect((await ordersOf(cartId)).status).toBe(204);
      await new Promise((r) => setTimeout(r, 350));
      const visible = await ordersOf(cartId);
      expect(visible.status).toBe(200);
      expect(visible.body[0].status_id).toBe(11);
    } finally {
      await control("POST", "/__sandbox/knobs", { orderVisibleAfterMs: 0 });
    }
  });
});

describe("customer login JWT (/login/token/{jwt})", () => {
  it("POST from the site URL answers {redirectUrl} with credentialed CORS and a login cookie", async () => {
    const cartId = await newCart();
    const { embedded_checkout_url } = await redirectUrls(cartId);
    const redirectTo = embedded_checkout_url.slice(server.url.length);
    const response = await login(await loginToken({ redirect_to: redirectTo }));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(await response.json()).toEqual({ redirectUrl: embedded_checkout_url });
    const cookie = response.headers.get("set-cookie")!.split(";")[0];
    expect(cookie).toMatch(/^SANDBOX_SHOP_SESSION=[0-9a-f]{32}$/);
    expect(response.headers.get("set-cookie")).toContain("HttpOnly");

    const page = await openCheckout(embedded_checkout_url, cookie);
    expect(page.html).toContain('value="shopper@example.com" readonly');
    expect(page.html).toContain("Sign out");
    const done = await pay(
      page.session,
      page.sessionUrl,
      TEST_CARDS.success,
      { email: "" },
      cookie,
    );
    expect(done.html).toContain("Thank you!");
    const [order] = (await ordersOf(cartId)).body;
    expect(order).toMatchObject({
      customer_id: 7,
      billing_address: { email: "shopper@example.com" },
    });
  });

  it("GET redirects to redirect_to (default /account.php)", async () => {
    const response = await login(await loginToken({ redirect_to: undefined }), null, "GET");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${server.url}/account.php`);
    const cookie = response.headers.get("set-cookie")!.split(";")[0];
    const account = await visit("/account.php", { cookie });
    expect(account.html).toContain("Signed in as Sam Shopper");
  });

  it("refuses a wrong secret, a reused jti, an old or future iat and a wrong operation", async () => {
    const wrongSecret = await login(
      await loginToken({}, "another-secret-that-is-at-least-32-characters"),
    );
    expect(wrongSecret.status).toBe(401);
    expect((await wrongSecret.json()).title).toBe("Invalid login token");
    expect(wrongSecret.headers.get("set-cookie")).toBeNull();

    const once = await loginToken();
    expect((await login(once)).status).toBe(200);
    const reused = await login(once);
    expect(reused.status).toBe(401);
    expect((await reused.json()).detail).toContain("already been used");

    const now = Math.floor(Date.now() / 1000);
    const old = await login(await loginToken({ iat: now - 600 }));
    expect(old.status).toBe(401);
    expect((await old.json()).detail).toContain("expired");
    expect((await login(await loginToken({ iat: now + 600 }))).status).toBe(401);

    const operation = await login(await loginToken({ operation: "customer_logout" }));
    expect(operation.status).toBe(400);
    expect((await operation.json()).detail).toContain("customer_login");
    expect((await login(await loginToken({ customer_id: 9_999 }))).status).toBe(400);
    expect((await login(await loginToken({ store_hash: "other" }))).status).toBe(400);
    expect((await login(await loginToken({ iss: "someone-else" }))).status).toBe(401);
    for (const redirect_to of ["https://evil.example/", "//evil.example/x", "account.php"]) {
      expect((await login(await loginToken({ redirect_to }))).status, redirect_to).toBe(400);
    }
    expect((await login("%E0%A4%A")).status).toBe(401);
    const page = await login(await loginToken({}, "x".repeat(40)), null, "GET");
    expect(page.status).toBe(401);
    expect(await page.text()).toContain("Invalid login token");
  });

  it("answers CORS only for the site URL's origin", async () => {
    const foreign = await login(await loginToken(), "http://evil.example");
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${server.url}/login/token/x`, {
      method: "OPTIONS",
      headers: { origin: SITE, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    const foreignPreflight = await fetch(`${server.url}/login/token/x`, {
      method: "OPTIONS",
      headers: { origin: "http://evil.example", "access-control-request-method": "POST" },
    });
    expect(foreignPreflight.status).toBe(403);
    expect(foreignPreflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("signing out in the frame posts SIGNED_OUT and makes the checkout a guest's", async () => {
    const response = await login(await loginToken());
    const cookie = response.headers.get("set-cookie")!.split(";")[0];
    const cartId = await newCart();
    const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url, cookie);
    expect((await api("GET", `/v3/carts/${cartId}`)).body.data.customer_id).toBe(7);
    const out = await visit("/embedded-checkout/sign-out", {
      form: { session: page.session },
      cookie,
    });
    expect(out.response.status).toBe(303);
    expect(out.response.headers.get("set-cookie")).toContain("SANDBOX_SHOP_SESSION=; Max-Age=0");
    const after = await visit(out.location!, { cookie });
    expect(eventsOf(after.html)).toEqual([{ type: "SIGNED_OUT" }]);
    expect(after.html).not.toContain("readonly");
    expect((await api("GET", `/v3/carts/${cartId}`)).body.data.customer_id).toBe(0);
    expect((await visit("/account.php", { cookie })).response.status).toBe(401);
  });
});

describe("the first-visit cookie hand-shake (/embedded-checkout/allow-cookie)", () => {
  it("sets a cookie and returns only to the site URL's origin", async () => {
    const back = `${SITE}/checkout?step=embedded`;
    const ok = await visit(`/embedded-checkout/allow-cookie?returnUrl=${encodeURIComponent(back)}`);
    expect(ok.response.status).toBe(303);
    expect(ok.location).toBe(back);
    expect(ok.response.headers.get("set-cookie")).toMatch(
      /^SANDBOX_COOKIE_ALLOWED=1;.*SameSite=Lax/,
    );
    for (const bad of [
      "http://evil.example/",
      "http://localhost:3999.evil.example/",
      "//evil.example/",
      "javascript:alert(1)",
      "",
    ]) {
      const refused = await visit(
        `/embedded-checkout/allow-cookie?returnUrl=${encodeURIComponent(bad)}`,
      );
      expect(refused.response.status, bad).toBe(400);
      expect(refused.location).toBeNull();
      expect(refused.response.headers.get("set-cookie")).toBeNull();
    }
  });
});

describe("the site URL control (/__sandbox/site)", () => {
  it("reads and changes the site URL the pages may be framed by and post to", async () => {
    expect((await control("GET", "/__sandbox/site")).body).toEqual({
      url: SITE,
      checkoutOrigin: server.url,
    });
    try {
      const set = await control("PUT", "/__sandbox/site", { url: "https://shop.example.com/any" });
      expect(set.body.url).toBe("https://shop.example.com");
      const cartId = await newCart();
      const page = await openCheckout((await redirectUrls(cartId)).embedded_checkout_url);
      expect(page.response.headers.get("content-security-policy")).toContain(
        "frame-ancestors https://shop.example.com",
      );
      expect(parentOriginOf(page.html)).toBe("https://shop.example.com");
      // The storefront on the old origin is no longer the site: no return there, no CORS.
      const ret = await visit(
        `/embedded-checkout/allow-cookie?returnUrl=${encodeURIComponent(SITE)}`,
      );
      expect(ret.response.status).toBe(400);
      expect((await login(await loginToken())).status).toBe(403);

      expect((await control("PUT", "/__sandbox/site", { url: "not a url" })).status).toBe(400);
      expect((await control("PUT", "/__sandbox/site", { url: null })).body.url).toBeNull();
      const unset = await openCheckout((await redirectUrls(await newCart())).embedded_checkout_url);
      expect(unset.response.headers.get("content-security-policy")).toContain(
        "frame-ancestors 'none'",
      );
      expect(parentOriginOf(unset.html)).toBeNull();
    } finally {
      await control("PUT", "/__sandbox/site", { url: SITE });
    }
  });
});
