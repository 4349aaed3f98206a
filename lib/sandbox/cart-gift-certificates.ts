// Gift certificates in carts (carts.v3 `gift_certificates`): bought like items, delivered by email,
// never taxed or shipped; each certificate of a `quantity` is kept and listed on its own.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Cart, CartGiftCertificate } from "./state";

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
        amountCents: Math.round(g.amount * 100),
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
    amount: g.amountCents / 100,
    taxable: false,
    sender: { ...g.sender },
    recipient: { ...g.recipient },
    message: g.message,
  };
}
