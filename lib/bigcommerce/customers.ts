// Customers: sign-in and sign-up for shoppers with an account (docs/bigcommerce.md §10).
import { z } from "zod";
import { dataCall, envelope } from "./calls";
import type { Transport } from "./transport";

/** Not wrapped in `data` (docs/bigcommerce.md §10). */
const credentialsResult = z.object({
  is_valid: z.boolean(),
  customer_id: z.number().nullable(),
});

/** The customers' calls, over `call`. */
export function customerOperations(call: Transport) {
  const customers = dataCall(call, envelope(z.array(z.object({ id: z.number() }))));
  const created = dataCall(
    call,
    envelope(z.array(z.object({ id: z.number(), email: z.string() }))),
  );
  return {
    /**
     * Checks a shopper's email and password on channel 1 (operation validateCustomerCredentials):
     * `{ is_valid, customer_id }`, customer_id null when not valid. BigCommerce rate-limits this
     * call specially (BigCommerceError 429); 422 when a field is missing.
     */
    validateCustomerCredentials: (email: string, password: string) =>
      call({
        operation: "validateCustomerCredentials",
        params: [],
        body: { email, password, channel_id: 1 },
        schema: credentialsResult,
      }),

    /**
     * The ids of the first `limit` customers (operation getCustomers): a cheap check of the
     * Customers scope.
     */
    listCustomers: (limit = 1) =>
      customers("getCustomers", [], { query: { limit: String(limit) } }),

    /**
     * Creates a customer account with a password and resolves to its `{ id, email }` (operation
     * createCustomers). Rejects with BigCommerceError 422 when the email already has an account.
     */
    createCustomer: async (input: {
      email: string;
      firstName: string;
      lastName: string;
      password: string;
    }) => {
      const [customer] = await created("createCustomers", [], {
        body: [
          {
            email: input.email,
            first_name: input.firstName,
            last_name: input.lastName,
            authentication: { new_password: input.password },
          },
        ],
      });
      return customer;
    },
  };
}
