import "server-only";
import type { BcCheckout, BcLineItem, BigCommerceClient } from "@/lib/bigcommerce";
import { ifAvailable, type Kv } from "@/lib/kv";

// The latest checkout BigCommerce returned, kept in the shared store for a few minutes. Every
// checkout write answers with the updated checkout (docs/bigcommerce.md §5), and every change a
// shopper makes goes through this app, so the cart and checkout pages, and the next step, read it
// from here instead of asking BigCommerce again. What is charged never comes from here: placing
// the order reads the checkout fresh and compares its total with the one the shopper agreed to.
// The kept copy is only a shortcut: when the store cannot answer, reads ask BigCommerce and the
// copy is neither kept nor dropped, so the cart and checkout work on through a store outage. (A
// store that comes back with its data may then show a copy from before the outage until it
// expires; the total charged is still BigCommerce's, and a changed one is reviewed first.)

/** How long a kept checkout answers reads, in ms: a merchant's price change shows within this. */
export const SNAPSHOT_TTL_MS = 5 * 60_000;

const key = (checkoutId: string) => `checkout:${checkoutId}:snapshot:v1`;

/** The kept checkouts of a store, read through to BigCommerce (getCheckout) on a miss or an outage. */
export interface CheckoutSnapshots {
  /** The kept checkout, or BigCommerce's (then kept). Throws what getCheckout throws. */
  read(checkoutId: string): Promise<BcCheckout>;
  /** BigCommerce's checkout, read now and kept: for what must be exact (placing the order). */
  readFresh(checkoutId: string): Promise<BcCheckout>;
  /** Keeps a checkout a write answered with (with the kept line options), and returns it. */
  keep(checkout: BcCheckout): Promise<BcCheckout>;
  /** Drops the kept checkout (after a cart write, which answers with the cart, not the checkout). */
  forget(checkoutId: string): Promise<void>;
  /**
   * Runs a cart write (which answers with the cart, not the checkout) with the kept checkout
   * dropped before it and again after it: a read in between, from another tab, may have kept the
   * old checkout again. Resolves to what `write` resolves to; its errors are thrown.
   */
  aroundCartWrite<T>(checkoutId: string, write: () => Promise<T>): Promise<T>;
}

/**
 * A write's answer with the line options of the checkout it changed. Checkout writes accept only
 * the shipping-quotes include, so their lines come without the options getCheckout asked for; the
 * lines themselves (ids, variants) are the same, since a checkout write never changes them.
 */
function withLineOptions(answer: BcCheckout, before: BcCheckout | null): BcCheckout {
  if (!before) return answer;
  const kept = before.cart.line_items;
  const options = new Map(
    [...kept.physical_items, ...kept.digital_items].map((l) => [l.id, l.options]),
  );
  const fill = (lines: BcLineItem[]) =>
    lines.map((line) =>
      line.options.length ? line : { ...line, options: options.get(line.id) ?? [] },
    );
  const items = answer.cart.line_items;
  const line_items = {
    ...items,
    physical_items: fill(items.physical_items),
    digital_items: fill(items.digital_items),
  };
  return { ...answer, cart: { ...answer.cart, line_items } };
}

/** Kept checkouts on the shared store `kv`, read through `bc`. */
export function checkoutSnapshots(bc: BigCommerceClient, kv: Kv): CheckoutSnapshots {
  const kept = async (checkoutId: string) => {
    const json = await ifAvailable(kv.get(key(checkoutId)), null);
    return json ? (JSON.parse(json) as BcCheckout) : null;
  };
  const save = async (checkout: BcCheckout) => {
    const json = JSON.stringify(checkout);
    await ifAvailable(kv.set(key(checkout.id), json, { ttlMs: SNAPSHOT_TTL_MS }), false);
    return checkout;
  };
  const keep = async (answer: BcCheckout) => save(withLineOptions(answer, await kept(answer.id)));
  // getCheckout asks for the line options itself: kept as it is.
  const readFresh = async (checkoutId: string) => save(await bc.getCheckout(checkoutId));
  const forget = (checkoutId: string) => ifAvailable(kv.del(key(checkoutId)), undefined);
  return {
    keep,
    readFresh,
    read: async (checkoutId) => (await kept(checkoutId)) ?? readFresh(checkoutId),
    forget,
    async aroundCartWrite(checkoutId, write) {
      await forget(checkoutId);
      const result = await write();
      await forget(checkoutId);
      return result;
    },
  };
}
