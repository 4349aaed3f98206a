import "server-only";
import {
  BigCommerceError,
  BigCommerceUnavailableError,
  isNotFound,
  type BigCommerceClient,
} from "@/lib/bigcommerce";
import { message, type Message } from "@/lib/i18n/message";
import { ifAvailable, KvUnavailableError, type Kv } from "@/lib/kv";
import { sameAmount, toDecimal } from "@/lib/money";
import { orderStatus, paymentResultStanding, paymentTaken } from "@/lib/order-status";
import type { Runtime } from "@/lib/runtime";
import type { PaymentForm } from "./forms";
import { CheckoutProblem, explain, problem } from "./index";
import { markJustPlaced } from "./just-placed";
import { acquireLease, type Lease } from "./lease";
import { notReadyToOrder } from "./readiness";
import { checkoutSnapshots } from "./snapshot";

// "Place order": exactly one order and one charge per purchase, whatever the shopper's browser
// does (double clicks, resubmits, two tabs, retries after a decline, a lost response).
//  - The order created for a checkout is remembered in the shared store and reused while unpaid.
//  - Concurrent submissions for one checkout are serialised by a lease in the same store
//    (./lease.ts), renewed while the attempt runs and confirmed right before the payment; a
//    submission that finds it held waits for the first one and takes its outcome.
//  - A checkout already paid sends the shopper to their confirmation instead of paying again;
//    an order the store declined or cancelled is not paid: a retry pays a new order for the cart.
//  - A cart with physical items needs its one consignment (address and shipping method); a
//    digital-only cart needs only the billing address; a checkout split across several
//    consignments by another client is refused before any order is made.
//  - Nothing reaches BigCommerce before the store has answered (the paid mark, then the lease), and
//    after the payment the store is only told what happened, if it answers: so a store that cannot
//    answer means nothing was charged, and the shopper is asked to try again (NOT_PLACED).

export type PlaceOrderResult =
  /**
   * Placed now: redirect with the fresh checkout token. `payment` is "paid" when the payment went
   * through, "pending" when the gateway is still confirming it (the confirmation says "received").
   */
  | { kind: "confirmed"; orderId: number; token: string; payment: "paid" | "pending" }
  /** Paid earlier (another tab, a double click, a lost response): this session may view it. */
  | { kind: "already-paid"; orderId: number }
  /** The payment was refused: `message` says so, with BigCommerce's reason as its `detail`. */
  | { kind: "declined"; message: Message };

interface RememberedOrder {
  orderId: number;
  /** The checkout version the order was created from; a changed checkout needs a new order. */
  version: number;
  /**
   * The checkout's `grand_total` when the order was made: a decimal string ("33.23"; records
   * kept before this change hold the v3 number). A total that moved without a new version (a
   * price or tax recalculation) needs a new order too: the card is charged the order's total,
   * which must be the one the shopper agreed to. Compared exactly (sameAmount).
   */
  total?: string | number;
}

const DAY_MS = 24 * 3600 * 1000;
/** How long a resubmission waits for the attempt it found running, and keeps its outcome, in ms. */
const MAX_WAIT_MS = 45_000;
const WAIT_STEP_MS = 150;

/** What the shopper reads when the shared store cannot answer before the payment. */
export const NOT_PLACED: Message = message("checkout.problem.notPlaced");
const STILL_PLACING: Message = message("checkout.problem.stillPlacing");

const keys = {
  order: (checkoutId: string) => `checkout:${checkoutId}:order`,
  paid: (checkoutId: string) => `checkout:${checkoutId}:paid`,
  lock: (checkoutId: string) => `checkout:${checkoutId}:lock`,
  outcome: (checkoutId: string) => `checkout:${checkoutId}:outcome`,
};

/** What placing an order needs from the composition root: BigCommerce, the shared store, the ledger and the token settings. */
export type PlaceOrderDeps = Pick<Runtime, "bigcommerce" | "kv" | "ledger" | "config">;

type Sleep = (ms: number) => Promise<void>;

/**
 * Places the order for a checkout and takes the card payment, at most once per checkout (see above).
 * Throws CheckoutProblem with a message for the shopper (NOT_PLACED when the shared store cannot
 * answer); `sleep` is for tests of the waiting path.
 */
export async function placeOrder(
  deps: PlaceOrderDeps,
  input: { checkoutId: string; payment: PaymentForm },
  sleep: Sleep = (ms) => new Promise<void>((r) => setTimeout(r, ms)),
): Promise<PlaceOrderResult> {
  try {
    return await placeOrderOnce(deps, input, sleep);
  } catch (error) {
    // Every store failure that reaches here came before the payment was sent.
    if (error instanceof KvUnavailableError) throw new CheckoutProblem(NOT_PLACED);
    throw error;
  }
}

/** placeOrder, with the store's failures thrown as they are. */
async function placeOrderOnce(
  deps: PlaceOrderDeps,
  input: { checkoutId: string; payment: PaymentForm },
  sleep: Sleep,
): Promise<PlaceOrderResult> {
  const store = deps.kv;
  const { checkoutId } = input;

  const paid = await store.get(keys.paid(checkoutId));
  if (paid) return { kind: "already-paid", orderId: Number(paid) };

  const lease = await acquireLease(store, keys.lock(checkoutId));
  if (!lease) return waitForOtherAttempt(store, checkoutId, sleep);
  try {
    const result = await attempt(deps, input, lease);
    if (result.kind === "declined") await keepOutcome(store, checkoutId, result.message);
    return result;
  } catch (error) {
    if (error instanceof CheckoutProblem) await keepOutcome(store, checkoutId, error.reason);
    throw error;
  } finally {
    // Whatever happened (an order created, a payment made or lost), the kept checkout is out of
    // date: the next page reads BigCommerce's, and finds the cart gone if it was paid.
    await checkoutSnapshots(deps.bigcommerce, store).forget(checkoutId);
    await lease.release();
  }
}

/** For a submission waiting on this one: what it ended with (if the store answers), as JSON. */
const keepOutcome = (store: Kv, checkoutId: string, outcome: Message) =>
  ifAvailable(
    store.set(keys.outcome(checkoutId), JSON.stringify(outcome), { ttlMs: MAX_WAIT_MS }),
    false,
  );

/** The outcome keepOutcome kept, or the plain "not placed" when none was (or it is unreadable). */
function keptOutcome(raw: string | null): Message {
  const fallback = message("checkout.problem.notPlacedCheck");
  if (!raw) return fallback;
  try {
    const kept = JSON.parse(raw) as Partial<Message> | null;
    return typeof kept?.code === "string" ? (kept as Message) : fallback;
  } catch {
    return fallback;
  }
}

/** Marks the checkout paid, if the store answers: a shortcut for later submissions, not the record. */
const rememberPaid = (store: Kv, checkoutId: string, orderId: number) =>
  ifAvailable(store.set(keys.paid(checkoutId), String(orderId), { ttlMs: DAY_MS }), false);

/**
 * A second submission while the first is running: wait for it, then report what it did. If the
 * store stops answering meanwhile, the first may still be paying: never "nothing was charged".
 */
async function waitForOtherAttempt(
  store: Kv,
  checkoutId: string,
  sleep: Sleep,
): Promise<PlaceOrderResult> {
  try {
    for (let waited = 0; waited < MAX_WAIT_MS; waited += WAIT_STEP_MS) {
      await sleep(WAIT_STEP_MS);
      if (await store.get(keys.lock(checkoutId))) continue;
      const paid = await store.get(keys.paid(checkoutId));
      if (paid) return { kind: "already-paid", orderId: Number(paid) };
      throw new CheckoutProblem(keptOutcome(await store.get(keys.outcome(checkoutId))));
    }
  } catch (error) {
    if (error instanceof KvUnavailableError) throw new CheckoutProblem(STILL_PLACING);
    throw error;
  }
  throw new CheckoutProblem(STILL_PLACING);
}

/** One attempt, under the lock: the order (created or reused), then the token, then the payment. */
async function attempt(
  deps: PlaceOrderDeps,
  input: { checkoutId: string; payment: PaymentForm },
  lease: Lease,
): Promise<PlaceOrderResult> {
  const { checkoutId, payment } = input;
  const order = await orderFor(deps, checkoutId, payment.expectedTotal);
  if (order.kind === "already-paid") return order;
  const { orderId } = order;
  const prepared = await preparePayment(deps, checkoutId, orderId);
  // The last moment to find that another attempt took over: never two payments for one order.
  if (!(await lease.confirm())) {
    throw problem("checkout.problem.otherWindow");
  }
  let standing: "paid" | "pending";
  try {
    const answer = await deps.bigcommerce.processPayment(prepared.pat, {
      paymentMethodId: prepared.paymentMethodId,
      instrument: {
        type: "card",
        cardholder_name: payment.cardholderName,
        number: payment.cardNumber,
        expiry_month: payment.cardExpiry.month,
        expiry_year: payment.cardExpiry.year,
        verification_value: payment.cardCvv,
      },
    });
    // "pending" is not "success": the order is placed, its money not yet confirmed.
    standing = paymentResultStanding(answer.status);
  } catch (error) {
    if (
      error instanceof BigCommerceError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 429
    ) {
      return {
        kind: "declined",
        message: message("checkout.problem.declined", { detail: error.detail }),
      };
    }
    // No answer is not a "no": the payment may have gone through with its response lost.
    // Ask the order itself before telling the shopper anything.
    const taken = await takenOrderFor(deps.bigcommerce, orderId, checkoutId);
    if (taken === null) explain(error, "payment");
    standing = taken.standing === "paid" ? "paid" : "pending";
  }
  await rememberPaid(deps.kv, checkoutId, orderId);
  await markJustPlaced(deps.kv, orderId);
  return { kind: "confirmed", orderId, token: prepared.token, payment: standing };
}

/**
 * The order to pay for this checkout: the remembered one while the checkout is unchanged, else a
 * new one (remembered for a day). A checkout whose cart is gone because our order was paid (a lost
 * answer) is "already-paid". Throws CheckoutProblem when the checkout is not ready or its total is
 * not the `expectedTotal` (decimal string) the shopper agreed to.
 */
async function orderFor(
  { bigcommerce: bc, kv: store }: PlaceOrderDeps,
  checkoutId: string,
  expectedTotal: string,
): Promise<{ kind: "order"; orderId: number } | { kind: "already-paid"; orderId: number }> {
  const remembered = await readRemembered(store, checkoutId);
  try {
    let checkout;
    try {
      // Fresh, never the kept copy: this is the total the card is charged.
      checkout = await checkoutSnapshots(bc, store).readFresh(checkoutId);
    } catch (error) {
      // The cart is deleted once its order is paid: if ours was, the response was lost on the way.
      if (isNotFound(error) && remembered) {
        const taken = await takenOrderFor(bc, remembered.orderId, checkoutId);
        if (taken) {
          await rememberPaid(store, checkoutId, taken.orderId);
          return { kind: "already-paid", orderId: taken.orderId };
        }
      }
      throw error;
    }
    // Billing always; shipping only for physical items; never a checkout split across addresses.
    const notReady = notReadyToOrder(checkout);
    if (notReady) throw new CheckoutProblem(notReady.message, notReady.fieldErrors);
    // The shopper agreed to the total on the page (a decimal string the form checked); if the
    // checkout changed since, they review it first. Compared exactly, never as floats.
    if (!sameAmount(checkout.grand_total, expectedTotal)) {
      throw problem("checkout.problem.totalChanged");
    }
    if (
      remembered &&
      remembered.version === checkout.version &&
      remembered.total !== undefined &&
      sameAmount(remembered.total, checkout.grand_total) &&
      !(await orderFailed(bc, remembered.orderId))
    ) {
      return { kind: "order", orderId: remembered.orderId };
    }
    const orderId = await createOrderOnce(bc, checkoutId, remembered?.orderId);
    const record: RememberedOrder = {
      orderId,
      version: checkout.version,
      // Plain digits, never an exponent ("70.2"), so toDecimal reads it back.
      total: toDecimal(checkout.grand_total).toFixed(),
    };
    await store.set(keys.order(checkoutId), JSON.stringify(record), { ttlMs: DAY_MS });
    return { kind: "order", orderId };
  } catch (error) {
    explain(error, "order");
  }
}

/**
 * Everything the payment needs, in one round trip: the checkout token (it must exist before the
 * payment deletes the cart; recorded in the ledger), a payment access token and the card method.
 */
async function preparePayment(
  { bigcommerce: bc, ledger, config }: PlaceOrderDeps,
  checkoutId: string,
  orderId: number,
): Promise<{ token: string; pat: string; paymentMethodId: string }> {
  const { maxUses, ttlSeconds } = config.checkoutToken;
  try {
    const [token, pat, methods] = await Promise.all([
      bc.createCheckoutToken(checkoutId, { maxUses, ttlSeconds }),
      bc.createPaymentAccessToken(orderId),
      bc.getPaymentMethods(orderId),
    ]);
    const method = methods.find((m) => m.type === "card");
    if (!method) {
      throw problem("checkout.problem.noCardPayments");
    }
    await ledger.record({ token, checkoutId, orderId, maxUses, ttlSeconds });
    return { token, pat, paymentMethodId: method.id };
  } catch (error) {
    explain(error, "paymentStart");
  }
}

async function readRemembered(store: Kv, checkoutId: string): Promise<RememberedOrder | null> {
  const raw = await store.get(keys.order(checkoutId));
  return raw ? (JSON.parse(raw) as RememberedOrder) : null;
}

/**
 * The order, if it belongs to this checkout and money went through or may be going through for it
 * (paymentTaken: paid, pending or reversed), with where it stands. Null for an unpaid order, and
 * for a declined or cancelled one: nothing was taken, so the cart may be paid with a new order.
 */
async function takenOrderFor(
  bc: BigCommerceClient,
  orderId: number,
  checkoutId: string,
): Promise<{ orderId: number; standing: ReturnType<typeof orderStatus>["standing"] } | null> {
  try {
    const order = await bc.getOrder(orderId);
    if (order.cart_id !== checkoutId || !paymentTaken(order.status_id)) return null;
    return { orderId: order.id, standing: orderStatus(order.status_id).standing };
  } catch {
    return null;
  }
}

/**
 * True when the remembered order was declined or cancelled by the store (standing "failed") or is
 * gone (deleted by the merchant): it can never be paid, so a retry creates a new order for the
 * cart instead of reusing it. Throws what getOrder throws otherwise (an outage: nothing charged).
 */
async function orderFailed(bc: BigCommerceClient, orderId: number): Promise<boolean> {
  try {
    const order = await bc.getOrder(orderId);
    return orderStatus(order.status_id).standing === "failed";
  } catch (error) {
    if (isNotFound(error)) return true;
    throw error;
  }
}

/**
 * Creates the order. If BigCommerce does not answer in time the order may exist anyway, so it is
 * looked for (newest unpaid order of this checkout, other than one already known) instead of
 * creating a second one.
 */
async function createOrderOnce(
  bc: BigCommerceClient,
  checkoutId: string,
  known?: number,
): Promise<number> {
  try {
    return await bc.createOrder(checkoutId);
  } catch (error) {
    if (!(error instanceof BigCommerceUnavailableError)) throw error;
    const orders = await bc.getOrdersByCart(checkoutId);
    const created = orders
      .filter((o) => o.status_id === 0 && o.id !== known)
      .sort((a, b) => b.id - a.id)[0];
    if (created) return created.id;
    throw error;
  }
}

/**
 * The paid order of a checkout whose cart is gone, if this app placed one (for a shopper who
 * lost the answer to "Place order"). Read-only: the caller grants access. Null as well while the
 * store cannot answer (it holds the only record of which order was this checkout's).
 */
export async function findPaidOrder(
  deps: Pick<Runtime, "bigcommerce" | "kv">,
  checkoutId: string,
): Promise<number | null> {
  const store = deps.kv;
  const paid = await ifAvailable(store.get(keys.paid(checkoutId)), null);
  if (paid) return Number(paid);
  const remembered = await ifAvailable(readRemembered(store, checkoutId), null);
  if (!remembered) return null;
  const taken = await takenOrderFor(deps.bigcommerce, remembered.orderId, checkoutId);
  if (taken !== null) await rememberPaid(store, checkoutId, taken.orderId);
  return taken?.orderId ?? null;
}
