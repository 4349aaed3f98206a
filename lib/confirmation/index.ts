import "server-only";
import { isNotFound, type BigCommerceClient } from "@/lib/bigcommerce";
import type { CatalogReads } from "@/lib/catalog";
import { ifAvailable } from "@/lib/kv";
import type { Runtime } from "@/lib/runtime";
import type { ViewAccess } from "./access";
import { logEvent } from "@/lib/log";
import { cartMatches } from "@/lib/token-ledger";
import { isZero } from "@/lib/money";
import { geography } from "@/lib/geography";
import { productImages } from "./product-images";
import { receiptAddsUp } from "./receipt";
import { toOrderConfirmationView, type OrderConfirmationView, type StatesByCountry } from "./view";

export type {
  OrderConfirmationView,
  OrderLineView,
  AddressView,
  ShipmentView,
  PickupView,
  ReceiptView,
  ReceiptLine,
} from "./view";
export { accessFor, type ViewAccess } from "./access";

/** What loading a confirmation needs: BigCommerce, the shared store, catalog reads for thumbnails. */
export type ConfirmationDeps = Pick<Runtime, "bigcommerce" | "kv"> & { catalog: CatalogReads };

/**
 * A signed-in customer who keeps naming orders that are not theirs is guessing: after this many
 * misses in the window, further order ids are answered "not found" without asking BigCommerce.
 */
export const CUSTOMER_MISSES = { name: "confirmation-misses", points: 10, durationSeconds: 600 };

/**
 * Reads the order for the page (getOrder, getOrderProducts, getOrderShippingAddresses,
 * getOrderTransactions, and getOrderCoupons for an order with a coupon discount), then product
 * images from the catalog reads. Null when
 * the order does not exist or is not this viewer's: a grant must match the order's checkout, a
 * customer the order's customer id. A grant already names this browser's order, so its parts are
 * read in parallel; a signed-in customer may type any order id, so the order alone is read first
 * and nothing more is asked for an order that is not theirs (one call per miss), and after
 * CUSTOMER_MISSES misses in its window, none at all (while the store that counts them cannot
 * answer, they are not counted: ownership is still checked). Throws BigCommerce's errors other
 * than 404 (the page shows an outage message).
 */
export async function loadOrderConfirmation(
  deps: ConfirmationDeps,
  access: Exclude<ViewAccess, { kind: "none" }>,
): Promise<OrderConfirmationView | null> {
  if (access.kind === "guest") return loadOrder(deps, access);
  const misses = deps.kv.limiter(CUSTOMER_MISSES);
  const key = String(access.customerId);
  if (
    await ifAvailable(
      misses.check(key).then((state) => state.blocked),
      false,
    )
  )
    return null;
  const view = await loadOrder(deps, access);
  if (!view) await ifAvailable(misses.count(key), null);
  return view;
}

/** The order's parts and thumbnails; null when it does not exist or is not this viewer's. */
async function loadOrder(
  { bigcommerce: bc, catalog }: ConfirmationDeps,
  access: Exclude<ViewAccess, { kind: "none" }>,
): Promise<OrderConfirmationView | null> {
  const { orderId } = access;
  let parts;
  try {
    let owned;
    if (access.kind === "customer") {
      owned = await bc.getOrder(orderId);
      if (owned.customer_id !== access.customerId) return null;
    }
    // The store's countries (kept a day) are read beside the order's parts, not after them, so a
    // cold cache adds no round trip on the page's path; the states of its countries follow
    // (statesOf). Only for a viewer the order is for: a stranger's guess costs nothing more.
    void geography({ bigcommerce: bc })
      .countries()
      .catch(() => null);
    parts = await Promise.all([
      owned ?? bc.getOrder(orderId),
      bc.getOrderProducts(orderId),
      bc.getOrderShippingAddresses(orderId),
      // Card brand and last four are a nicety: without the transactions scope the page still renders.
      bc.getOrderTransactions(orderId).catch(() => []),
    ]);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const [order, products, shippingAddresses, transactions] = parts;
  // Most orders have no coupon: only one with a coupon discount costs the coupons call.
  const coupons = isZero(order.coupon_discount) ? [] : await bc.getOrderCoupons(orderId);
  if (access.kind === "guest" && !cartMatches(access.checkoutId, order.cart_id)) return null;
  const [images, states] = await Promise.all([
    productImages(catalog, [...new Set(products.map((p) => p.product_id))]),
    statesOf(
      bc,
      [order.billing_address, ...shippingAddresses].map((a) => a.country_iso2),
    ),
  ]);
  const view = toOrderConfirmationView({
    order,
    products,
    shippingAddresses,
    coupons,
    transactions,
    images,
    states,
  });
  if (!receiptAddsUp(view.receipt)) {
    // The page still shows BigCommerce's total; the lines miss an amount this app does not know.
    logEvent(
      "confirmation.receipt-mismatch",
      { orderId, difference: view.receipt.discrepancy, total: view.receipt.total },
      "warn",
    );
  }
  return view;
}

/** Resolves with what `read` has at once (a kept value), else null without waiting for it. */
function keptOrNothing<T>(read: Promise<T>): Promise<T | null> {
  // A kept value settles within microtasks, before this macrotask: no BigCommerce round trip.
  const now = new Promise<null>((resolve) => setTimeout(() => resolve(null), 0));
  return Promise.race([read.catch(() => null), now]);
}

/**
 * The store's states of the countries `codes`, for the states' abbreviations, as lib/geography
 * keeps them (a day). The page never waits for BigCommerce for them: a country whose states are
 * not kept yet (the first view after a start) or cannot be read has none, its addresses print the
 * state's name, and the read started here fills the cache for the next view.
 */
async function statesOf(bc: BigCommerceClient, codes: string[]): Promise<StatesByCountry> {
  const reads = geography({ bigcommerce: bc });
  const countries = [...new Set(codes.map((c) => c.toUpperCase()).filter(Boolean))];
  const lists = await Promise.all(
    countries.map(async (code) => [code, (await keptOrNothing(reads.states(code))) ?? []] as const),
  );
  return new Map(lists);
}
