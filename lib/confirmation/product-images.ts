import "server-only";
import type { BigCommerceClient } from "@/lib/bigcommerce";
import { logEvent } from "@/lib/log";
import type { ProductImages } from "./view";

type Image = { url: string; alt: string };

/** How long a product's thumbnail is reused before the catalog is asked again. */
export const PRODUCT_IMAGE_TTL_MS = 10 * 60_000;
const MAX_PRODUCTS = 5_000;

// Thumbnails are catalog data, the same for every shopper, so each store's are kept per process:
// a view (and every reload) then waits for one round trip to BigCommerce, not two.
const stores = new WeakMap<
  BigCommerceClient,
  Map<number, { image: Image | null; until: number }>
>();

/**
 * Thumbnails for an order's products (v2 order lines carry none). Images are decoration: if the
 * catalog cannot answer, the page shows placeholders and the next view asks again.
 */
export async function productImages(
  bc: BigCommerceClient,
  ids: number[],
  now = Date.now(),
): Promise<ProductImages> {
  let known = stores.get(bc);
  if (!known) stores.set(bc, (known = new Map()));
  const images: ProductImages = new Map();
  const missing: number[] = [];
  for (const id of ids) {
    const entry = known.get(id);
    if (entry && entry.until > now) {
      if (entry.image) images.set(id, entry.image);
    } else missing.push(id);
  }
  if (!missing.length) return images;
  try {
    const found = new Map<number, Image>();
    for (const p of await bc.listProducts({ ids: missing, limit: missing.length })) {
      const image = p.images?.find((i) => i.is_thumbnail) ?? p.images?.[0];
      if (image) found.set(p.id, { url: image.url_thumbnail, alt: image.description || p.name });
    }
    for (const id of missing) {
      const image = found.get(id) ?? null;
      known.delete(id);
      known.set(id, { image, until: now + PRODUCT_IMAGE_TTL_MS });
      if (image) images.set(id, image);
    }
    while (known.size > MAX_PRODUCTS) known.delete(known.keys().next().value!);
  } catch (error) {
    logEvent("confirmation.images_unavailable", { error: String(error) }, "warn");
  }
  return images;
}
