import "server-only";
import type { CatalogReads } from "@/lib/catalog";
import { logEvent } from "@/lib/log";
import type { ProductImages } from "./view";

/**
 * Thumbnails for an order's products (v2 order lines carry none), from the catalog reads the
 * caller gives: on the page, the cached catalog, so a view usually costs no catalog call. Images
 * are decoration: a product the catalog cannot answer for gets a placeholder, and is asked again
 * on the next view.
 */
export async function productImages(catalog: CatalogReads, ids: number[]): Promise<ProductImages> {
  const images: ProductImages = new Map();
  const products = await Promise.all(
    ids.map((id) =>
      catalog.getProduct(id).catch((error: unknown) => {
        logEvent("confirmation.image_unavailable", { productId: id, error: String(error) }, "warn");
        return null;
      }),
    ),
  );
  for (const product of products) {
    if (product?.thumbnailUrl) {
      images.set(product.id, { url: product.thumbnailUrl, alt: product.imageAlt });
    }
  }
  return images;
}
