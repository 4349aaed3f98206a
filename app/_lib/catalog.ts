import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { catalogReads, PRODUCTS_TAG, productTag, type CatalogReads } from "@/lib/catalog";
import { getRuntime } from "@/lib/runtime";

// The catalog through Next.js's cache: an entry is shared by every request (and, where the
// platform shares Next.js's data cache, as Vercel does, by every instance), refreshed in the
// background once it is older than CATALOG_TTL_SECONDS (stale while it refreshes), and dropped
// stale when a BigCommerce webhook says the product changed (app/api/webhooks/bigcommerce): the next
// view starts the refresh, the views after it show the change.
// Steady browsing therefore makes almost no BigCommerce calls.

/**
 * The shop's catalog reads, cached. The product list carries PRODUCTS_TAG, each product its own
 * productTag(id). Within one request, repeated reads (metadata and page) share one promise.
 */
export const cachedCatalog = cache((): CatalogReads => {
  const runtime = getRuntime();
  const live = catalogReads(runtime);
  const revalidate = runtime.config.catalog.ttlSeconds;
  // Entries outlive the process (and, on Vercel, deployments): they are keyed by the store they
  // came from, so a server pointed at another store (or the sandbox) never serves this one's.
  const { apiUrl, storeHash } = runtime.config.bigcommerce;
  const store = `${apiUrl}/stores/${storeHash}`;
  const listProducts = unstable_cache(() => live.listProducts(), ["catalog", store, "products"], {
    tags: [PRODUCTS_TAG],
    revalidate,
  });
  const products = new Map<number, ReturnType<CatalogReads["getProduct"]>>();
  return {
    listProducts,
    getProduct(productId) {
      let product = products.get(productId);
      if (!product) {
        product = unstable_cache(
          () => live.getProduct(productId),
          ["catalog", store, "product", String(productId)],
          { tags: [productTag(productId)], revalidate },
        )();
        products.set(productId, product);
      }
      return product;
    },
  };
});
