import "server-only";
import { isNotFound } from "@/lib/bigcommerce";
import type { Runtime } from "@/lib/runtime";
import { toProductView, type ProductView } from "./view";

export type { ProductView } from "./view";
export { PRODUCTS_TAG, productTag } from "./tags";

/**
 * The catalog reads the shop's pages make. One interface, two sources: `catalogReads` asks
 * BigCommerce every time; the request edge wraps it in Next.js's cache (app/_lib/catalog.ts), so
 * that browsing costs almost no API quota (docs/bigcommerce.md §2.6).
 */
export interface CatalogReads {
  /** The store's visible products (getProducts), prices as numbers in the store's currency. */
  listProducts(): Promise<ProductView[]>;
  /** One product (getProduct), or null when the store has no such product. */
  getProduct(productId: number): Promise<ProductView | null>;
}

/** Catalog reads straight from BigCommerce. Throws BigCommerceError and friends on failures. */
export function catalogReads({ bigcommerce }: Pick<Runtime, "bigcommerce">): CatalogReads {
  return {
    listProducts: async () => (await bigcommerce.listProducts()).map(toProductView),
    getProduct: async (productId) => {
      try {
        return toProductView(await bigcommerce.getProduct(productId));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  };
}

/** A product id from a URL: a positive 32-bit integer without leading zeros, else null. */
export function parseProductId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}
