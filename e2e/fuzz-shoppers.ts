// The two shoppers of the fuzz suite (fuzz.spec.ts). The victim buys in a browser of their own and
// is never seen again: no fuzz request carries their cookie, so no fuzz response may hold their
// email, last name or street. The fuzzer is the attacker's own session, with a cart and details of
// its own, so that its requests reach the cart, the checkout and every server action those pages
// render; the action ids and the forms' fields are read from the pages' HTML.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Browser } from "@playwright/test";
import {
  addToCart,
  CARDS,
  continueToShipping,
  expect,
  fillAddress,
  openCheckout,
  placeOrderAndKeepLink,
  shippingAddress,
} from "./fixtures";
import { actionFormPost, type Field } from "./fuzz-forms";

export interface Victim {
  email: string;
  lastName: string;
  street: string;
  orderId: number;
  /** Their confirmation link's token, already used by their own browser. */
  spentToken: string;
}

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    "",
  );

/** A purchase by a new guest with unmistakable details, who then opens their confirmation. */
export async function victimPurchase(browser: Browser, baseURL: string): Promise<Victim> {
  const tag = letters(8);
  const lastName = `Quillon${tag[0].toUpperCase()}${tag.slice(1)}`;
  const street = `${1000 + Math.floor(Math.random() * 9000)} Zephyrine Quay`;
  const email = `victim.${tag}@example.com`;
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await addToCart(page, "Stoneware Coffee Mug");
    await openCheckout(page, email);
    await fillAddress(shippingAddress(page), {
      firstName: "Vera",
      lastName,
      street,
      city: "Austin",
      state: "Texas",
      postalCode: "78701",
      country: "US",
    });
    await continueToShipping(page);
    const { orderId, link } = await placeOrderAndKeepLink(page, CARDS.success);
    await page.goto(link);
    await expect(page.getByTestId("order-number")).toHaveText(String(orderId));
    // Their own page shows what the fuzz must never see: the markers are real.
    const own = await page.content();
    expect(own).toContain(lastName);
    expect(own).toContain(street);
    return { email, lastName, street, orderId, spentToken: new URL(link).searchParams.get("t")! };
  } finally {
    await context.close();
  }
}

/** A server action's form as a page renders it: the page, the action's id and the form's fields. */
export interface ActionForm {
  page: string;
  actionId: string;
  /** The action's exported name, from the build's manifest. */
  name: string;
  fields: Record<string, string>;
}

export interface Fuzzer {
  /** The fuzzer's sealed session cookie (a cart with details), as `__Host-sf_session=…`. */
  cookie: string;
  sealed: string;
  productId: number;
  forms: ActionForm[];
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w$:-]+)="([^"]*)"/g))
    found[name] = unescapeHtml(value);
  return found;
}

/** Every form with a server action id in a page's HTML, with the values it would post. */
export function actionForms(page: string, html: string): ActionForm[] {
  const forms: ActionForm[] = [];
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    const id = form.match(/name="\$ACTION_ID_([0-9a-f]+)"/)?.[1];
    if (!id) continue;
    const fields: Record<string, string> = {};
    for (const [tag] of form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
      const a = attributes(tag);
      if (!a.name || a.name.startsWith("$") || a.type === "submit") continue;
      if ((a.type === "checkbox" || a.type === "radio") && !("checked" in a)) continue;
      fields[a.name] ??= a.value ?? (a.type === "checkbox" ? "on" : "");
    }
    if (!forms.some((f) => f.actionId === id)) forms.push({ page, actionId: id, name: id, fields });
  }
  return forms;
}

/** The session cookie of the production server the suite runs (lib/session.ts). */
const SESSION_COOKIE = "__Host-sf_session";

function sessionFrom(response: APIResponse): string | undefined {
  const header = response
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=`));
  return header?.value.split(";")[0].slice(`${SESSION_COOKIE}=`.length);
}

/** Builds the fuzzer's session with plain form posts (as without JavaScript) and reads its forms. */
export async function fuzzerSession(request: APIRequestContext, baseURL: string): Promise<Fuzzer> {
  const origin = new URL(baseURL).origin;
  let sealed = "";
  const cookie = () => (sealed ? `${SESSION_COOKIE}=${sealed}` : "fz=1");
  const html = async (page: string) =>
    (
      await request.get(`${baseURL}${page}`, { headers: { cookie: cookie() }, maxRedirects: 0 })
    ).text();
  const post = async (form: ActionForm | undefined, fields: Field[]) => {
    expect(form, "a form the fuzzer needs is on its page").toBeDefined();
    const { headers, body } = actionFormPost(form!.actionId, fields);
    const response = await request.post(`${baseURL}${form!.page}`, {
      headers: { ...headers, cookie: cookie(), origin },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), `${form!.page}: the fuzzer's own step`).toBe(303);
    sealed = sessionFrom(response) ?? sealed;
  };
  const productId = Number((await html("/")).match(/href="\/products\/(\d+)"/)![1]);
  const product = actionForms(`/products/${productId}`, await html(`/products/${productId}`));
  await post(product[0], Object.entries(product[0].fields));
  const details = actionForms("/checkout", await html("/checkout")).find(
    (f) => "email" in f.fields,
  );
  await post(details, [
    ...Object.entries({ ...details!.fields, email: "fuzzer@example.com", firstName: "Fuzz" }),
    ...Object.entries({ lastName: "Tester", address1: "1 Fuzz Lane", city: "Austin" }),
    ...Object.entries({ stateOrProvince: "TX", postalCode: "78701", countryCode: "US" }),
  ]);
  const forms = [...product];
  for (const page of ["/cart", "/checkout", "/sign-in", "/sign-up", "/order-lookup"])
    forms.push(
      ...actionForms(page, await html(page)).filter(
        (f) => !forms.some((g) => g.actionId === f.actionId),
      ),
    );
  expect(sealed, "the fuzzer has a session").not.toBe("");
  return { cookie: cookie(), sealed, productId, forms: withManifest(forms, productId) };
}

/** The build's server actions: id → exported name and the pages (app/…/page) that can run it. */
function serverActions(): [string, { exportedName: string; workers: Record<string, unknown> }][] {
  const file = path.resolve(__dirname, "../.next/server/server-reference-manifest.json");
  return Object.entries(JSON.parse(readFileSync(file, "utf8")).node);
}

/**
 * Names each form's action from the build's manifest, and adds the actions no page rendered for
 * the fuzzer (sign-out, which needs a signed-in customer; removing a coupon, which needs one), with
 * no fields, posted to the first page that can run them: every action of the build is fuzzed.
 */
function withManifest(forms: ActionForm[], productId: number): ActionForm[] {
  const actions = serverActions();
  const named = forms.map((f) => ({
    ...f,
    name: actions.find(([id]) => id === f.actionId)?.[1].exportedName ?? f.name,
  }));
  const unseen = actions
    .filter(([id]) => !forms.some((f) => f.actionId === id))
    .map(([actionId, { exportedName, workers }]) => ({
      actionId,
      name: exportedName,
      page:
        Object.keys(workers)[0]
          .replace(/^app/, "")
          .replace(/\/page$/, "")
          .replace("[productId]", String(productId)) || "/",
      fields: {},
    }));
  return [...named, ...unseen];
}
