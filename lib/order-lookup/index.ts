import "server-only";
import { isNotFound } from "@/lib/bigcommerce";
import type { Mail } from "@/lib/email/types";
import type { Locale } from "@/lib/i18n";
import type { Message } from "@/lib/i18n/message";
import { KvUnavailableError, type LimiterOptions } from "@/lib/kv";
import { logEvent } from "@/lib/log";
import type { Runtime } from "@/lib/runtime";
import { checkoutIdOf } from "@/lib/token-ledger";
import { orderLinkMail } from "./email";
import { detailsMatch, isLookupFieldCode, lookupForm, type LookupFieldCode } from "./form";

// The order lookup (README "Order lookup"): a shopper who lost their confirmation link enters the
// order number, the order's email and its billing postal code; when they match, a fresh link with
// a token of the app's own is emailed to the order's address. Whatever happens, the page says the
// same sentence, so the form tells nobody whether an order exists.

export { lookupForm, LOOKUP_FIELD_CODES, type LookupFieldCode } from "./form";
export { loadRedactedOrder, type RedactedOrderView } from "./status";

/**
 * Lookups per order: 5 a minute reach BigCommerce, whoever asks (20 tries for one order within a
 * minute cost at most 5 getOrder calls). Counted before BigCommerce is asked.
 */
export const LOOKUP_PER_ORDER: LimiterOptions = {
  name: "lookup-order",
  points: 5,
  durationSeconds: 60,
};

/**
 * Lookups per client address (lib/client-address.ts; not counted when the address is unknown):
 * 20 in 10 minutes, enough for typing mistakes, too few to walk through order numbers.
 */
export const LOOKUP_PER_CLIENT: LimiterOptions = {
  name: "lookup-client",
  points: 20,
  durationSeconds: 600,
};

/**
 * Every answer to a lookup takes at least this long (milliseconds): the edge pads to it, so a
 * match, a miss and a throttled attempt cannot be told apart by time (the email is sent after the
 * response).
 */
export const LOOKUP_ANSWER_FLOOR_MS = 350;

/** What looking an order up did. Never says which detail was wrong; the page says the same for all but `invalid`. */
export type LookupResult =
  /** Malformed input, by field (message codes): nothing was counted or asked. */
  | { kind: "invalid"; fieldErrors: Partial<Record<LookupField, Message>> }
  /** Too many lookups from this client or for this order: BigCommerce was not asked. */
  | { kind: "throttled"; orderId: number }
  /** The shared store or BigCommerce could not answer: nothing was sent. */
  | { kind: "unavailable"; orderId: number }
  /** No such order, or the details are not the order's: nothing was sent. */
  | { kind: "no-match"; orderId: number }
  /**
   * The details are the order's: grant the lookup proof (lib/session.ts grantLookup) and send
   * `mail` (null when live mode has no SMTP: nothing to send, the mailer logs it once).
   */
  | { kind: "matched"; orderId: number; mail: Mail | null };

/** The form's fields, by name. */
type LookupField = "orderNumber" | "email" | "postalCode";

/** What a lookup runs on: BigCommerce, the shared store (limits and token ledger), the configuration. */
export type LookupDeps = Pick<Runtime, "bigcommerce" | "kv" | "ledger" | "config">;

export interface LookupContext {
  /** The client's address (lib/client-address.ts), when a trusted header gives it. */
  clientAddress: string | undefined;
  /**
   * The origin the emailed link names when PUBLIC_URL is not set (sandbox mode): the request's
   * origin, already checked to be the host the request was sent to. Ignored when PUBLIC_URL is set.
   */
  requestOrigin: string;
  /** The shopper's language, for the email. */
  locale: Locale;
}

/** Field errors by field name from zod's issues (their messages are LookupFieldCodes). */
function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const errors: Partial<Record<LookupField, Message>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field !== "orderNumber" && field !== "email" && field !== "postalCode") continue;
    const code: LookupFieldCode = isLookupFieldCode(issue.message)
      ? issue.message
      : `lookup.field.${field}`;
    errors[field] ??= { code };
  }
  return errors;
}

/**
 * Looks an order up from the posted form `fields` (orderNumber, email, postalCode; strings).
 *
 * 1. Validates with lookupForm: malformed input is `invalid`, with no store or BigCommerce call.
 * 2. Takes one attempt from the client's limit (LOOKUP_PER_CLIENT, when its address is known) and
 *    the order's (LOOKUP_PER_ORDER), atomically and before BigCommerce: either used up is
 *    `throttled`.
 * 3. Reads the order: exactly one BigCommerce call, getOrder (Orders v2 `GET /orders/{id}`);
 *    404 is `no-match`, any other failure `unavailable`.
 * 4. Compares the billing email (case-insensitively) and billing postal code (without case,
 *    spaces or hyphens) in constant time: a difference is `no-match`.
 * 5. On a match, mints a token of the app's own (TokenLedger.issueOwn: the config's
 *    orderLookup.linkTtlSeconds and linkMaxUses, the order's cart id or NO_CART) and returns the
 *    email with `{origin}/order-confirmation/{id}?t={token}`; the caller sends it after answering.
 *
 * Never throws for a wrong detail or an outage (KvUnavailableError, BigCommerce errors are
 * `unavailable`); rethrows only programming errors. Logs the outcome with the order id only:
 * never the email, postal code or token.
 */
export async function lookUpOrder(
  deps: LookupDeps,
  fields: Record<string, unknown>,
  context: LookupContext,
): Promise<LookupResult> {
  const parsed = lookupForm.safeParse({
    orderNumber: fields.orderNumber,
    email: fields.email,
    postalCode: fields.postalCode,
  });
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const { orderNumber: orderId, email, postalCode } = parsed.data;
  const result = await lookUp(deps, orderId, { email, postalCode }, context);
  logEvent("lookup.answered", { outcome: result.kind, orderId });
  return result;
}

async function lookUp(
  deps: LookupDeps,
  orderId: number,
  typed: { email: string; postalCode: string },
  context: LookupContext,
): Promise<LookupResult> {
  try {
    if (context.clientAddress) {
      const client = await deps.kv.limiter(LOOKUP_PER_CLIENT).take(context.clientAddress);
      if (client.blocked) return { kind: "throttled", orderId };
    }
    const order = await deps.kv.limiter(LOOKUP_PER_ORDER).take(String(orderId));
    if (order.blocked) return { kind: "throttled", orderId };
  } catch (error) {
    if (!(error instanceof KvUnavailableError)) throw error;
    // Attempts that cannot be counted are not made: BigCommerce is not asked.
    return { kind: "unavailable", orderId };
  }
  let order;
  try {
    order = await deps.bigcommerce.getOrder(orderId);
  } catch (error) {
    if (isNotFound(error)) return { kind: "no-match", orderId };
    logEvent("lookup.order-unreadable", { orderId, error: String(error) }, "warn");
    return { kind: "unavailable", orderId };
  }
  if (!detailsMatch(typed, order.billing_address)) return { kind: "no-match", orderId };
  const { config } = deps;
  if (config.email.transport === "none") return { kind: "matched", orderId, mail: null };
  let token;
  try {
    token = await deps.ledger.issueOwn({
      orderId,
      checkoutId: checkoutIdOf(order.cart_id),
      maxUses: config.orderLookup.linkMaxUses,
      ttlSeconds: config.orderLookup.linkTtlSeconds,
    });
  } catch (error) {
    if (!(error instanceof KvUnavailableError)) throw error;
    return { kind: "unavailable", orderId };
  }
  const origin = config.email.publicUrl ?? context.requestOrigin;
  const link = `${origin}/order-confirmation/${orderId}?t=${encodeURIComponent(token)}`;
  const mail = orderLinkMail({
    // The order's own address, as BigCommerce has it: never the one typed.
    to: order.billing_address.email,
    orderId,
    link,
    locale: context.locale,
    hours: Math.floor(config.orderLookup.linkTtlSeconds / 3600),
  });
  return { kind: "matched", orderId, mail };
}
