// Store information: the cheapest authenticated call there is.
import { z } from "zod";
import type { Transport } from "./transport";

const systemTime = z.object({ time: z.number() });

/** The store's calls, over `call`. */
export function storeOperations(call: Transport) {
  return {
    /**
     * The store's clock, `{ time }` in Unix seconds (operation getSystemTimestamp): proves the API
     * answers and the token is valid (else BigCommerceError 401), whatever scopes it has.
     */
    getSystemTime: () => call({ operation: "getSystemTimestamp", params: [], schema: systemTime }),
  };
}
