import "server-only";
import { headers } from "next/headers";
import type { SearchParams } from "@/app/_lib/page-context";
import {
  BigCommerceError,
  BigCommerceResponseError,
  BigCommerceUnavailableError,
} from "@/lib/bigcommerce";
import {
  accessFor,
  loadOrderConfirmation,
  type OrderConfirmationView,
  type ViewAccess,
} from "@/lib/confirmation";
import { LINK_STATE_HEADER } from "@/lib/confirmation/link-state";
import { purchaseEventOnce, type PurchaseEvent } from "@/lib/confirmation/purchase-event";
import { logEvent, since, withCorrelationId } from "@/lib/log";
import { getSession } from "@/lib/session";
import { geography } from "@/lib/geography";
import { getRuntime } from "@/lib/runtime";
import { cachedCatalog } from "@/app/_lib/catalog";

export type ConfirmationPageData =
  | {
      kind: "order";
      view: OrderConfirmationView;
      purchaseEvent: PurchaseEvent | null;
      signedIn: boolean;
      /** The store's IANA time zone, for the date the order was placed. */
      timeZone: string;
    }
  /** The shopper may see the order, but BigCommerce is not answering: say it was placed, offer a retry. */
  | { kind: "unavailable"; orderId: number };

function isOutage(error: unknown): boolean {
  return (
    error instanceof BigCommerceUnavailableError ||
    error instanceof BigCommerceResponseError ||
    (error instanceof BigCommerceError && (error.status === 429 || error.status >= 500))
  );
}

export interface ConfirmationGate {
  access: Exclude<ViewAccess, { kind: "none" }>;
  signedIn: boolean;
}

/**
 * Who is asking, decided without BigCommerce: a grant left by a valid confirmation link, or the
 * signed-in customer. Null is "not found", answered before anything is streamed (a real 404).
 */
export async function confirmationGate(rawOrderId: string): Promise<ConfirmationGate | null> {
  const session = await getSession();
  const access = accessFor(rawOrderId, session);
  return access.kind === "none" ? null : { access, signedIn: Boolean(session.customer) };
}

/**
 * For a link proxy.ts could not check because the shared store did not answer: the same link, to
 * try again (the token stays where it already is, in this page's address). Null otherwise.
 */
export async function uncheckedLink(
  rawOrderId: string,
  searchParams: SearchParams,
): Promise<string | null> {
  const [requestHeaders, query] = await Promise.all([headers(), searchParams]);
  if (requestHeaders.get(LINK_STATE_HEADER) !== "unavailable" || typeof query.t !== "string") {
    return null;
  }
  return `/order-confirmation/${encodeURIComponent(rawOrderId)}?t=${encodeURIComponent(query.t)}`;
}

/** The order for the page, or null when it is not this viewer's; logged as one structured line. */
export async function confirmationPageData(
  gate: ConfirmationGate,
): Promise<ConfirmationPageData | null> {
  return withCorrelationId(null, async () => {
    const start = performance.now();
    const result = await loadPageData(gate);
    logEvent("confirmation.viewed", {
      outcome: result ? (result.kind === "order" ? "shown" : "unavailable") : "not-found",
      orderId: gate.access.orderId,
      viewer: gate.access.kind,
      durationMs: since(start),
    });
    return result;
  });
}

async function loadPageData({
  access,
  signedIn,
}: ConfirmationGate): Promise<ConfirmationPageData | null> {
  try {
    const runtime = getRuntime();
    const [view, timeZone] = await Promise.all([
      loadOrderConfirmation({ ...runtime, catalog: cachedCatalog() }, access),
      // Cached for an hour; "UTC" (named so) when the store's settings cannot be read.
      geography(runtime).storeTimeZone(),
    ]);
    if (!view) return null;
    // Analytics never block the page: if the store cannot answer, the event is skipped.
    const purchaseEvent = await purchaseEventOnce(runtime, view).catch(() => null);
    return { kind: "order", view, purchaseEvent, signedIn, timeZone };
  } catch (error) {
    // Only a grant proves the order is this shopper's without asking BigCommerce.
    if (access.kind === "guest" && isOutage(error)) {
      logEvent(
        "confirmation.unavailable",
        { orderId: access.orderId, error: String(error) },
        "warn",
      );
      return { kind: "unavailable", orderId: access.orderId };
    }
    throw error;
  }
}
