// Placing an order from the checkout form through the sandbox's own checkout routes (billing
// address, consignment, shipping option, createOrder), called in-process.
import { OPERATIONS, operationPath, type OperationId } from "../../bigcommerce/operations";
import { findProduct } from "../catalog";
import { SandboxError } from "../errors";
import { bodyReader } from "../http/request";
import type { Address, Cart, SandboxState } from "../state";
import type { CheckoutSession, PendingCard } from "./state";
import type { Ctx } from "./web";

// ---- the sandbox's own operations, called in-process ----------------------------------------

/**
 * Runs the sandbox's route for `operation` directly (no auth, quota, faults or call log: this is
 * the store's checkout, not an API client) and answers its JSON body. Throws its SandboxError.
 */
export async function runOperation(
  ctx: Ctx,
  operation: OperationId,
  params: string[],
  body?: unknown,
): Promise<unknown> {
  const found = ctx.routes.find((r) => r.operation === operation);
  if (!found) throw new Error(`no sandbox route for ${operation}`);
  const url = new URL(
    `/stores/${ctx.state.storeHash}${operationPath(operation, ...params)}`,
    ctx.origin,
  );
  const request = new Request(url, {
    method: OPERATIONS[operation].method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await found.run({
    state: ctx.state,
    params: params.map((p) => encodeURIComponent(p)),
    url,
    request,
    body: bodyReader(request),
  });
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** A SandboxError as one sentence for the shopper: its detail and its field messages. */
export function sentence(error: SandboxError): string {
  const fields = error.errors ? Object.values(error.errors) : [];
  return [error.detail ?? error.title, ...fields].join(" ");
}

export function shippedItems(
  state: SandboxState,
  cart: Cart,
): { item_id: string; quantity: number }[] {
  return [
    ...cart.lineItems
      .filter((l) => findProduct(state, l.productId)?.type !== "digital")
      .map((l) => ({ item_id: l.id, quantity: l.quantity })),
    ...cart.customItems.map((c) => ({ item_id: c.id, quantity: c.quantity })),
  ];
}

// ---- placing the order -----------------------------------------------------------------------

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address1",
  "address2",
  "city",
  "state_or_province",
  "country_code",
  "postal_code",
  "phone",
] as const;

/** The form fields the checkout reads; anything else in a post is ignored. */
const FORM_FIELDS = new Set([
  "session",
  "email",
  "same_as_billing",
  "shipping_option_id",
  "card_number",
  "card_name",
  "card_expiry",
  "card_cvv",
  "outcome",
  ...ADDRESS_FIELDS.map((f) => `billing_${f}`),
  ...ADDRESS_FIELDS.map((f) => `shipping_${f}`),
]);

/** The posted form's known fields, trimmed and cut to 200 characters. */
export async function formOf(request: Request): Promise<Map<string, string>> {
  const params = new URLSearchParams(await request.text());
  const form = new Map<string, string>();
  for (const [key, value] of params) {
    if (FORM_FIELDS.has(key) && !form.has(key)) form.set(key, value.trim().slice(0, 200));
  }
  return form;
}

export function addressOf(form: Map<string, string>, prefix: string, email: string): Address {
  const f = (name: string) => form.get(`${prefix}${name}`) ?? "";
  return {
    first_name: f("first_name"),
    last_name: f("last_name"),
    email,
    company: f("company"),
    address1: f("address1"),
    address2: f("address2"),
    city: f("city"),
    state_or_province: f("state_or_province"),
    state_or_province_code: "",
    country_code: f("country_code").toUpperCase(),
    postal_code: f("postal_code"),
    phone: f("phone"),
  };
}

/** The card as typed, or a sentence saying what is wrong with it. */
export function cardOf(form: Map<string, string>): PendingCard | string {
  const number = (form.get("card_number") ?? "").replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number)) return "Please enter a valid card number.";
  const expiry = (form.get("card_expiry") ?? "").match(/^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/);
  const month = expiry ? Number(expiry[1]) : 0;
  if (!expiry || month < 1 || month > 12) return "Please enter the expiration date as MM/YY.";
  const year = expiry[2].length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
  if (!/^\d{3,4}$/.test(form.get("card_cvv") ?? ""))
    return "Please enter the card's security code.";
  return { number, expiryMonth: month, expiryYear: year };
}

/** Redisplays the form with `message` (posted as CHECKOUT_ERROR when `postError`). */
export async function placeOrder(
  ctx: Ctx,
  session: CheckoutSession,
  cart: Cart,
  form: Map<string, string>,
): Promise<number> {
  const email = session.customerEmail || (form.get("email") ?? "");
  if (!email.includes("@"))
    throw new SandboxError(422, "Invalid input", "Please enter a valid email address.");
  const billing = addressOf(form, "billing_", email);
  if (!billing.first_name || !billing.last_name || !billing.address1 || !billing.city) {
    throw new SandboxError(422, "Invalid input", "Please complete the billing address.");
  }
  if (cart.billing) {
    await runOperation(ctx, "updateCheckoutBillingAddress", [cart.id, cart.billing.id], billing);
  } else {
    await runOperation(ctx, "addCheckoutBillingAddress", [cart.id], billing);
  }
  const items = shippedItems(ctx.state, cart);
  if (items.length) {
    const address =
      (form.get("same_as_billing") ?? "") === "1" ? billing : addressOf(form, "shipping_", email);
    if (!address.first_name || !address.last_name || !address.address1 || !address.city) {
      throw new SandboxError(422, "Invalid input", "Please complete the shipping address.");
    }
    const existing = cart.consignments[0];
    if (existing) {
      await runOperation(ctx, "updateCheckoutConsignment", [cart.id, existing.id], {
        address,
        line_items: items,
      });
    } else {
      await runOperation(
        ctx,
        "addCheckoutConsignment",
        [cart.id],
        [{ address, line_items: items }],
      );
    }
    await runOperation(ctx, "updateCheckoutConsignment", [cart.id, cart.consignments[0].id], {
      shipping_option_id: form.get("shipping_option_id") ?? "",
    });
  }
  const created = (await runOperation(ctx, "createOrder", [cart.id])) as { data: { id: number } };
  return created.data.id;
}

/** Pays `session`'s order with `card`: captured, held back from lists per the knob, "Thank you". */
