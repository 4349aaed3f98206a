// BigCommerce catalog product → what the shop pages show.
import type { BcProduct } from "@/lib/bigcommerce";

export interface ProductView {
  id: number;
  name: string;
  description: string;
  price: number;
  imageUrl: string | null;
  /** The same image at thumbnail size (order lines on the confirmation). */
  thumbnailUrl: string | null;
  imageAlt: string;
  /** Purchasable variants; a product without options has one, with an empty label. */
  variants: { id: number; label: string; inStock: boolean }[];
  inStock: boolean;
}

export function toProductView(p: BcProduct): ProductView {
  const image = p.images?.find((i) => i.is_thumbnail) ?? p.images?.[0];
  const variants = (p.variants ?? []).map((v) => ({
    id: v.id,
    label: v.option_values.map((o) => `${o.option_display_name}: ${o.label}`).join(", "),
    inStock: !v.purchasing_disabled && (p.inventory_tracking === "none" || v.inventory_level > 0),
  }));
  return {
    id: p.id,
    name: p.name,
    description: p.description.replace(/<[^>]*>/g, "").trim(),
    price: p.calculated_price,
    imageUrl: image?.url_standard ?? null,
    thumbnailUrl: image?.url_thumbnail ?? null,
    imageAlt: image?.description || p.name,
    variants,
    inStock: variants.some((v) => v.inStock),
  };
}
