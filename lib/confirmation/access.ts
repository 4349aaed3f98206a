import "server-only";
import { KvUnavailableError } from "@/lib/kv";
import { grantFor, grantOrder, sealSession, sessionKeys, type SessionData } from "@/lib/session";
import type { Runtime } from "@/lib/runtime";
import { NO_CART } from "@/lib/token-ledger";

// Who may see a confirmation (README "Access model"):
//  - the browser that opened the order's confirmation link while the link was valid (a grant in
//    its sealed session cookie, so reloads and history keep working);
//  - a signed-in customer, for their own orders (checked against the order's customer_id).
// Everyone else gets the same 404, decided without calling BigCommerce.

/** Order ids are positive 32-bit integers; anything else cannot be an order. */
export function parseOrderId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

export type LinkOutcome =
  /** The link was valid: it is used once and this browser now holds a grant (in `sealedSession`). */
  | { kind: "granted"; orderId: number; sealedSession: string }
  /** A genuine link for this order that expired or was used up. */
  | { kind: "spent" }
  /** The ledger (the shared store) cannot answer: the link may be fine, it is not used; retry later. */
  | { kind: "unavailable" }
  | { kind: "invalid" };

/** First view of `/order-confirmation/{id}?t=…`: trade the token for a grant in the session. */
export async function openConfirmationLink(
  { ledger, config }: Pick<Runtime, "ledger" | "config">,
  rawOrderId: string,
  token: string,
  /** This browser's session, opened by the caller; a grant is added to a copy of it. */
  current: SessionData,
): Promise<LinkOutcome> {
  const orderId = parseOrderId(rawOrderId);
  if (orderId === null) return { kind: "invalid" };
  const session: SessionData = { ...current };
  const granted = async (): Promise<LinkOutcome> => ({
    kind: "granted",
    orderId,
    sealedSession: await sealSession(session, sessionKeys(config)),
  });
  let result;
  try {
    result = await ledger.redeem(token, orderId);
  } catch (error) {
    if (!(error instanceof KvUnavailableError)) throw error;
    // A browser that holds the order's grant needs no ledger; any other must come back.
    return grantFor(session, orderId) ? granted() : { kind: "unavailable" };
  }
  if (result.ok) {
    // The no-cart sentinel is honoured for the app's own tokens only (lib/token-ledger, NO_CART).
    if (result.checkoutId === NO_CART && result.source !== "app") return { kind: "invalid" };
    grantOrder(session, orderId, result.checkoutId);
    return granted();
  }
  if (result.reason === "expired" || result.reason === "used-up") {
    // The browser that used it may reopen its own link from history.
    return grantFor(session, orderId) ? granted() : { kind: "spent" };
  }
  return { kind: "invalid" };
}

export type ViewAccess =
  | { kind: "guest"; orderId: number; checkoutId: string }
  | { kind: "customer"; orderId: number; customerId: number }
  | { kind: "none" };

/** May this session see the order? Answers without BigCommerce; a customer's ownership is checked on load. */
export function accessFor(rawOrderId: string, session: SessionData): ViewAccess {
  const orderId = parseOrderId(rawOrderId);
  if (orderId === null) return { kind: "none" };
  const checkoutId = grantFor(session, orderId);
  if (checkoutId) return { kind: "guest", orderId, checkoutId };
  if (session.customer) return { kind: "customer", orderId, customerId: session.customer.id };
  return { kind: "none" };
}
