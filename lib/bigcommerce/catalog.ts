// Catalog: the products the storefront lists and sells (docs/bigcommerce.md §4.4).
// Prices are JSON numbers in the store's currency (18 is 18.00), not cents.
import { z } from "zod";
import { dataCall, envelope } from "./calls";
import type { Transport } from "./transport";

const productImage = z.object({
  id: z.number(),
  url_standard: z.string(),
  url_thumbnail: z.string(),
  description: z.string().default(""),
  is_thumbnail: z.boolean().default(false),
});

const productVariant = z.object({
  id: z.number(),
  sku: z.string(),
  calculated_price: z.number().optional(),
  inventory_level: z.number(),
  purchasing_disabled: z.boolean().default(false),
  option_values: z.array(
    z.object({
      id: z.number(),
      label: z.string(),
      option_id: z.number(),
      option_display_name: z.string(),
    }),
  ),
});

const product = z.object({
  id: z.number(),
  name: z.string(),
  sku: z.string(),
  description: z.string().default(""),
  price: z.number(),
  calculated_price: z.number(),
  inventory_level: z.number(),
  inventory_tracking: z.string(),
  is_visible: z.boolean(),
  custom_url: z.object({ url: z.string() }).optional(),
  images: z.array(productImage).optional(),
  variants: z.array(productVariant).optional(),
});

/**
 * A catalog product with its images and variants (when asked for with `include`). `price` and
 * `calculated_price` are numbers in the store's currency, not cents; `description` is HTML.
 */
export type BcProduct = z.infer<typeof product>;

/** Asks for each product's images and variants. */
const withImages = { include: "images,variants" };

/** The catalog's calls, over `call`. */
export function catalogOperations(call: Transport) {
  const products = dataCall(call, envelope(z.array(product)), withImages);
  const oneProduct = dataCall(call, envelope(product), withImages);
  return {
    /**
     * Visible products with images and variants (operation getProducts): those with the given
     * `ids` if any, at most `limit` (default 50). Rejects with BigCommerceError (401, 403, 429,
     * 5xx).
     */
    listProducts: (query: { ids?: number[]; limit?: number } = {}) =>
      products("getProducts", [], {
        query: {
          is_visible: "true",
          "id:in": query.ids?.join(","),
          limit: String(query.limit ?? 50),
        },
      }),

    /**
     * One product with images and variants (operation getProduct).
     * Rejects with BigCommerceError 404 when there is no such product.
     */
    getProduct: (productId: number) => oneProduct("getProduct", [productId]),
  };
}
