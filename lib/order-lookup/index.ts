import "server-only";
import { isNotFound } from "@/lib/bigcommerce";
import type { Message } from "@/lib/i18n/message";
import { KvUnavailableError, type LimiterOptions } from "@/lib/kv";
import { logEvent } from "@/lib/log";
import type { Runtime } from "@/lib/runtime";
import { checkoutIdOf } from "@/lib/token-ledger";
import { detailsMatch, isLookupFieldCode, lookupForm, type LookupFieldCode } from "./form";
import type { OrderLinkRequest } from "./link";

// The order lookup (README "Order lookup"): a shopper who lost their confirmation link enters the
// order number, the order's email and its billing postal code; when they match, a fresh link with
// a token of the app's own is emailed to the order's address (./link.ts, after the response).
// Whatever happens, the page says the same sentence at the same time; only the browser that
// proved the details sees a match, through the redacted status page.

export { lookupForm, LOOKUP_FIELD_CODES, type LookupFieldCode } from "./form";
export {
  loadRedactedOrder,
  redactedStatusFor,
  type RedactedOrderView,
  type RedactedStatus,
} from "./status";
export {
  sendOrderLink,
  type OrderLinkContext,
  type OrderLinkDeps,
  type OrderLinkOutcome,
  type OrderLinkRequest,
} from "./link";

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
 * Lookups reaching BigCommerce for the whole store, from everyone together: 300 in 5 minutes (60 a
 * minute on average, 86,400 a day at most). Always counted, so walking through order numbers is
 * bounded even when no client address is known (CLIENT_IP_HEADER unset on a self-hosted server).
 * Five-minute windows let a burst of real shoppers through. While it is spent, every lookup is
 * `throttled` (the same sentence, no email) until the window ends. Counted last, after the client's
 * and the order's limits passed: it counts exactly the lookups that ask BigCommerce.
 */
export const LOOKUP_PER_STORE: LimiterOptions = {
  name: "lookup-store",
  points: 300,
  durationSeconds: 300,
};

/** The one key of LOOKUP_PER_STORE: the shared store (its key prefix) already names the store. */
const STORE_KEY = "store";

/**
 * Every answer to a lookup takes at least this long (milliseconds): the edge pads to it, so a
 * match, a miss and a throttled attempt cannot be told apart by time while BigCommerce answers
 * within it. Past it, a match and a miss still do the same work before answering (limits, one
 * getOrder, the comparison): minting, building and sending the email happen after the response.
 */
export const LOOKUP_ANSWER_FLOOR_MS = 350;

/** What looking an order up did. Never says which detail was wrong; the page says the same for all but `invalid`. */
export type LookupResult =
  /** Malformed input, by field (message codes): nothing was counted or asked. */
  | { kind: "invalid"; fieldErrors: Partial<Record<LookupField, Message>> }
  /** Too many lookups from this client, for this order or for the store: BigCommerce was not asked. */
  | { kind: "throttled"; orderId: number }
  /** The shared store or BigCommerce could not answer: nothing was sent. */
  | { kind: "unavailable"; orderId: number }
  /** No such order, or the details are not the order's: nothing was sent. */
  | { kind: "no-match"; orderId: number }
  /**
   * The details are the order's: grant the lookup proof (lib/session.ts grantLookup) and, after
   * the response, hand `link` to sendOrderLink (./link.ts), which mints, builds and sends. Nothing
   * was written or built yet: a match's request did the same work as a miss's.
   */
  | { kind: "matched"; orderId: number; link: OrderLinkRequest };

/** The form's fields, by name. */
type LookupField = "orderNumber" | "email" | "postalCode";

/** What a lookup runs on: BigCommerce and the shared store (limits). */
export type LookupDeps = Pick<Runtime, "bigcommerce" | "kv">;

export interface LookupContext {
  /** The client's address (lib/client-address.ts), when a trusted header gives it. */
  clientAddress: string | undefined;
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
 * 2. Takes one attempt from the client's limit (LOOKUP_PER_CLIENT, when its address is known), the
 *    order's (LOOKUP_PER_ORDER) and the store's (LOOKUP_PER_STORE, always), each atomic, in that
 *    order and before BigCommerce: any used up is `throttled`.
 * 3. Reads the order: exactly one BigCommerce call, getOrder (Orders v2 `GET /orders/{id}`);
 *    404 is `no-match`, any other failure `unavailable`.
 * 4. Compares the billing email (case-insensitively) and billing postal code (without case,
 *    spaces or hyphens) in constant time: a difference is `no-match`, a match is `matched` with
 *    what sendOrderLink needs. Nothing more: no token is minted and no email built here, so a
 *    match's request path is a miss's (the caller sends after answering).
 *
 * Writes nothing to the shared store but limiter counts. Never throws for a wrong detail or an
 * outage (KvUnavailableError, BigCommerce errors are `unavailable`); rethrows only programming
 * errors. Logs the outcome with the order id only: never the email or postal code.
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
    const store = await deps.kv.limiter(LOOKUP_PER_STORE).take(STORE_KEY);
    if (store.blocked) return { kind: "throttled", orderId };
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
  return {
    kind: "matched",
    orderId,
    // The order's own address, as BigCommerce has it: never the one typed.
    link: { orderId, to: order.billing_address.email, checkoutId: checkoutIdOf(order.cart_id) },
  };
}
