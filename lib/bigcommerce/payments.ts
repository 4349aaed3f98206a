// Payments: an order is paid through the Payments API (docs/bigcommerce.md §8). Card details go
// from this server to the payments host only; they are never stored or logged.
import { z } from "zod";
import { dataCall, envelope } from "./calls";
import type { Transport } from "./transport";

const paymentMethods = envelope(
  z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      test_mode: z.boolean().default(false),
    }),
  ),
);

const paymentResult = z.object({
  data: z.object({
    id: z.string(),
    status: z.enum(["success", "pending"]),
    transaction_type: z.string(),
  }),
});

/**
 * A payment the payments host took: its id, status "success" or "pending", and transaction_type
 * "purchase" or "authorization".
 */
export type BcPaymentResult = z.infer<typeof paymentResult>["data"];

/** A card as the Payments API takes it: month 1-12, four-digit year, 3-4 digit security code. */
export interface CardInstrument {
  type: "card";
  cardholder_name: string;
  number: string;
  expiry_month: number;
  expiry_year: number;
  verification_value: string;
}

/**
 * The payments' calls, over `call`. Failures reject with BigCommerceError whose `code` is the
 * Payments API's error code (docs/bigcommerce.md §8.5).
 */
export function paymentOperations(call: Transport) {
  const methods = dataCall(call, paymentMethods);
  const accessToken = dataCall(call, envelope(z.object({ id: z.string().min(1) })));
  const payment = dataCall(call, paymentResult);
  return {
    /**
     * The methods that can pay the order, e.g. `{ id: "stripe.card", type: "card" }` (operation
     * getPaymentMethods).
     */
    getPaymentMethods: (orderId: number) =>
      methods("getPaymentMethods", [], { query: { order_id: String(orderId) } }),

    /**
     * A payment access token (a JWT, valid one hour) for paying the order (operation
     * createPaymentAccessToken). Rejects with BigCommerceError 404 (code 30003) for an unknown
     * order and 422 (code 30101) for one that is not Incomplete, e.g. already paid.
     */
    async createPaymentAccessToken(orderId: number) {
      const token = await accessToken("createPaymentAccessToken", [], {
        body: { order: { id: orderId } },
      });
      return token.id;
    },

    /**
     * Charges the card for the order the token `pat` was made for (operation PaymentsPost, on the
     * payments host). Rejects with BigCommerceError 422 when the card is declined (codes 30102 to
     * 30106; `detail` is BigCommerce's message for the shopper).
     */
    processPayment: (pat: string, input: { paymentMethodId: string; instrument: CardInstrument }) =>
      payment("PaymentsPost", [], {
        pat,
        body: {
          payment: { instrument: input.instrument, payment_method_id: input.paymentMethodId },
        },
      }),
  };
}
