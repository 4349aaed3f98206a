import "server-only";
import { loadCheckout, type CheckoutView } from "@/lib/checkout";
import { embeddedCheckoutStarted } from "@/lib/checkout/embedded";
import { getRuntime } from "@/lib/runtime";

/** Where a shopper whose embedded checkout ended unseen goes: the completion looks for the order. */
export const EMBEDDED_COMPLETION = "/checkout/embedded/complete";

/**
 * This session's checkout for the cart and checkout pages (loadCheckout), and whether its order
 * is likely waiting to be completed: in embedded mode, an embedded checkout was started for it
 * here and BigCommerce no longer has the cart, so the order was most likely placed in the frame
 * and its completion never arrived (a reload, a closed tab). The completion then finds it, instead
 * of an empty cart. (A started checkout is read from BigCommerce, not the kept copy.)
 */
export async function loadForPage(
  checkoutId: string | undefined,
): Promise<{ view: CheckoutView | null; completionPending: boolean }> {
  if (!checkoutId) return { view: null, completionPending: false };
  const runtime = getRuntime();
  const started =
    runtime.config.checkout.mode === "embedded" &&
    (await embeddedCheckoutStarted(runtime, checkoutId));
  const view = await loadCheckout(runtime, checkoutId);
  return { view, completionPending: started && !view };
}
