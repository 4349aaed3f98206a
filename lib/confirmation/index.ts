import "server-only";
import { logEvent } from "@/lib/log";
import { bigcommerce, BigCommerceError, type BigCommerceClient } from "@/lib/bigcommerce";
import type { ViewAccess } from "./access";
import { toOrderConfirmationView, type OrderConfirmationView, type ProductImages } from "./view";

export type { OrderConfirmationView, OrderLineView, AddressView } from "./view";
export {
  accessFor,
  openConfirmationLink,
  parseOrderId,
  type LinkOutcome,
  type ViewAccess,
} from "./access";

/**
 * Reads the order for the page: the order and its parts in parallel, then product images
 * (v2 order lines carry none). Null when the order does not exist or is not this viewer's:
 * a grant must match the order's checkout, a customer the order's customer id.
 */
export async function loadOrderConfirmation(
  access: Exclude<ViewAccess, { kind: "none" }>,
  bc: BigCommerceClient = bigcommerce(),
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
    if (error instanceof BigCommerceError && error.status === 404) return null;
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

/** Images are decoration: if the catalog cannot answer, the page shows placeholders. */
async function productImages(bc: BigCommerceClient, ids: number[]): Promise<ProductImages> {
  const images: ProductImages = new Map();
  if (!ids.length) return images;
  try {
    for (const p of await bc.listProducts({ ids, limit: ids.length })) {
      const image = p.images?.find((i) => i.is_thumbnail) ?? p.images?.[0];
      if (image) images.set(p.id, { url: image.url_thumbnail, alt: image.description || p.name });
    }
  } catch (error) {
    logEvent("confirmation.images_unavailable", { error: String(error) }, "warn");
  }
  return images;
}
