// A cart's items that are not catalog products: gift certificates (carts.v3 `gift_certificates`:
// delivered by email, never taxed or shipped; each certificate of a `quantity` is listed on its own)
// and custom items (`custom_items`: a name, SKU and price of the merchant's choosing, shipped and taxed).
import { randomUUID } from "node:crypto";
import Big from "big.js";
import { z } from "zod";
import { centsToV2, dec, toV3Number } from "./money";
import type { Cart } from "./state";

/** A v3 money number in dollars as integer cents, half up, through big.js: 4.505 → 451. */
function toCents(amount: number): number {
  return Number(dec(amount).times(100).round(0, Big.roundHalfUp).toFixed(0));
}

/** A gift certificate in a cart (one per certificate); `amountCents` in cents. */
export interface CartGiftCertificate {
  id: string;
  name: string;
  theme: string;
  amountCents: number;
  sender: { name: string; email: string };
  recipient: { name: string; email: string };
  message: string;
}

/** A custom item in a cart: physical, priced by the request (`listPriceCents` per unit, in cents). */
export interface CartCustomItem {
  id: string;
  sku: string;
  name: string;
  quantity: number;
  listPriceCents: number;
  imageUrl: string;
}

const person = z.object({
  name: z.string().min(1).max(255),
  email: z.string().regex(/^[^@\s]+@[^@\s]+$/, "an email address is expected"),
});

/** A gift certificate as createCart and addCartLineItems take it (LineItemGiftCertificateRequestData). */
export const giftCertificateInput = z.object({
  name: z.string().min(1).max(255),
  theme: z.enum(["Birthday", "Boy", "Celebration", "Christmas", "General", "Girl"]),
  amount: z.number().min(1).max(1000),
  quantity: z.number().int().min(1).max(100),
  sender: person,
  recipient: person,
  message: z.string().max(200).default(""),
});

/** A validated gift certificate request. */
export type GiftCertificateInput = z.infer<typeof giftCertificateInput>;

/** Adds `quantity` certificates for each input to the cart (amounts to cents, half up). */
export function addGiftCertificates(cart: Cart, inputs: GiftCertificateInput[]): void {
  for (const g of inputs) {
    for (let i = 0; i < g.quantity; i++) {
      cart.giftCertificates.push({
        id: randomUUID(),
        name: g.name,
        theme: g.theme,
        amountCents: toCents(g.amount),
        sender: { ...g.sender },
        recipient: { ...g.recipient },
        message: g.message,
      });
    }
  }
}

/** What the cart's gift certificates cost together, in cents. */
export function giftCertificatesCents(cart: Cart): number {
  return cart.giftCertificates.reduce((n, g) => n + g.amountCents, 0);
}

/** A cart's gift certificate as carts and checkouts list it (ItemGiftCertificateGet; amount a number). */
export function giftCertificateJson(g: CartGiftCertificate) {
  return {
    id: g.id,
    name: g.name,
    theme: g.theme,
    amount: toV3Number(centsToV2(g.amountCents), "USD"),
    taxable: false,
    sender: { ...g.sender },
    recipient: { ...g.recipient },
    message: g.message,
  };
}

/** A custom item as createCart and addCartLineItems take it (cart_PostCustomItem). */
export const customItemInput = z.object({
  sku: z.string().max(255).default(""),
  name: z.string().min(1).max(250),
  quantity: z.number().int().min(1).max(1000),
  list_price: z.number().min(0).max(1_000_000),
  image_url: z.url().optional(),
});

/** A validated custom item request. */
export type CustomItemInput = z.infer<typeof customItemInput>;

/** Adds custom items to the cart (prices to cents, half up). */
export function addCustomItems(cart: Cart, inputs: CustomItemInput[]): void {
  for (const c of inputs) {
    cart.customItems.push({
      id: randomUUID(),
      sku: c.sku,
      name: c.name,
      quantity: c.quantity,
      listPriceCents: toCents(c.list_price),
      imageUrl: c.image_url ?? "",
    });
  }
}

/**
 * A custom item as carts list it (ItemCustomGet: `quantity` and `list_price` are strings) or, with
 * `numbers`, as checkouts do (numbers; docs/bigcommerce-fidelity.md F27).
 */
export function customItemJson(c: CartCustomItem, numbers: boolean) {
  const price = centsToV2(c.listPriceCents);
  return {
    id: c.id,
    sku: c.sku,
    name: c.name,
    quantity: numbers ? c.quantity : String(c.quantity),
    list_price: numbers ? toV3Number(price, "USD") : dec(price).toFixed(2),
    extended_list_price: toV3Number(centsToV2(c.listPriceCents * c.quantity), "USD"),
    ...(c.imageUrl ? { image_url: c.imageUrl } : {}),
  };
}
