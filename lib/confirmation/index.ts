import "server-only";
import { bigcommerce, type BigCommerceClient } from "@/lib/bigcommerce";
import { tokenLedger, type TokenLedger } from "@/lib/token-ledger";
import { toOrderConfirmationView, type OrderConfirmationView, type ProductImages } from "./view";

export type { OrderConfirmationView, OrderLineView, AddressView } from "./view";

/** Order ids are positive 32-bit integers; anything else cannot be an order. */
export function parseOrderId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

export type GuestAccess = { ok: true; orderId: number; checkoutId: string } | { ok: false };

/**
 * Decides, without calling BigCommerce, whether this request may see the order: the token must be
 * one this app issued, for this order, unexpired, with a use left. Each success uses one.
 */
export async function authorizeGuest(
  rawOrderId: string,
  token: string | undefined,
  ledger: TokenLedger = tokenLedger(),
): Promise<GuestAccess> {
  const orderId = parseOrderId(rawOrderId);
  if (orderId === null || !token) return { ok: false };
  const result = await ledger.redeem(token, orderId);
  return result.ok ? { ok: true, orderId, checkoutId: result.record.checkoutId } : { ok: false };
}

/**
 * Reads the order for the page: the order and its parts in parallel, then product images
 * (v2 order lines carry none). Returns null if the order does not belong to the token's checkout.
 */
export async function loadOrderConfirmation(
  orderId: number,
  checkoutId: string,
  bc: BigCommerceClient = bigcommerce(),
): Promise<OrderConfirmationView | null> {
  const [order, products, shippingAddresses, coupons] = await Promise.all([
    bc.getOrder(orderId),
    bc.getOrderProducts(orderId),
    bc.getOrderShippingAddresses(orderId),
    bc.getOrderCoupons(orderId),
  ]);
  if (order.cart_id !== checkoutId) return null;
  const images = await productImages(bc, [...new Set(products.map((p) => p.product_id))]);
  return toOrderConfirmationView({ order, products, shippingAddresses, coupons, images });
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
    console.warn(
      JSON.stringify({ event: "confirmation.images_unavailable", error: String(error) }),
    );
  }
  return images;
}
