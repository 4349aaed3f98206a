import "server-only";
import { cache } from "react";
import { bigcommerce, BigCommerceError } from "@/lib/bigcommerce";
import { toProductView, type ProductView } from "./view";

export type { ProductView } from "./view";

export async function listProducts(): Promise<ProductView[]> {
  return (await bigcommerce().listProducts()).map(toProductView);
}

/** Null for an id that cannot exist or a product that does not. Cached per request (metadata + page). */
export const getProduct = cache(async (rawId: string): Promise<ProductView | null> => {
  if (!/^[1-9]\d{0,9}$/.test(rawId)) return null;
  try {
    return toProductView(await bigcommerce().getProduct(Number(rawId)));
  } catch (error) {
    if (error instanceof BigCommerceError && error.status === 404) return null;
    throw error;
  }
});
