// Where cards are typed, nothing but the store's own scripts runs; elsewhere every script carries
// the page's nonce. Production answers send HSTS and name the session cookie with __Host-.
import { addToCart, expect, test } from "./fixtures";

const GTM_URL = process.env.E2E_GTM_URL;

/** The script-src directive of a response's policy. */
function scriptSources(policy: string | undefined): string {
  return (policy ?? "").split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
}

test.describe("with Google Tag Manager configured", () => {
  test.use({ baseURL: GTM_URL });

  test("the checkout carries a nonce-based policy and no GTM; other pages load GTM with the nonce", async ({
    page,
  }) => {
    const checkout = await page.request.get("/checkout", { maxRedirects: 0 });
    const checkoutPolicy = checkout.headers()["content-security-policy"];
    expect(scriptSources(checkoutPolicy)).toMatch(/'nonce-[A-Za-z0-9+/=]{22,}' 'strict-dynamic'/);
    expect(checkoutPolicy).not.toContain("unsafe-inline' ;");
    expect(scriptSources(checkoutPolicy)).not.toContain("unsafe-inline");
    expect(checkoutPolicy).not.toContain("googletagmanager");
    const cart = await page.request.get("/cart");
    expect(await cart.text()).toContain("GTM-E2ETEST");

    // The checkout page itself, with a cart: no GTM in the page, none loaded by the browser.
    const loaded: string[] = [];
    page.on("request", (r) => loaded.push(r.url()));
    await addToCart(page, "Stoneware Coffee Mug");
    await page.goto("/checkout");
    await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
    expect(await page.content()).not.toContain("GTM-E2ETEST");
    const onCheckout = loaded.slice(loaded.findIndex((u) => u.endsWith("/checkout")));
    expect(onCheckout.filter((u) => u.includes("googletagmanager"))).toEqual([]);

    const home = await page.request.get("/");
    const policy = home.headers()["content-security-policy"];
    const nonce = scriptSources(policy).match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    const html = await home.text();
    expect(html).toContain("GTM-E2ETEST");
    expect(html).toContain(`nonce="${nonce}"`);
    // Every inline script the page writes carries the nonce.
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);

    // A fresh nonce for every request.
    const again = await page.request.get("/");
    expect(scriptSources(again.headers()["content-security-policy"])).not.toContain(nonce!);
  });
});

test("production answers send HSTS and a __Host- session cookie", async ({ page, baseURL }) => {
  const home = await page.request.get(`${baseURL}/`);
  expect(home.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  await page.goto("/");
  await page.getByRole("link", { name: /Stoneware Coffee Mug/ }).click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  const names = (await page.context().cookies()).map((c) => c.name);
  expect(names).toContain("__Host-sf_session");
  expect(names).not.toContain("sf_session");
});

test("a session cookie from before the __Host- name is carried over, cart and all", async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Walnut Serving Board/ }).click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  const current = (await context.cookies()).find((c) => c.name === "__Host-sf_session")!;
  await context.clearCookies();
  await context.addCookies([{ name: "sf_session", value: current.value, url: baseURL! }]);

  await page.goto("/cart");
  await expect(page.getByText("Walnut Serving Board", { exact: true })).toBeVisible();
  const names = (await context.cookies()).map((c) => c.name);
  expect(names).toContain("__Host-sf_session");
  expect(names).not.toContain("sf_session");
});
