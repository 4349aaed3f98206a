// CHECKOUT_MODE=embedded: BigCommerce's checkout framed on /checkout by the real SDK (the sandbox
// emulates it on another origin), ending on this app's confirmation page with a link used once.
import AxeBuilder from "@axe-core/playwright";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FrameLocator, Page } from "@playwright/test";
import {
  addToCart,
  CARDS,
  CONFIRMED_URL,
  expect,
  inAnyLanguage,
  orderIdOf,
  signIn,
  test,
  uniqueEmail,
} from "./fixtures";

const EMBEDDED_URL = process.env.E2E_EMBEDDED_URL!;
const CHECKOUT_ORIGIN = process.env.E2E_CHECKOUT_ORIGIN!;
const SANDBOX_URL = process.env.E2E_SANDBOX_URL!;
const THREE_D_SECURE_CARD = "4000 0000 0000 3220";

test.use({ baseURL: EMBEDDED_URL });

/** The framed checkout, once the SDK has mounted it from the checkout origin. */
async function openEmbeddedCheckout(page: Page): Promise<FrameLocator> {
  await page.goto("/checkout");
  const frame = page.locator(`#embedded-checkout iframe[src^="${CHECKOUT_ORIGIN}"]`);
  await expect(frame).toBeVisible({ timeout: 20_000 });
  const checkout = page.frameLocator("#embedded-checkout iframe");
  await expect(checkout.getByRole("heading", { name: "Checkout" })).toBeVisible();
  return checkout;
}

/** Fills the framed checkout's billing address (shipping: the same) and card. */
async function fillFrame(checkout: FrameLocator, email: string | null, card: string) {
  if (email !== null) await checkout.locator("#email").fill(email);
  await checkout.locator("#billing_first_name").fill("Ada");
  await checkout.locator("#billing_last_name").fill("Lovelace");
  await checkout.locator("#billing_address1").fill("1 Main St");
  await checkout.locator("#billing_city").fill("Austin");
  await checkout.locator("#billing_state_or_province").fill("Texas");
  await checkout.locator("#billing_country_code").selectOption("US");
  await checkout.locator("#billing_postal_code").fill("78701");
  await checkout.locator("#card_number").fill(card);
  await checkout.locator("#card_name").fill("Ada Lovelace");
  await checkout.locator("#card_expiry").fill("12/30");
  await checkout.locator("#card_cvv").fill("123");
}

/** Sandbox calls by operation id, in order, since the last reset. */
async function trace(): Promise<string[]> {
  const stats = (await (await fetch(`${SANDBOX_URL}/__sandbox/stats`)).json()) as {
    trace: { operation: string }[];
  };
  return stats.trace.map((t) => t.operation);
}

async function resetStats() {
  await fetch(`${SANDBOX_URL}/__sandbox/stats/reset`, { method: "POST" });
}

async function setSiteUrl(url: string) {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/site`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ url }),
  });
  expect(response.ok).toBe(true);
}

test("a guest pays inside the embedded checkout and lands on our confirmation, with a link used once", async ({
  page,
}) => {
  const email = uniqueEmail("embedded");
  const navigations: string[] = [];
  // Every top-level request, redirects included (framenavigated would miss the hops).
  page.on("request", (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations.push(r.url());
  });
  await addToCart(page, "Stoneware Coffee Mug");
  await resetStats();
  const checkout = await openEmbeddedCheckout(page);
  // BigCommerce's first-visit cookie hand-shake: the top window went through the checkout origin.
  expect(
    navigations.some((u) => u.startsWith(`${CHECKOUT_ORIGIN}/embedded-checkout/allow-cookie`)),
  ).toBe(true);
  // The token was minted before the frame loaded the checkout.
  const before = await trace();
  expect(before.indexOf("createCheckoutToken")).toBeGreaterThan(-1);
  expect(before.indexOf("createCheckoutToken")).toBeLessThan(before.indexOf("page:loadInCheckout"));

  // The page and the framed checkout pass axe (the frame is named; the SDK leaves it unnamed).
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
  ).toEqual([]);

  await fillFrame(checkout, email, CARDS.success);
  await checkout.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 20_000 });
  const orderId = orderIdOf(page.url());
  await expect(page.getByText(String(orderId)).first()).toBeVisible();
  await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
  // No token was minted after the purchase completed; the order was found by its cart.
  const after = await trace();
  const paid = after.indexOf("page:orderPaid");
  expect(paid).toBeGreaterThan(-1);
  expect(after.slice(paid)).not.toContain("createCheckoutToken");
  expect(after.slice(paid)).toContain("getOrders");

  // The link was used once: a second browser holding it is told it expired or was used.
  const link = navigations.find((u) => /\/order-confirmation\/\d+\?t=/.test(u));
  expect(link).toBeDefined();
  const other = await page.context().browser()!.newContext();
  const stranger = await other.newPage();
  await stranger.goto(link!);
  await expect(
    stranger.getByRole("heading", { name: inAnyLanguage((c) => c.confirmation.spentTitle) }),
  ).toBeVisible();
  await other.close();

  // The cart was cleared.
  await page.goto("/cart");
  await expect(page.getByText("Stoneware Coffee Mug")).toHaveCount(0);
});

test("a card that asks for 3-D Secure is authenticated inside the frame, then confirmed on our page", async ({
  page,
}) => {
  await addToCart(page, "Stoneware Coffee Mug");
  const checkout = await openEmbeddedCheckout(page);
  await fillFrame(checkout, uniqueEmail("embedded-3ds"), THREE_D_SECURE_CARD);
  await checkout.getByRole("button", { name: "Place order" }).click();
  await expect(checkout.getByRole("heading", { name: "3-D Secure" })).toBeVisible();
  // Still on the checkout page while the issuer asks.
  await expect(page).toHaveURL(/\/checkout$/);
  await checkout.getByRole("button", { name: "Complete authentication" }).click();
  await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 20_000 });
  await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
});

test("an order BigCommerce does not list yet shows a processing page that finds it by itself", async ({
  page,
  sandboxStore,
}) => {
  await addToCart(page, "Stoneware Coffee Mug");
  const checkout = await openEmbeddedCheckout(page);
  await fillFrame(checkout, uniqueEmail("embedded-slow"), CARDS.success);
  await fetch(`${SANDBOX_URL}/__sandbox/knobs`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ orderVisibleAfterMs: 7_000 }),
  });
  try {
    await checkout.getByRole("button", { name: "Place order" }).click();
    await expect(page).toHaveURL(/\/checkout\/processing\?n=\d+$/, { timeout: 20_000 });
    await expect(
      page.getByRole("heading", { name: inAnyLanguage((c) => c.checkout.processing.title) }),
    ).toBeVisible();
    // It looks again every few seconds and goes on once the order is listed.
    await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 20_000 });
    await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
  } finally {
    await sandboxStore.reset();
    await fetch(`${SANDBOX_URL}/__sandbox/knobs`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ orderVisibleAfterMs: 0 }),
    });
  }
});

test("a shopper whose completion never arrived (a closed tab, a reload) still reaches the order", async ({
  page,
}) => {
  await addToCart(page, "Stoneware Coffee Mug");
  const checkout = await openEmbeddedCheckout(page);
  await fillFrame(checkout, uniqueEmail("embedded-lost"), CARDS.success);
  // The completion post is lost on its way.
  await page.route("**/checkout/embedded/complete", (route) => route.abort());
  const lost = page.waitForEvent("requestfailed", (r) =>
    r.url().endsWith("/checkout/embedded/complete"),
  );
  await checkout.getByRole("button", { name: "Place order" }).click();
  await lost;
  await page.unroute("**/checkout/embedded/complete");
  // Back on the cart page: not an empty cart, but the order.
  await page.goto("/cart");
  await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 20_000 });
  await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
});

test("a signed-in customer enters the embedded checkout signed in, through a customer login JWT", async ({
  page,
}) => {
  // A customer of its own: the suite's shared accounts may have used up their sign-in allowance.
  const email = uniqueEmail("embedded-customer");
  const password = "embedded-customer-1";
  const created = await fetch(`${SANDBOX_URL}/stores/sandbox/v3/customers`, {
    method: "POST",
    headers: { "X-Auth-Token": "sandbox-access-token", "Content-Type": "application/json" },
    body: JSON.stringify([
      {
        email,
        first_name: "Grace",
        last_name: "Hopper",
        authentication: { new_password: password },
      },
    ]),
  });
  expect(created.ok).toBe(true);
  await signIn(page, email, password);
  await expect(
    page.getByRole("link", { name: inAnyLanguage((c) => c.layout.account) }),
  ).toBeVisible();
  await addToCart(page, "Stoneware Coffee Mug");
  const checkout = await openEmbeddedCheckout(page);
  await expect(checkout.locator("#email")).toHaveValue(email);
  await expect(checkout.getByText("Signed in.")).toBeVisible();
  await fillFrame(checkout, null, CARDS.success);
  await checkout.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 20_000 });
  const orderId = orderIdOf(page.url());
  await page.goto("/account");
  await expect(page.getByRole("link", { name: new RegExp(`#?${orderId}`) })).toBeVisible();
});

test("CHECKOUT_COMPLETE posted from a third origin changes nothing; another session's cart gets 403", async ({
  page,
  context,
}) => {
  await addToCart(page, "Stoneware Coffee Mug");
  await openEmbeddedCheckout(page);

  // A page on a third origin opens our checkout and posts it a forged completion.
  const third: Server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><title>elsewhere</title><p>third origin</p>");
  });
  await new Promise<void>((resolve) => third.listen(0, "127.0.0.1", resolve));
  try {
    const thirdUrl = `http://127.0.0.1:${(third.address() as AddressInfo).port}/`;
    const opener = await context.newPage();
    await opener.goto(thirdUrl);
    const [popup] = await Promise.all([
      context.waitForEvent("page"),
      opener.evaluate((url) => {
        (window as unknown as { checkoutWindow: Window | null }).checkoutWindow = window.open(url);
      }, `${EMBEDDED_URL}/checkout`),
    ]);
    await expect(popup.locator("#embedded-checkout iframe")).toBeVisible({ timeout: 20_000 });
    await opener.evaluate(() => {
      const target = (window as unknown as { checkoutWindow: Window }).checkoutWindow;
      for (const type of ["CHECKOUT_COMPLETE", "FRAME_LOADED"]) target.postMessage({ type }, "*");
    });
    await popup.waitForTimeout(1_500);
    await expect(popup).toHaveURL(/\/checkout$/);
    await expect(popup.getByRole("status")).toHaveCount(0);
    await opener.close();
    await popup.close();
  } finally {
    await new Promise((resolve) => third.close(resolve));
  }

  // The complete route with another session's real cart: 403, and nothing minted or bound.
  const otherContext = await page.context().browser()!.newContext({ baseURL: EMBEDDED_URL });
  try {
    const otherShopper = await otherContext.newPage();
    await addToCart(otherShopper, "Stoneware Coffee Mug");
    await openEmbeddedCheckout(otherShopper);
    const othersCart = await otherShopper
      .locator('form[action="/checkout/embedded/complete"] input[name="checkoutId"]')
      .inputValue();
    await resetStats();
    const forged = await page.request.post("/checkout/embedded/complete", {
      form: { checkoutId: othersCart },
      headers: { Origin: EMBEDDED_URL },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await trace()).toEqual([]);
  } finally {
    await otherContext.close();
  }
});

test("the embedded routes: 404 in custom mode, 403 from another site; only /checkout frames the checkout origin", async ({
  request,
}) => {
  const custom = process.env.E2E_BASE_URL!;
  for (const path of ["/checkout/embedded/start", "/checkout/embedded/complete"]) {
    const response = await request.post(`${custom}${path}`, {
      form: { checkoutId: "x" },
      headers: { Origin: custom },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(404);
    const crossSite = await request.post(`${EMBEDDED_URL}${path}`, {
      form: { checkoutId: "x" },
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(crossSite.status(), path).toBe(403);
  }
  const fromElsewhere = await request.get(`${EMBEDDED_URL}/checkout/embedded/complete`, {
    headers: { "Sec-Fetch-Site": "cross-site" },
    maxRedirects: 0,
  });
  expect(fromElsewhere.status()).toBe(403);

  const policyOf = async (url: string) => {
    const response = await request.get(url, { maxRedirects: 0 });
    return {
      csp: response.headers()["content-security-policy"] ?? "",
      permissions: response.headers()["permissions-policy"] ?? "",
    };
  };
  // The checkout page of the embedded instance (an empty cart redirects, but the policy is set).
  const embeddedCheckout = await policyOf(`${EMBEDDED_URL}/checkout`);
  expect(embeddedCheckout.csp).toContain(`frame-src ${CHECKOUT_ORIGIN};`);
  expect(embeddedCheckout.permissions).toContain(`payment=(self "${CHECKOUT_ORIGIN}")`);
  for (const url of [`${EMBEDDED_URL}/cart`, `${custom}/checkout`]) {
    const policy = await policyOf(url);
    expect(policy.csp, url).toContain("frame-src 'none'");
    expect(policy.permissions, url).toContain("payment=()");
  }
});

test("when the store's site URL is another origin, the shopper is offered the hosted checkout in time", async ({
  page,
}) => {
  await addToCart(page, "Stoneware Coffee Mug");
  // The hand-shake first, with the real clock (it navigates the top window).
  await openEmbeddedCheckout(page);
  await setSiteUrl("https://elsewhere.example");
  try {
    await page.clock.install();
    await page.goto("/checkout");
    await expect(page.locator("#embedded-checkout iframe")).toBeAttached({ timeout: 20_000 });
    // The frame's messages go to the site URL, so the SDK never hears it load: its 60 s limit.
    await page.clock.fastForward(61_000);
    await expect(
      page.getByText(inAnyLanguage((c) => c.checkout.embedded.fallbackTitle)),
    ).toBeVisible();
    // The hosted checkout, with redirect URLs made at the click (the frame's were used up).
    await page.clock.resume();
    await page
      .getByRole("button", { name: inAnyLanguage((c) => c.checkout.embedded.fallbackLink) })
      .click();
    await expect(page).toHaveURL(new RegExp(`^${CHECKOUT_ORIGIN}/embedded-checkout/checkout\\?`));
    await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
  } finally {
    await setSiteUrl(EMBEDDED_URL);
  }
});

test("sandbox mode runs the embedded checkout on its own second origin", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: process.env.E2E_SANDBOX_EMBEDDED_URL });
  const page = await context.newPage();
  try {
    await addToCart(page, "Stoneware Coffee Mug");
    await page.goto("/checkout");
    const frame = page.locator("#embedded-checkout iframe");
    await expect(frame).toBeVisible({ timeout: 20_000 });
    expect(new URL((await frame.getAttribute("src"))!).origin).not.toBe(
      new URL(process.env.E2E_SANDBOX_EMBEDDED_URL!).origin,
    );
    const checkout = page.frameLocator("#embedded-checkout iframe");
    await fillFrame(checkout, uniqueEmail("sandbox-embedded"), CARDS.success);
    await checkout.getByRole("button", { name: "Place order" }).click();
    await expect(page).toHaveURL(CONFIRMED_URL, { timeout: 20_000 });
    await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test("without JavaScript, the embedded mode's checkout page sends the shopper to the hosted checkout", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: EMBEDDED_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await addToCart(page, "Stoneware Coffee Mug");
    await page.goto("/checkout");
    await page
      .getByRole("button", { name: inAnyLanguage((c) => c.checkout.embedded.fallbackLink) })
      .click();
    // BigCommerce's hosted checkout for this cart (the sandbox's page on the checkout origin).
    await expect(page).toHaveURL(new RegExp(`^${CHECKOUT_ORIGIN}/embedded-checkout/checkout\\?`));
    await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
    await expect(page.getByText("Stoneware Coffee Mug").first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the processing page stops looking after a few minutes and says what to do", async ({
  page,
}) => {
  await page.goto("/checkout/processing?n=45");
  await expect(
    page.getByRole("heading", { name: inAnyLanguage((c) => c.checkout.processing.slowTitle) }),
  ).toBeVisible();
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: inAnyLanguage((c) => c.checkout.processing.lookup) }),
  ).toHaveAttribute("href", "/order-lookup");
  // Before that, it looks again by itself.
  await page.goto("/checkout/processing?n=3");
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute(
    "content",
    "4;url=/checkout/embedded/complete?n=3",
  );
});
