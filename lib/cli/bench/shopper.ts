// A guest's walk through the app over HTTP, as a browser without JavaScript makes it: home →
// product → add to cart → cart page → checkout page → save details → checkout page → place order
// → the confirmation link → the confirmation page. Each step checks where it landed, so a walk
// that does not end on its confirmation throws, naming the step and what the page said.
import { guestDetails } from "../../../tests/support/checkout";
import { Browser, type Page } from "./browser";

/** The card that succeeds (README, "Sandbox test cards"), typed as a shopper types it. */
const CARD = "4111 1111 1111 1111";

/** Throws unless `page` answered 200 at a path matching `path`, naming `step` and the page's alert. */
function expectPage(page: Page, path: RegExp, step: string): Page {
  if (page.status === 200 && path.test(page.url.pathname)) return page;
  const alert = page.html.match(/role="alert"[^>]*>([\s\S]*?)<\/(?:div|p)>/)?.[1];
  const said = alert ? `: "${alert.replace(/<[^>]+>/g, "").trim()}"` : "";
  throw new Error(`${step}: ${page.status} at ${page.url.pathname}${said}`);
}

/** Home, the first product on it, and "Add to cart" (quantity 1), ending on the cart page. */
export async function fillCart(browser: Browser): Promise<Page> {
  const home = expectPage(await browser.open("/"), /^\/$/, "home");
  const link = home.html.match(/href="(\/products\/\d+)"/)?.[1];
  if (!link) throw new Error("home: no product link");
  const product = expectPage(await browser.open(link), /^\/products\/\d+$/, "product page");
  const cart = await browser.submit(product, "quantity", { quantity: "1" });
  expectPage(cart, /^\/cart$/, "add to cart");
  if (!cart.html.includes('href="/checkout"')) throw new Error("cart page: no way to checkout");
  return cart;
}

/** The checkout form's fields for guest number `n`: contact and one US address (billing the same). */
function details(n: number): Record<string, string> {
  const { email, shipping } = guestDetails({
    email: `bench+${n}-${Date.now()}@example.com`,
    firstName: "Ada",
    lastName: "Lovelace",
    address1: "12 Analytical Row",
  });
  // The form's fields carry the names of the parsed form's shipping address.
  return { email, ...shipping };
}

/**
 * One guest's whole purchase, from the home page to the confirmation page; returns the order id.
 * `n` tells guests apart (their email).
 */
export async function guestPurchase(base: string, n: number): Promise<number> {
  const browser = new Browser(base);
  await fillCart(browser);
  const checkout = expectPage(await browser.open("/checkout"), /^\/checkout$/, "checkout page");
  const ready = await browser.submit(checkout, "email", details(n));
  expectPage(ready, /^\/checkout$/, "save details");
  if (!ready.html.includes('name="cardNumber"')) {
    throw new Error("save details: the checkout offers no payment (no shipping quoted?)");
  }
  const confirmation = await browser.submit(ready, "cardNumber", {
    cardholderName: "Ada Lovelace",
    cardNumber: CARD,
    cardExpiry: "12/34",
    cardCvv: "123",
  });
  expectPage(confirmation, /^\/order-confirmation\/\d+$/, "place order");
  if (!confirmation.html.includes('data-testid="total"')) {
    throw new Error("confirmation page: no order total shown");
  }
  return Number(confirmation.url.pathname.split("/").pop());
}
