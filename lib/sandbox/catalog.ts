// Catalog: the seed products as v3 JSON, variant lookup for carts, and the product routes.
import { SandboxError } from "./errors";
import { cents } from "./format";
import { route } from "./http/routes";
import { v3, v3Page } from "./http/responses";
import type { SeedProduct, SeedVariant } from "./seed";
import type { SandboxState } from "./state";

/** A product and one of its variants. */
export interface ProductVariant {
  product: SeedProduct;
  variant: SeedVariant;
}

/** The store's product with this id, or undefined. */
export function findProduct(state: SandboxState, productId: number): SeedProduct | undefined {
  return state.products.find((p) => p.id === productId);
}

/** What one unit of the variant costs, in cents: its own price, else the product's. */
export function unitPriceCents({ product, variant }: ProductVariant): number {
  return variant.priceCents ?? product.priceCents;
}

/**
 * The variant a cart line names. Without `variant_id` the product must have no options (its base
 * variant is used). Throws SandboxError 422 for an unknown product, a missing or foreign variant.
 */
export function resolveVariant(
  state: SandboxState,
  item: { product_id: number; variant_id?: number },
): ProductVariant {
  const product = findProduct(state, item.product_id);
  if (!product) {
    throw new SandboxError(422, "Invalid input", `Product ${item.product_id} does not exist.`);
  }
  if (item.variant_id === undefined) {
    if (product.options.length) {
      throw new SandboxError(422, "This product has options; variant ID is required");
    }
    return { product, variant: product.variants[0] };
  }
  const variant = product.variants.find((v) => v.id === item.variant_id);
  if (!variant) {
    throw new SandboxError(
      422,
      "Invalid input",
      `Variant ${item.variant_id} does not belong to product ${product.id}.`,
    );
  }
  return { product, variant };
}

/** The option and value behind one of a product's option value ids. Throws on bad seed data. */
export function optionValue(p: SeedProduct, valueId: number) {
  for (const option of p.options) {
    const value = option.values.find((v) => v.id === valueId);
    if (value) return { option, value };
  }
  throw new Error(`Seed data: option value ${valueId} not on product ${p.id}`);
}

/** The product's image URL, absolute when the store has an image base URL. */
export function imageUrl(state: SandboxState, p: SeedProduct): string {
  return `${state.imageBaseUrl}/sandbox/products/${p.image}`;
}

/**
 * A v3 catalog product (prices as decimal numbers). `include` may hold "images", "variants"
 * and "options", as the `include` query parameter of getProducts / getProduct.
 */
function productJson(state: SandboxState, p: SeedProduct, include: Set<string>) {
  // Every product has a base variant; with options it is the first combination.
  const base = p.variants[0];
  const inventory = p.variants.reduce((n, v) => n + v.inventory, 0);
  const json: Record<string, unknown> = {
    id: p.id,
    name: p.name,
    type: p.type ?? "physical",
    sku: p.sku,
    description: `<p>${p.description}</p>`,
    price: cents.toNumber(p.priceCents),
    sale_price: 0,
    calculated_price: cents.toNumber(p.priceCents),
    inventory_level: inventory,
    inventory_tracking: p.options.length ? "variant" : "product",
    is_visible: true,
    availability: "available",
    custom_url: { url: `/${p.slug}/`, is_customized: false },
    base_variant_id: base.id,
  };
  if (include.has("images")) json.images = [imageJson(state, p)];
  if (include.has("variants")) json.variants = p.variants.map((v) => variantJson(state, p, v));
  if (include.has("options")) json.options = optionsJson(p);
  return json;
}

function optionsJson(p: SeedProduct) {
  return p.options.map((o, i) => ({
    id: o.id,
    product_id: p.id,
    display_name: o.displayName,
    type: "rectangles",
    sort_order: i,
    option_values: o.values.map((v, j) => ({
      id: v.id,
      label: v.label,
      sort_order: j,
      is_default: false,
      value_data: null,
    })),
  }));
}

function imageJson(state: SandboxState, p: SeedProduct) {
  const url = imageUrl(state, p);
  return {
    id: p.id * 10,
    product_id: p.id,
    is_thumbnail: true,
    sort_order: 0,
    description: p.imageAlt,
    image_url: url,
    url_zoom: url,
    url_standard: url,
    url_thumbnail: url,
    url_tiny: url,
    date_modified: "2026-01-01T00:00:00+00:00",
  };
}

function variantJson(state: SandboxState, p: SeedProduct, v: SeedVariant) {
  return {
    id: v.id,
    product_id: p.id,
    sku: v.sku,
    price: cents.toNumber(unitPriceCents({ product: p, variant: v })),
    calculated_price: cents.toNumber(unitPriceCents({ product: p, variant: v })),
    inventory_level: v.inventory,
    purchasing_disabled: false,
    purchasing_disabled_message: "",
    image_url: imageUrl(state, p),
    option_values: v.optionValueIds.map((valueId) => {
      const { option, value } = optionValue(p, valueId);
      return {
        id: value.id,
        label: value.label,
        option_id: option.id,
        option_display_name: option.displayName,
      };
    }),
  };
}

function includeOf(url: URL): Set<string> {
  return new Set((url.searchParams.get("include") ?? "").split(",").filter(Boolean));
}

/** getProducts (`id:in`, `page`, `limit` up to 250, `include`) and getProduct. */
export const catalogRoutes = [
  route("getProducts", ({ state, url }) => {
    const ids = url.searchParams.get("id:in")?.split(",").map(Number);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 250);
    const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
    const matching = state.products.filter((p) => !ids || ids.includes(p.id));
    const slice = matching.slice((page - 1) * limit, page * limit);
    const include = includeOf(url);
    return v3Page(
      slice.map((p) => productJson(state, p, include)),
      {
        total: matching.length,
        perPage: limit,
        page,
        totalPages: Math.max(1, Math.ceil(matching.length / limit)),
        links: { current: `?page=${page}&limit=${limit}` },
      },
    );
  }),
  route("getProduct", ({ state, params, url }) => {
    const product = findProduct(state, Number(params[0]));
    if (!product) throw new SandboxError(404, "The requested product was not found.");
    return v3(productJson(state, product, includeOf(url)));
  }),
];
