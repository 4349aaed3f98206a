// The emulated checkout's HTML: server-rendered pages with no inline script or style, whose
// events for the parent window travel in a JSON data block read by /embedded-checkout/checkout.js.
import { cents, countryName } from "../format";
import { SANDBOX_COUNTRIES } from "../geography-data";
import type { PricedCart } from "../pricing";
import { SEED_SHIPPING_OPTIONS } from "../seed";
import type { CheckoutSession } from "./state";

/** A message for the parent window, as BigCommerce's checkout posts it (`type`, optional `payload`). */
export interface FrameEvent {
  type:
    | "FRAME_LOADED"
    | "FRAME_ERROR"
    | "CHECKOUT_LOADED"
    | "CHECKOUT_ERROR"
    | "CHECKOUT_COMPLETE"
    | "SIGNED_OUT";
  payload?: unknown;
}

/** The id of the element that holds the checkout (FRAME_LOADED's `payload.contentId`). */
export const CONTENT_ID = "checkout-app";

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const money = (c: number) => `$${cents.toNumber(c).toFixed(2)}`;

/**
 * A whole page: `body` (already escaped HTML) inside `#checkout-app`, then the config block and the
 * scripts. `parentOrigin` is the site URL the events may reach (null: none).
 */
export function page(
  title: string,
  body: string,
  parentOrigin: string | null,
  events: FrameEvent[],
): string {
  // "<" escaped so no value can close the data block.
  const config = JSON.stringify({ parentOrigin, events }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/embedded-checkout/checkout.css">
</head>
<body>
<main id="${CONTENT_ID}" aria-label="${escapeHtml(title)}" data-iframe-height>
${body}
</main>
<script type="application/json" id="checkout-config">${config}</script>
<script src="/embedded-checkout/iframe-resizer.js"></script>
<script src="/embedded-checkout/checkout.js"></script>
</body>
</html>
`;
}

/** An error page's body: a heading and one sentence. */
export function errorBody(heading: string, message: string): string {
  return `<h1>${escapeHtml(heading)}</h1>\n<p class="notice" role="alert">${escapeHtml(message)}</p>`;
}

/** The cart summary: each line, then subtotal, discount, tax and the total before shipping. */
function summary(t: PricedCart, giftCertificates: { name: string; amountCents: number }[]): string {
  const rows = [
    ...t.lines.map((l) => [`${l.line.quantity} × ${l.product.name}`, money(l.extended)]),
    ...t.custom.map((c) => [`${c.item.quantity} × ${c.item.name}`, money(c.extended)]),
    ...giftCertificates.map((g) => [`Gift certificate: ${g.name}`, money(g.amountCents)]),
  ];
  const totals = [
    ["Subtotal", money(t.subtotal)],
    ...(t.discount ? [["Discount", `−${money(t.discount)}`]] : []),
    ["Tax", money(t.tax)],
  ];
  const li = (r: string[]) =>
    `<li><span>${escapeHtml(r[0])}</span><span>${escapeHtml(r[1])}</span></li>`;
  return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Order summary</h2>
<ul class="lines">${rows.map(li).join("")}</ul>
<ul>${totals.map(li).join("")}</ul>
<div class="total"><span>Total before shipping</span><span>${escapeHtml(money(t.subtotal - t.discount + t.tax))}</span></div>
</section>`;
}

function input(
  form: ReadonlyMap<string, string>,
  name: string,
  label: string,
  attrs: string = "",
): string {
  const value = form.get(name) ?? "";
  return `<label for="${name}">${escapeHtml(label)}</label><input id="${name}" name="${name}" value="${escapeHtml(value)}" ${attrs}>`;
}

function countrySelect(form: ReadonlyMap<string, string>, name: string): string {
  const chosen = form.get(name) ?? "US";
  const options = SANDBOX_COUNTRIES.map(
    (c) =>
      `<option value="${c.iso2}"${c.iso2 === chosen ? " selected" : ""}>${escapeHtml(countryName(c.iso2))}</option>`,
  ).join("");
  return `<label for="${name}">Country</label><select id="${name}" name="${name}">${options}</select>`;
}

/** The address fields, each name prefixed ("billing_" or "shipping_"). */
function addressFields(
  form: ReadonlyMap<string, string>,
  prefix: string,
  required: string,
): string {
  const f = (n: string) => `${prefix}${n}`;
  return `<div class="row"><div>${input(form, f("first_name"), "First name", `autocomplete="given-name" ${required}`)}</div>
<div>${input(form, f("last_name"), "Last name", `autocomplete="family-name" ${required}`)}</div></div>
${input(form, f("company"), "Company (optional)", 'autocomplete="organization"')}
${input(form, f("address1"), "Address", `autocomplete="address-line1" ${required}`)}
${input(form, f("address2"), "Apartment, suite, etc. (optional)", 'autocomplete="address-line2"')}
<div class="row"><div>${input(form, f("city"), "City", `autocomplete="address-level2" ${required}`)}</div>
<div>${input(form, f("state_or_province"), "State/Province", 'autocomplete="address-level1"')}</div></div>
<div class="row"><div>${countrySelect(form, f("country_code"))}</div>
<div>${input(form, f("postal_code"), "Postal code", 'autocomplete="postal-code"')}</div></div>
${input(form, f("phone"), "Phone (optional)", 'autocomplete="tel"')}`;
}

/** What the checkout form shows: the session, its priced cart and whether anything ships. */
export interface CheckoutView {
  session: CheckoutSession;
  priced: PricedCart;
  giftCertificates: { name: string; amountCents: number }[];
  ships: boolean;
}

/** The checkout form: summary, customer, billing, shipping (when something ships), card. */
export function checkoutBody({ session, priced, giftCertificates, ships }: CheckoutView): string {
  const form = session.form;
  const signedIn = session.customerId !== 0;
  const notice = session.notice
    ? `<p class="notice" role="alert">${escapeHtml(session.notice.message)}</p>`
    : "";
  const customer = signedIn
    ? `<label for="email">Email</label><input id="email" name="email" type="email" value="${escapeHtml(session.customerEmail)}" readonly>
<p class="muted">Signed in. <button class="link" type="submit" form="sign-out">Sign out</button></p>`
    : input(form, "email", "Email", 'type="email" autocomplete="email" required');
  const chosen = form.get("shipping_option_id") ?? SEED_SHIPPING_OPTIONS[0].id;
  const shippingOptions = SEED_SHIPPING_OPTIONS.map(
    (o) =>
      `<div class="choice"><input type="radio" id="ship-${o.id}" name="shipping_option_id" value="${o.id}"${o.id === chosen ? " checked" : ""}><label for="ship-${o.id}">${escapeHtml(o.description)} (${escapeHtml(money(o.costCents))})</label></div>`,
  ).join("");
  const sameChecked = (form.get("same_as_billing") ?? "1") === "1" ? " checked" : "";
  const shipping = ships
    ? `<fieldset><legend>Shipping</legend>
<div class="choice"><input type="checkbox" id="same_as_billing" name="same_as_billing" value="1"${sameChecked}><label for="same_as_billing">Ship to my billing address</label></div>
<p class="muted">Otherwise, ship to:</p>
${addressFields(form, "shipping_", "")}
<h2>Shipping method</h2>
${shippingOptions}
</fieldset>`
    : "";
  return `<h1>Checkout</h1>
${notice}
${summary(priced, giftCertificates)}
<form method="post" action="/embedded-checkout/pay" data-once>
<input type="hidden" name="session" value="${escapeHtml(session.id)}">
<fieldset><legend>Customer</legend>
${customer}
</fieldset>
<fieldset><legend>Billing address</legend>
${addressFields(form, "billing_", "required")}
</fieldset>
${shipping}
<fieldset><legend>Payment</legend>
<p class="muted">Sandbox card gateway: no real payment is taken.</p>
${input(new Map(), "card_number", "Card number", 'inputmode="numeric" autocomplete="cc-number" required')}
${input(form, "card_name", "Name on card", 'autocomplete="cc-name"')}
<div class="row"><div>${input(new Map(), "card_expiry", "Expiration (MM/YY)", 'autocomplete="cc-exp" required')}</div>
<div>${input(new Map(), "card_cvv", "CVV", 'inputmode="numeric" autocomplete="cc-csc" required')}</div></div>
</fieldset>
<button class="primary" type="submit">Place order</button>
</form>
<form id="sign-out" method="post" action="/embedded-checkout/sign-out">
<input type="hidden" name="session" value="${escapeHtml(session.id)}">
</form>`;
}

/** The 3-D Secure challenge the issuer shows inside the frame. */
export function challengeBody(session: CheckoutSession, last4: string): string {
  const button = (outcome: string, label: string, primary: boolean) =>
    `<form method="post" action="/embedded-checkout/3ds" data-once>
<input type="hidden" name="session" value="${escapeHtml(session.id)}">
<input type="hidden" name="outcome" value="${outcome}">
<button type="submit"${primary ? ' class="primary"' : ""}>${label}</button>
</form>`;
  return `<h1>3-D Secure</h1>
<div class="challenge">
<p>Your card issuer asks you to confirm this payment with the card ending in ${escapeHtml(last4)}.</p>
<p class="muted">Sandbox issuer: choose the outcome of the authentication.</p>
${button("complete", "Complete authentication", true)}
${button("fail", "Fail authentication", false)}
</div>`;
}

/** The "Thank you" BigCommerce's checkout shows once the order is placed. */
export function thankYouBody(orderId: number, email: string, siteUrl: string | null): string {
  const back = siteUrl
    ? `<p><a href="${escapeHtml(siteUrl)}" target="_top">Continue shopping</a></p>`
    : "";
  return `<h1>Thank you!</h1>
<p>Your order number is <strong id="order-number">${orderId}</strong>.</p>
<p>An email will be sent containing information about your purchase${email ? ` to ${escapeHtml(email)}` : ""}.</p>
${back}`;
}

/** A signed-in customer's account page (the default `redirect_to` of a login). */
export function accountBody(name: string): string {
  return `<h1>My account</h1>\n<p>Signed in as ${escapeHtml(name)}.</p>`;
}
