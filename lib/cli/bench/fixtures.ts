// What the benchmark measures with: a client for the sandbox, paid orders and ready checkouts
// made straight through the API, and the sealed session cookies a shopper's browser would hold.
import { createBigCommerceClient, type BigCommerceClient } from "@/lib/bigcommerce";
import { sealSession } from "@/lib/session";
import { payWithCard, readyCheckout as readyCheckoutVia } from "../../../tests/support/checkout";

export const SECRET = "bench-session-secret-0123456789abcdef";
const KEYS = { current: SECRET, previous: [] };

export function sandboxClient(sandboxUrl: string): BigCommerceClient {
  return createBigCommerceClient({
    apiUrl: sandboxUrl,
    paymentsUrl: sandboxUrl,
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs: 10_000,
  });
}

/** A paid order made straight through the API, as a shopper's checkout would. */
export async function paidOrder(
  bc: BigCommerceClient,
): Promise<{ orderId: number; checkoutId: string }> {
  const checkoutId = await readyCheckout(bc);
  const orderId = await bc.createOrder(checkoutId);
  await payWithCard(bc, orderId, { cardholderName: "Bench", number: "4111111111111111" });
  return { orderId, checkoutId };
}

export async function readyCheckout(bc: BigCommerceClient): Promise<string> {
  const items = [
    { product_id: 111, quantity: 2 },
    { product_id: 112, variant_id: 1123, quantity: 1 },
  ];
  const checkout = await readyCheckoutVia(bc, items, {
    first_name: "Bench",
    last_name: "Mark",
    email: "bench@example.com",
    address1: "1 Load Street",
    city: "Austin",
    state_or_province: "TX",
    country_code: "US",
    postal_code: "78701",
  });
  return checkout.id;
}

/**
 * The Cookie header of a browser that runs scripts (the streamed page, with its skeleton) and
 * holds the grant of `orderId`.
 */
export async function grantCookie(orderId: number, checkoutId: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return `sf_js=1; __Host-sf_session=${await sealSession({ grants: [{ o: orderId, c: checkoutId, e: now + 3600 }] }, KEYS)}`;
}

/** The Cookie header of a browser whose session holds the checkout `checkoutId`. */
export async function checkoutCookie(checkoutId: string): Promise<string> {
  return `__Host-sf_session=${await sealSession({ checkoutId }, KEYS)}`;
}
