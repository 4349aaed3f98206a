// Payments: accepted methods, payment access tokens (PATs) and card payments on the payments
// host (docs/bigcommerce.md §8), with the test cards' outcomes, and their routes.
import { createHmac, randomUUID } from "node:crypto";
import { z } from "zod";
import { liveCart } from "./carts";
import { SandboxError } from "./errors";
import { patOf } from "./http/auth";
import { parse } from "./http/request";
import { json, v3 } from "./http/responses";
import { route } from "./http/routes";
import { toMinorUnits } from "./money";
import { amountDue } from "./order-totals";
import { SANDBOX_PAYMENT_METHOD, TEST_CARDS } from "./seed";
import { nextLineId, type Order, type PaymentAccessToken, type SandboxState } from "./state";

/** The card fields of a PaymentsPost instrument. */
interface CardInput {
  type: string;
  number?: string;
  cardholder_name?: string;
  expiry_month?: number;
  expiry_year?: number;
  verification_value?: string;
}

/** A payments-API failure: 422 with BigCommerce's numeric payment error code (docs/bigcommerce.md §8.5). */
function paymentError(title: string, code: number, status = 422): SandboxError {
  return new SandboxError(status, title, undefined, code);
}

function paymentMethodsJson() {
  return [
    {
      id: SANDBOX_PAYMENT_METHOD.id,
      name: SANDBOX_PAYMENT_METHOD.name,
      test_mode: true,
      type: "card",
      supported_instruments: [
        { instrument_type: "VISA", verification_value_required: true },
        { instrument_type: "MASTERCARD", verification_value_required: true },
      ],
      stored_instruments: [],
    },
  ];
}

function orderForPayments(state: SandboxState, orderId: number): Order {
  const order = state.orders.get(orderId);
  if (!order) throw paymentError("Order could not be found.", 30003, 404);
  return order;
}

const b64 = (v: object | Buffer) =>
  (Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v))).toString("base64url");

const sign = (state: SandboxState, unsigned: string) =>
  createHmac("sha256", state.patSecret).update(unsigned).digest();

/**
 * createPaymentAccessToken: a signed JWT (HS256, one hour) for paying an Incomplete order.
 * Throws SandboxError 404 (code 30003) for an unknown order, 422 (30101) once it is not Incomplete.
 */
function createPaymentAccessToken(state: SandboxState, orderId: number): string {
  const order = orderForPayments(state, orderId);
  if (order.statusId !== 0) throw paymentError("Order is invalid.", 30101);
  const nowSeconds = Math.floor(state.now() / 1000);
  const jti = randomUUID();
  const head = b64({ alg: "HS256", typ: "JWT" });
  const payload = b64({
    exp: nowSeconds + 3600,
    nbf: nowSeconds,
    iat: nowSeconds,
    iss: "payments.bigcommerce.com",
    sub: state.storeHash,
    jti,
    data: {
      store_id: "1",
      order_id: String(order.id),
      amount: toMinorUnits(amountDue(order), order.currencyCode),
      currency: order.currencyCode,
    },
  });
  const signature = b64(sign(state, `${head}.${payload}`));
  state.paymentTokens.set(jti, {
    orderId: order.id,
    expiresAt: (nowSeconds + 3600) * 1000,
    used: false,
  });
  return `${head}.${payload}.${signature}`;
}

/** Verifies a PAT's signature and expiry; returns its record. Throws SandboxError 401. */
function checkPat(state: SandboxState, pat: string): PaymentAccessToken {
  const [head, payload, signature] = pat.split(".");
  const expected = sign(state, `${head}.${payload}`).toString("base64url");
  if (!payload || signature !== expected) {
    throw new SandboxError(401, "Unauthorized", "Invalid payment access token.");
  }
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { jti: string };
  const record = state.paymentTokens.get(claims.jti);
  if (!record || record.expiresAt < state.now()) {
    throw new SandboxError(401, "Unauthorized", "The payment access token has expired.");
  }
  return record;
}

/** The order a PAT may pay: unused token, existing Incomplete order, the sandbox's method. */
function payableOrder(state: SandboxState, record: PaymentAccessToken, methodId: string): Order {
  if (record.used) throw paymentError("Payment access token has already been used.", 10001);
  const order = state.orders.get(record.orderId);
  if (!order) throw paymentError("Order could not be found.", 30003);
  if (order.statusId !== 0) {
    throw paymentError(
      "This is a duplicate transaction. Please contact us to confirm your order. Do not try to pay again.",
      30105,
    );
  }
  if (methodId !== SANDBOX_PAYMENT_METHOD.id) {
    throw paymentError("Merchant payment configuration could not be found.", 30000);
  }
  return order;
}

/**
 * The decline a card earns at `now`, if any: expired (30103), the declining test cards (30104,
 * 30106), or a number not in `accepted` (30102; by default only the success card). A SandboxError
 * 422 with the payment error code, to throw; undefined when the card may be charged.
 */
export function declineFor(
  number: string,
  expiryMonth: number,
  expiryYear: number,
  now: Date,
  accepted: readonly string[] = [TEST_CARDS.success],
): SandboxError | undefined {
  const year = now.getUTCFullYear();
  if (expiryYear < year || (expiryYear === year && expiryMonth < now.getUTCMonth() + 1)) {
    return paymentError("Your card has expired. Please try again with a valid card.", 30103);
  }
  if (number === TEST_CARDS.declined) {
    return paymentError(
      "There was a problem processing your card. Please contact your card issuer.",
      30104,
    );
  }
  if (number === TEST_CARDS.insufficientFunds) {
    return paymentError("The payment was declined due to insufficient funds.", 30106);
  }
  if (!accepted.includes(number)) {
    return paymentError(
      "Your card details could not be verified. Please double check them and try again.",
      30102,
    );
  }
  return undefined;
}

/**
 * PaymentsPost: charges `card` for the PAT's order. The PAT is used up by any attempt that
 * reaches the card (a decline included). Success captures the order total, moves the order to
 * Awaiting Fulfillment (11) and deletes its cart. Declines are SandboxError 422 with their code.
 */
function processPayment(state: SandboxState, pat: string, methodId: string, card: CardInput) {
  const record = checkPat(state, pat);
  const order = payableOrder(state, record, methodId);
  if (card.type !== "card" || !card.number || !card.expiry_month || !card.expiry_year) {
    throw paymentError(
      "Unable to process the payment because invalid data was supplied with the transaction.",
      10001,
    );
  }
  record.used = true;
  const number = card.number.replace(/\D/g, "");
  const decline = declineFor(number, card.expiry_month, card.expiry_year, new Date(state.now()));
  if (decline) throw decline;
  capturePayment(state, order, {
    number,
    expiryMonth: card.expiry_month,
    expiryYear: card.expiry_year,
  });
  return { id: randomUUID(), status: "success", transaction_type: "purchase" };
}

/**
 * Captures the total due of `order` with `card` (digits only): the order moves to Awaiting
 * Fulfillment (11), payment status "captured", gains a purchase transaction, and its cart is
 * deleted ("Once the order is paid, the cart is deleted."). Shared by PaymentsPost and the
 * emulated embedded checkout; the caller has checked the order is payable and the card accepted.
 */
export function capturePayment(
  state: SandboxState,
  order: Order,
  card: { number: string; expiryMonth: number; expiryYear: number },
): void {
  const now = new Date(state.now());
  const { number } = card;
  order.statusId = 11;
  order.paymentStatus = "captured";
  order.paymentMethod = "Credit Card";
  order.modifiedAt = now;
  order.transactions.push({
    id: nextLineId(state),
    event: "purchase",
    method: "credit_card",
    status: "ok",
    amount: amountDue(order),
    createdAt: now,
    card: {
      brand: number.startsWith("4") ? "visa" : "mastercard",
      iin: number.slice(0, 6),
      last4: number.slice(-4),
      expiryMonth: card.expiryMonth,
      expiryYear: card.expiryYear,
    },
  });
  // "Once the order is paid, the cart is deleted."
  state.carts.delete(order.cartId);
}

const paymentInput = z.object({
  payment: z.object({
    payment_method_id: z.string().min(1),
    save_instrument: z.boolean().optional(),
    instrument: z.object({
      type: z.string(),
      number: z.string().optional(),
      cardholder_name: z.string().optional(),
      expiry_month: z.number().int().min(1).max(12).optional(),
      expiry_year: z.number().int().optional(),
      verification_value: z.string().min(3).max(4).optional(),
    }),
  }),
});

const accessTokenInput = z.object({
  order: z.object({ id: z.number().int().min(1), is_recurring: z.boolean().optional() }),
});

/**
 * getPaymentMethods and createPaymentAccessToken answer the payments API's error bodies (with
 * `code`), as their OpenAPI files document, although OPERATIONS files them under "v3".
 */
export const paymentRoutes = [
  route(
    "getPaymentMethods",
    ({ state, url }) => {
      const orderId = url.searchParams.get("order_id");
      const checkoutId = url.searchParams.get("checkout_id");
      if (orderId) orderForPayments(state, Number(orderId));
      else if (checkoutId) liveCart(state, checkoutId);
      else throw new SandboxError(400, "Required Fields: order_id or checkout_id");
      return v3(paymentMethodsJson());
    },
    { errorFamily: "payments" },
  ),
  route(
    "createPaymentAccessToken",
    async ({ state, body }) => {
      const input = parse(accessTokenInput, await body());
      return v3({ id: createPaymentAccessToken(state, input.order.id) }, 201);
    },
    { errorFamily: "payments" },
  ),
  route("PaymentsPost", async ({ state, request, body }) => {
    const { payment } = parse(paymentInput, await body());
    const pat = patOf(request);
    const result = processPayment(state, pat, payment.payment_method_id, payment.instrument);
    return json(201, { data: result });
  }),
];
