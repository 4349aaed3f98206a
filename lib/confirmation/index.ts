import "server-only";
import { isNotFound } from "@/lib/bigcommerce";
import type { Runtime } from "@/lib/runtime";
import type { ViewAccess } from "./access";
import { productImages } from "./product-images";
import { toOrderConfirmationView, type OrderConfirmationView } from "./view";

export type { OrderConfirmationView, OrderLineView, AddressView } from "./view";
export { accessFor, type ViewAccess } from "./access";

/**
 * Reads the order for the page: the order and its parts in parallel, then product images (v2
 * order lines carry none; the catalog's answers are reused for a few minutes, so usually no second
 * round trip). Null when the order does not exist or is not this viewer's: a grant must match the
 * order's checkout, a customer the order's customer id.
 */
export async function loadOrderConfirmation(
  { bigcommerce: bc }: Pick<Runtime, "bigcommerce">,
  access: Exclude<ViewAccess, { kind: "none" }>,
): Promise<OrderConfirmationView | null> {
  const { orderId } = access;
  let parts;
  try {
    parts = await Promise.all([
      bc.getOrder(orderId),
      bc.getOrderProducts(orderId),
      bc.getOrderShippingAddresses(orderId),
      bc.getOrderCoupons(orderId),
      // Card brand and last four are a nicety: without the transactions scope the page still renders.
      bc.getOrderTransactions(orderId).catch(() => []),
    ]);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const [order, products, shippingAddresses, coupons, transactions] = parts;
  const allowed =
    access.kind === "guest"
      ? order.cart_id === access.checkoutId
      : order.customer_id === access.customerId;
  if (!allowed) return null;
  const images = await productImages(bc, [...new Set(products.map((p) => p.product_id))]);
  return toOrderConfirmationView({
    order,
    products,
    shippingAddresses,
    coupons,
    transactions,
    images,
  });
}
