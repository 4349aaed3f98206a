// BigCommerce's catalog webhooks (docs/bigcommerce.md §17.4) and the cache tags each one makes
// stale (./tags.ts). Pure: shared by the route handler that receives them
// (app/api/webhooks/bigcommerce), the command that registers them (`npm run webhooks`) and tests.
import { z } from "zod";
import { PRODUCTS_TAG, productTag } from "./tags";

/** The header the app registers with each hook; BigCommerce sends it back with every delivery. */
export const WEBHOOK_SECRET_HEADER = "X-Storefront-Webhook-Secret";

/** Where the app receives deliveries, below its origin. */
export const WEBHOOK_PATH = "/api/webhooks/bigcommerce";

/**
 * The scopes the app registers: every product and SKU event (created, updated, deleted, stock
 * changes), as two group wildcards. Price changes arrive as `store/product/updated` (a product's
 * price) or `store/sku/updated` (a variant's).
 */
export const CATALOG_WEBHOOK_SCOPES = ["store/product/*", "store/sku/*"] as const;

/** Deliveries are small (a scope and a few ids); anything larger than this is refused (413). */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

/** A BigCommerce id: a positive 32-bit integer. */
const id = z.number().int().positive().max(2_147_483_647);

/**
 * A delivery's body: `{scope, store_id, data, hash, created_at, producer}` (docs/bigcommerce.md
 * §17.3). Only `scope` is required here: `data` varies by event and is read by `catalogEffect`.
 */
export const webhookPayload = z.object({
  scope: z.string().min(1).max(200),
  store_id: z.union([z.string(), z.number()]).optional(),
  producer: z.string().max(200).optional(),
  hash: z.string().max(200).optional(),
  created_at: z.number().optional(),
  data: z.unknown().optional(),
});

/** A parsed delivery (see webhookPayload). */
export type WebhookPayload = z.infer<typeof webhookPayload>;

const productData = z.object({ type: z.literal("product"), id });

const skuData = z.object({
  type: z.literal("sku"),
  id,
  sku: z.object({ product_id: id }).optional(),
  inventory: z.object({ product_id: id }).optional(),
});

/** What one delivery does to the catalog cache. */
export interface CatalogEffect {
  /** The product it concerns, when the payload names one. */
  productId: number | null;
  /** Cache tags to revalidate, in order; empty when the event is ignored. */
  tags: string[];
  /** "revalidated", or why nothing was: "other-store", "not-catalog", "unreadable". */
  outcome: "revalidated" | "other-store" | "not-catalog" | "unreadable";
}

const ignored = (outcome: CatalogEffect["outcome"]): CatalogEffect => ({
  productId: null,
  tags: [],
  outcome,
});

const touched = (productId: number | null): CatalogEffect => ({
  productId,
  tags: productId === null ? [PRODUCTS_TAG] : [productTag(productId), PRODUCTS_TAG],
  outcome: "revalidated",
});

/**
 * The cache tags a delivery makes stale, for the store `storeHash`:
 * - any `store/product/…` event with `data: {type: "product", id}` (created, updated, deleted,
 *   stock): that product's tag and PRODUCTS_TAG (the list shows prices and stock too);
 * - any `store/sku/…` event: the tags of the product its `sku.product_id` or
 *   `inventory.product_id` names, and PRODUCTS_TAG. Without a product id only PRODUCTS_TAG: the
 *   product's page then refreshes when its cache lifetime ends (CATALOG_TTL_SECONDS);
 * - a delivery for another store (`producer` not "stores/{storeHash}"), another resource, or a
 *   product event whose `data` is not a product (e.g. metafield events under the wildcard):
 *   nothing.
 * Revalidating twice is harmless, so duplicate deliveries (same `hash`) need no bookkeeping.
 */
export function catalogEffect(payload: WebhookPayload, storeHash: string): CatalogEffect {
  if (payload.producer !== undefined && payload.producer !== `stores/${storeHash}`) {
    return ignored("other-store");
  }
  if (payload.scope.startsWith("store/product/")) {
    const data = productData.safeParse(payload.data);
    return data.success ? touched(data.data.id) : ignored("unreadable");
  }
  if (payload.scope.startsWith("store/sku/")) {
    const data = skuData.safeParse(payload.data);
    if (!data.success) return ignored("unreadable");
    return touched(data.data.sku?.product_id ?? data.data.inventory?.product_id ?? null);
  }
  return ignored("not-catalog");
}
