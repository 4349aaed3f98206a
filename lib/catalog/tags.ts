// Cache tags of the catalog reads (app/_lib/catalog-cache.ts caches them with Next.js's cache):
// the webhook route handler revalidates exactly the tags a BigCommerce catalog event touches.
// Pure data, shared by the cache and the webhooks.

/** Tag of the product list (home page) and of every cached read that lists products. */
export const PRODUCTS_TAG = "catalog:products";

/** Tag of one product's cached reads: its page, and its thumbnail on confirmations. */
export function productTag(productId: number): string {
  return `catalog:product:${productId}`;
}
