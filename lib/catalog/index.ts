import "server-only";
import { cache } from "react";
import { isNotFound } from "@/lib/bigcommerce";
import type { Runtime } from "@/lib/runtime";
import { toProductView, type ProductView } from "./view";

export type { ProductView } from "./view";

/** The store's visible products (getProducts), as views with decimal-string prices. */
export async function listProducts({
  bigcommerce,
}: Pick<Runtime, "bigcommerce">): Promise<ProductView[]> {
  return (await bigcommerce.listProducts()).map(toProductView);
}

/** Null for an id that cannot exist or a product that does not. Cached per request (metadata + page). */
export const getProduct = cache(
  async (
    { bigcommerce }: Pick<Runtime, "bigcommerce">,
    rawId: string,
  ): Promise<ProductView | null> => {
    if (!/^[1-9]\d{0,9}$/.test(rawId)) return null;
    try {
      return toProductView(await bigcommerce.getProduct(Number(rawId)));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  },
);
