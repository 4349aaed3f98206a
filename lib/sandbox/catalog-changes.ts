// A merchant's catalog edit, as the control endpoint `POST /__sandbox/products/{id}` makes it: a
// new price or stock level, and the webhook events BigCommerce fires for it (docs/bigcommerce.md
// §17.4). Not a BigCommerce API.
import { z } from "zod";
import { findProduct, unitPriceCents } from "./catalog";
import { SandboxError } from "./errors";
import { cents } from "./format";
import type { SeedProduct, SeedVariant } from "./seed";
import type { SandboxState } from "./state";
import type { WebhookEvent } from "./webhook-delivery";

/** What the control endpoint accepts: a price (major units) and/or a stock level, maybe per variant. */
export const productChangeInput = z
  .object({
    price: z.number().min(0).max(10_000_000).optional(),
    inventory_level: z.number().int().min(0).max(1_000_000_000).optional(),
    variant_id: z.number().int().optional(),
    /** false: change the store without firing webhooks (to test a forged delivery). */
    deliver: z.boolean().default(true),
  })
  .refine((c) => c.price !== undefined || c.inventory_level !== undefined, {
    message: "price or inventory_level expected",
  });

/** A parsed change (see productChangeInput). */
export type ProductChange = z.infer<typeof productChangeInput>;

/**
 * Applies `change` to product `productId` and returns the events BigCommerce fires for it:
 * - a product price: `store/product/updated` (variants without a price of their own follow it);
 * - a variant price (`variant_id`): `store/sku/updated`;
 * - a product's stock (products without options, tracked by product): `store/product/inventory/updated`
 *   and `store/product/updated` (the level is one of its fields);
 * - a variant's stock (products with options, tracked by variant): `store/sku/inventory/updated`.
 * `inventory.value` is the change (negative for a decrease), as the events guide describes it.
 * Throws SandboxError 404 for an unknown product or variant, 400 for a product with options whose
 * stock is changed without `variant_id`.
 */
export function changeProduct(
  state: SandboxState,
  productId: number,
  change: ProductChange,
): WebhookEvent[] {
  const product = findProduct(state, productId);
  if (!product) throw new SandboxError(404, `Product ${productId} not found`);
  const variant =
    change.variant_id === undefined
      ? undefined
      : product.variants.find((v) => v.id === change.variant_id);
  if (change.variant_id !== undefined && !variant) {
    throw new SandboxError(404, `Variant ${change.variant_id} not found on product ${productId}`);
  }
  const events: WebhookEvent[] = [];
  if (change.price !== undefined) {
    const priceCents = Math.round(change.price * 100);
    if (variant) {
      variant.priceCents = priceCents;
      events.push(skuEvent("store/sku/updated", product, variant));
    } else {
      product.priceCents = priceCents;
      events.push(productEvent(product));
    }
  }
  if (change.inventory_level !== undefined) {
    events.push(...stockEvents(product, variant, change.inventory_level));
  }
  return dedupe(events);
}

function stockEvents(
  product: SeedProduct,
  variant: SeedVariant | undefined,
  level: number,
): WebhookEvent[] {
  if (product.options.length && !variant) {
    throw new SandboxError(
      400,
      "Bad Request",
      "This product's stock is tracked by variant: name the variant_id.",
    );
  }
  const target = variant ?? product.variants[0];
  const value = level - target.inventory;
  target.inventory = level;
  if (product.options.length) {
    const inventory = { ...inventoryOf(product, value), variant_id: target.id };
    return [
      { scope: "store/sku/inventory/updated", data: { type: "sku", id: target.id, inventory } },
    ];
  }
  return [
    {
      scope: "store/product/inventory/updated",
      data: { type: "product", id: product.id, inventory: inventoryOf(product, value) },
    },
    productEvent(product),
  ];
}

const inventoryOf = (product: SeedProduct, value: number) => ({
  product_id: product.id,
  method: "absolute",
  value,
});

const productEvent = (product: SeedProduct): WebhookEvent => ({
  scope: "store/product/updated",
  data: { type: "product", id: product.id },
});

/** A SKU event; the sandbox's SKU id is the variant's id. */
const skuEvent = (scope: string, product: SeedProduct, variant: SeedVariant): WebhookEvent => ({
  scope,
  data: { type: "sku", id: variant.id, sku: { product_id: product.id, variant_id: variant.id } },
});

/** One event per scope and id: a price and stock change in one edit fire one product update. */
function dedupe(events: WebhookEvent[]): WebhookEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.scope} ${String(e.data.id)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The product as the control endpoint reports it: prices in major units, stock per variant. */
export function productSummary(state: SandboxState, productId: number) {
  const product = findProduct(state, productId)!;
  return {
    id: product.id,
    price: cents.toNumber(product.priceCents),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      price: cents.toNumber(unitPriceCents({ product, variant })),
      inventory_level: variant.inventory,
    })),
  };
}
