import { test as base, expect, type Locator, type Page } from "@playwright/test";
import ar from "../lib/i18n/messages/ar.json";
import de from "../lib/i18n/messages/de.json";
import en from "../lib/i18n/messages/en.json";
import fr from "../lib/i18n/messages/fr.json";

export { expect };

/** One locale's messages (lib/i18n/messages/*.json): every file has the English keys. */
export type Catalogue = typeof en;

/** The catalogues by locale, English first. */
export const CATALOGUES = { en, de, fr, ar } as {
  [locale in "en" | "de" | "fr" | "ar"]: Catalogue;
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A control's words in whichever language the page speaks: `pick`'s message in every catalogue,
 * matched whole, or up to its first argument (`{total}`) when it has one, so the shared steps
 * below work for a shopper in any locale.
 */
export function inAnyLanguage(pick: (catalogue: Catalogue) => string): RegExp {
  const words = Object.values(CATALOGUES).map((catalogue) => {
    const message = pick(catalogue);
    const argument = message.indexOf("{");
    return argument < 0 ? `${escaped(message)}$` : escaped(message.slice(0, argument));
  });
  return new RegExp(`^(?:${[...new Set(words)].join("|")})`);
}

/** Reads the sandbox store directly over its BigCommerce API, as a merchant's back office would. */
export class SandboxStoreApi {
  constructor(readonly url: string) {}

  async ordersFor(email: string): Promise<{ id: number; status_id: number; cart_id: string }[]> {
    const response = await fetch(
      `${this.url}/stores/sandbox/v2/orders?email=${encodeURIComponent(email)}`,
      {
        headers: { "X-Auth-Token": "sandbox-access-token", Accept: "application/json" },
      },
    );
    return response.status === 204 ? [] : response.json();
  }

  async stats(): Promise<{ total: number; calls: Record<string, number> }> {
    const response = await fetch(`${this.url}/__sandbox/stats`);
    return response.json();
  }

  /** Turns the sandbox's fault knobs (an outage drill); `reset` restores a healthy store. */
  async knobs(knobs: {
    failOperations?: string[];
    loseOperations?: string[];
    latencyMs?: number;
    rate429?: number;
    rate500?: number;
    quota?: number;
    windowMs?: number;
  }) {
    await fetch(`${this.url}/__sandbox/knobs`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(knobs),
    });
  }

  async reset() {
    await this.knobs({
      failOperations: [],
      loseOperations: [],
      latencyMs: 0,
      rate429: 0,
      rate500: 0,
      // As e2e/global-setup.ts starts it: a quota no suite reaches, in BigCommerce's windows.
      quota: 100_000,
      windowMs: 30_000,
    });
  }

  /**
   * Spends the rest of the store's quota in this window with direct API calls (the store's clock,
   * getSystemTimestamp); answers the status of the last one, 429 once it is spent.
   */
  async spendQuota(): Promise<number> {
    const call = () =>
      fetch(`${this.url}/stores/sandbox/v2/time`, {
        headers: { "X-Auth-Token": "sandbox-access-token", Accept: "application/json" },
      });
    for (let i = 0; i < 1_000; i++) {
      const response = await call();
      if (response.status === 429) return 429;
    }
    return (await call()).status;
  }

  async callCount(): Promise<number> {
    return (await this.stats()).total;
  }
}

export const test = base.extend<{ sandboxStore: SandboxStoreApi }>({
  baseURL: async ({}, provide) => provide(process.env.E2E_BASE_URL),
  sandboxStore: async ({}, provide) => provide(new SandboxStoreApi(process.env.E2E_SANDBOX_URL!)),
});

export const CARDS = {
  success: "4111 1111 1111 1111",
  declined: "4000 0000 0000 0002",
} as const;

/** The confirmation page after the link was opened: the token no longer in the address bar. */
export const CONFIRMED_URL = /\/order-confirmation\/(\d+)$/;

export function orderIdOf(url: string): number {
  return Number(new URL(url).pathname.split("/").pop());
}

/**
 * Places the order but stops the browser before it opens the confirmation link, and returns the
 * link: a fresh, unused `/order-confirmation/{id}?t=…`.
 */
export async function placeOrderAndKeepLink(
  page: Page,
  card: string,
): Promise<{ orderId: number; link: string }> {
  // Browsers follow redirects without asking, so catch the "Place order" POST itself and read
  // its 303 Location instead of letting the browser open the link.
  let link = "";
  await page.route("**/checkout/place-order", async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    link = new URL(response.headers()["location"], route.request().url()).toString();
    await route.fulfill({ status: 200, contentType: "text/plain", body: "link captured" });
  });
  await pay(page, card);
  await expect(page.getByText("link captured")).toBeVisible();
  await page.unrouteAll();
  expect(link).toMatch(/\/order-confirmation\/\d+\?t=/);
  return { orderId: orderIdOf(link.split("?")[0]), link };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export const CUSTOMERS = {
  shopper: { email: "shopper@example.com", password: "sandbox-shopper-1" },
  another: { email: "another@example.com", password: "sandbox-another-1" },
} as const;

export function uniqueEmail(tag: string): string {
  return `shopper+${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export type CartOptions = { variant?: string; quantity?: number };

/** Adds a product (optionally a variant) to the cart from its product page. */
export async function addToCart(page: Page, productName: string, options?: CartOptions) {
  await page.goto("/");
  // The name as text: "Field Guide to Coffee (e-book)" has parentheses, not a regex group.
  const name = new RegExp(productName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: productName })).toBeVisible();
  if (options?.variant) {
    await page.getByLabel(inAnyLanguage((c) => c.shop.options)).selectOption({
      label: options.variant,
    });
  }
  if (options?.quantity) {
    await page.getByLabel(inAnyLanguage((c) => c.shop.quantity)).fill(String(options.quantity));
  }
  await page.getByRole("button", { name: inAnyLanguage((c) => c.shop.addToCart) }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

export function shippingAddress(page: Page) {
  return page.getByRole("group", { name: inAnyLanguage((c) => c.checkout.shippingAddress) });
}

/**
 * An address as the checkout's address fields take it; state and country are set only when given
 * (`country` an ISO code, `state` a name from the store's list, or text where the country has none).
 */
export type Address = {
  firstName: string;
  lastName: string;
  street: string;
  city: string;
  state?: string;
  postalCode: string;
  country?: string;
};

/** The guest's own address: every checkout here ships to it. */
export const ADA: Address = {
  firstName: "Ada",
  lastName: "Lovelace",
  street: "12 Analytical Row",
  city: "Austin",
  state: "Texas",
  postalCode: "78701",
};

/**
 * One input of an address block by the field it fills ("postalCode"), in any language and
 * whichever the block (the billing copy's inputs are named billingPostalCode).
 */
export function addressInput(fields: Locator, field: string) {
  const billing = `billing${field[0].toUpperCase()}${field.slice(1)}`;
  return fields.locator(`[name="${field}"], [name="${billing}"]`);
}

/**
 * Chooses the country of one address block, and waits until the form has taken its shape: with
 * JavaScript the choice reshapes it; without, its "Update address form" button does.
 */
export async function chooseCountry(fields: Locator, country: string) {
  const select = addressInput(fields, "countryCode");
  if ((await select.inputValue()) === country) return;
  await select.selectOption(country);
  const update = fields.locator("button[data-reshapes]");
  if (await update.isVisible()) await update.click();
  await expect(fields.locator(`[data-address-country="${country}"]`)).toBeVisible();
}

/**
 * Fills the address fields of one fieldset (shipping or billing), the country first, which shapes
 * the rest; by the inputs' names, so it works in every language.
 */
export async function fillAddress(fields: Locator, address: Address) {
  if (address.country) await chooseCountry(fields, address.country);
  await addressInput(fields, "firstName").fill(address.firstName);
  await addressInput(fields, "lastName").fill(address.lastName);
  await addressInput(fields, "address1").fill(address.street);
  await addressInput(fields, "city").fill(address.city);
  if (address.state) {
    // A list where the store has the country's states, else a text field.
    const state = addressInput(fields, "stateOrProvince");
    if (await state.and(fields.locator("select")).count()) await state.selectOption(address.state);
    else await state.fill(address.state);
  }
  await addressInput(fields, "postalCode").fill(address.postalCode);
}

/** Opens the checkout and types the shopper's email. */
export async function openCheckout(page: Page, email: string) {
  await page.goto("/checkout");
  await page.getByLabel(inAnyLanguage((c) => c.checkout.email)).fill(email);
}

/** Submits the details and waits for the shipping step. */
export async function continueToShipping(page: Page) {
  await page.getByRole("button", { name: inAnyLanguage((c) => c.checkout.toShipping) }).click();
  await expect(
    page.getByRole("heading", { name: inAnyLanguage((c) => c.checkout.shippingHeading) }),
  ).toBeVisible();
}

export async function fillDetails(page: Page, email: string) {
  await openCheckout(page, email);
  await fillAddress(shippingAddress(page), { ...ADA, country: "US" });
  await continueToShipping(page);
}

/**
 * A new guest (email `uniqueEmail(tag)`) puts one product in the cart and fills the checkout's
 * details, up to the shipping step; returns the guest's email.
 */
export async function startCheckout(
  page: Page,
  tag: string,
  productName: string,
  options?: CartOptions,
): Promise<string> {
  const email = uniqueEmail(tag);
  await addToCart(page, productName, options);
  await fillDetails(page, email);
  return email;
}

/** Types Ada's card details (the given number) into the payment fields, without submitting. */
export async function fillCard(page: Page, card: string) {
  await page.getByLabel(inAnyLanguage((c) => c.checkout.nameOnCard)).fill("Ada Lovelace");
  await page.getByLabel(inAnyLanguage((c) => c.checkout.cardNumber)).fill(card);
  await page.getByLabel(inAnyLanguage((c) => c.checkout.expiry)).fill("12/34");
  await page.getByLabel(inAnyLanguage((c) => c.checkout.securityCode)).fill("123");
}

export function placeOrderButton(page: Page) {
  return page.getByRole("button", { name: inAnyLanguage((c) => c.checkout.placeOrder) });
}

export async function pay(page: Page, card: string) {
  await fillCard(page, card);
  await placeOrderButton(page).click();
}

/** Pays with the card that succeeds and expects the confirmation page. */
export async function payAndConfirm(page: Page) {
  await pay(page, CARDS.success);
  await expect(page).toHaveURL(CONFIRMED_URL);
}

/** A new guest's whole purchase of one product (see startCheckout), ending on the confirmation page; returns the guest's email. */
export async function purchase(page: Page, tag: string, productName: string): Promise<string> {
  const email = await startCheckout(page, tag, productName);
  await payAndConfirm(page);
  return email;
}

/** Picks a shipping method and waits until the order summary shows its cost. */
export async function chooseShipping(page: Page, method: RegExp, cost: string) {
  await page.getByLabel(method).check();
  const summary = page.getByRole("complementary", {
    name: inAnyLanguage((c) => c.checkout.summaryHeading),
  });
  // The row's name is its label and amount ("Shipping $5.00"): the label in any language.
  const shipping = new RegExp(
    Object.values(CATALOGUES)
      .map((c) => escaped(c.cart.totals.shipping))
      .join("|"),
  );
  await expect(summary.getByRole("row", { name: shipping })).toContainText(cost);
}
