import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Kv } from "@/lib/kv";

// BigCommerce validates checkout tokens only on its hosted pages, so this app keeps its own
// record of each token it mints (docs/bigcommerce.md §7) and enforces maxUses and ttl itself.
// Only the token's SHA-256 digest is stored; the token itself exists only in the shopper's link.
//
// Three ways a token enters the ledger, one way out (redeem):
//  - record: a BigCommerce checkout token minted before payment, for a known order (custom checkout);
//  - recordForCheckout + bindToOrder: a BigCommerce checkout token minted while an embedded
//    checkout is still open, when no order exists yet; bound to the order once it is placed;
//  - issueOwn: a token of this app's own for a paid order (BigCommerce cannot mint one once the
//    cart is gone), e.g. a fresh link sent by email. Random, 256 bits, used exactly the same way.

export type RedeemFailure = "unknown" | "wrong-order" | "expired" | "used-up";
export type RedeemResult =
  { ok: true; checkoutId: string; source: TokenSource } | { ok: false; reason: RedeemFailure };

/**
 * The checkout id an app token (issueOwn) names for an order placed without a cart (an order
 * created through the v2 Orders API has an empty or null `cart_id`). Not a cart id BigCommerce
 * can give (those are UUIDs), and honoured only for tokens of the app's own: see cartMatches.
 */
export const NO_CART = "no-cart";

/** The checkout id to record for an order's `cart_id`: the id itself, or NO_CART when it has none. */
export function checkoutIdOf(cartId: string | null | undefined): string {
  return cartId ? cartId : NO_CART;
}

/**
 * Whether a grant's checkout id (from a redeemed token) is the order's: the same cart id, or
 * NO_CART for an order without one. An empty grant never matches, so a grant can only ever name
 * an order that has no cart through the sentinel.
 */
export function cartMatches(
  grantCheckoutId: string,
  orderCartId: string | null | undefined,
): boolean {
  if (!grantCheckoutId) return false;
  if (grantCheckoutId === NO_CART) return !orderCartId;
  return orderCartId === grantCheckoutId;
}

interface TokenRecord {
  /** Absent on records kept before app tokens existed: those are BigCommerce's. */
  source?: TokenSource;
  checkoutId: string;
  /** Null while the token waits for its order (an embedded checkout still open). */
  orderId: number | null;
  maxUses: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Who minted a token: BigCommerce (a checkout token) or this app (issueOwn). */
export type TokenSource = "bigcommerce" | "app";

/** What bindToOrder did: bound (now or before, to this order), or why not. */
export type BindResult = "bound" | "unknown" | "other-order" | "expired";

export interface IssuedToken {
  token: string;
  checkoutId: string;
  orderId: number;
  maxUses: number;
  ttlSeconds: number;
}

/**
 * After a token expires its record stays this long, so a shopper who comes back with a stale link is
 * told it expired instead of "not found". The store's own TTL removes it then: no cleanup job.
 */
const EXPLAIN_EXPIRED_FOR_MS = 30 * 24 * 3600 * 1000;

/** Accepts BigCommerce's 64-hex tokens with room for a format change, and nothing over-long. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,256}$/;

/** Bytes of randomness in a token of the app's own: 256 bits, base64url (43 characters). */
const OWN_TOKEN_BYTES = 32;

function isWellFormedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function digestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const recordKey = (digest: string) => `ct:${digest}`;
const usesKey = (digest: string) => `ct:${digest}:uses`;

export type TokenLedger = ReturnType<typeof createTokenLedger>;

/** Reading and writing token records on `store` (digests as keys), with `clock` for expiry. */
function tokenRecords(store: Kv, clock: () => number) {
  return {
    async find(token: string, orderId: number) {
      if (!isWellFormedToken(token)) return { digest: "", record: null };
      const digest = digestToken(token);
      const raw = await store.get(recordKey(digest));
      const record = raw ? (JSON.parse(raw) as TokenRecord) : null;
      // A token for another order is treated as unknown there, and is not used up by the attempt.
      return {
        digest,
        record: record && record.orderId === orderId ? record : null,
        other: record,
      };
    },

    async write(digest: string, record: TokenRecord) {
      await store.set(recordKey(digest), JSON.stringify(record), {
        ttlMs: Math.max(1, record.expiresAt - clock()) + EXPLAIN_EXPIRED_FOR_MS,
      });
    },
  };
}

export function createTokenLedger(store: Kv, clock: () => number = Date.now) {
  const { find, write } = tokenRecords(store, clock);
  return { ...minting(store, clock, write), ...redeeming(store, clock, find) };
}

/** The ways a token enters the ledger (record, recordForCheckout, bindToOrder, issueOwn). */
function minting(store: Kv, clock: () => number, write: ReturnType<typeof tokenRecords>["write"]) {
  return {
    /** Records a BigCommerce checkout token minted for `orderId` (createCheckoutToken). */
    async record(issued: IssuedToken): Promise<void> {
      await write(digestToken(issued.token), {
        source: "bigcommerce",
        checkoutId: issued.checkoutId,
        orderId: issued.orderId,
        maxUses: issued.maxUses,
        expiresAt: clock() + issued.ttlSeconds * 1000,
      });
    },

    /**
     * Records a BigCommerce checkout token minted while the checkout is still open and no order
     * exists (the embedded checkout). It opens nothing until bindToOrder names its order.
     * Throws KvUnavailableError when the store cannot answer.
     */
    async recordForCheckout(issued: Omit<IssuedToken, "orderId">): Promise<void> {
      await write(digestToken(issued.token), {
        source: "bigcommerce",
        checkoutId: issued.checkoutId,
        orderId: null,
        maxUses: issued.maxUses,
        expiresAt: clock() + issued.ttlSeconds * 1000,
      });
    },

    /**
     * Binds a token recorded by recordForCheckout to the order placed from its checkout. Binding
     * again to the same order is "bound" (idempotent); a token of another checkout or already bound
     * to another order is refused, so a token is never moved. From the binding on, the link lives
     * at most `linkTtlSeconds` more (the confirmation link's lifetime, CHECKOUT_TOKEN_TTL_SECONDS),
     * never longer than the token was minted for. Throws KvUnavailableError when the store cannot
     * answer.
     */
    async bindToOrder(
      token: string,
      checkoutId: string,
      orderId: number,
      linkTtlSeconds: number,
    ): Promise<BindResult> {
      if (!isWellFormedToken(token)) return "unknown";
      const digest = digestToken(token);
      const raw = await store.get(recordKey(digest));
      const record = raw ? (JSON.parse(raw) as TokenRecord) : null;
      if (!record || record.checkoutId !== checkoutId) return "unknown";
      if (record.orderId !== null) return record.orderId === orderId ? "bound" : "other-order";
      if (clock() >= record.expiresAt) return "expired";
      const expiresAt = Math.min(record.expiresAt, clock() + linkTtlSeconds * 1000);
      await write(digest, { ...record, orderId, expiresAt });
      return "bound";
    },

    /**
     * Mints a token of this app's own for an order (256 random bits, base64url), records its
     * digest and returns the token: the only copy, for the shopper's link. `checkoutId` is the
     * order's cart id, or NO_CART for an order without one (checkoutIdOf): the grant a redemption
     * gives names it. Throws KvUnavailableError.
     */
    async issueOwn(issued: Omit<IssuedToken, "token">): Promise<string> {
      const token = randomBytes(OWN_TOKEN_BYTES).toString("base64url");
      await write(digestToken(token), {
        source: "app",
        checkoutId: issued.checkoutId,
        orderId: issued.orderId,
        maxUses: issued.maxUses,
        expiresAt: clock() + issued.ttlSeconds * 1000,
      });
      return token;
    },
  };
}

/** The one way out (redeem), and whether a token is spent (isSpent). */
function redeeming(store: Kv, clock: () => number, find: ReturnType<typeof tokenRecords>["find"]) {
  return {
    /**
     * Uses one redemption of `token` for `orderId`. Atomic in both stores: the use counter is a
     * single INCR, so of N concurrent redemptions of a one-use token exactly one succeeds.
     */
    async redeem(token: string, orderId: number): Promise<RedeemResult> {
      const { digest, record, other } = await find(token, orderId);
      if (!record) return { ok: false, reason: other ? "wrong-order" : "unknown" };
      const now = clock();
      if (now >= record.expiresAt) return { ok: false, reason: "expired" };
      const used = await store.incr(
        usesKey(digest),
        record.expiresAt - now + EXPLAIN_EXPIRED_FOR_MS,
      );
      if (used > record.maxUses) return { ok: false, reason: "used-up" };
      return { ok: true, checkoutId: record.checkoutId, source: record.source ?? "bigcommerce" };
    },

    /** Without using it: is this a genuine token for this order that has expired or been used up? */
    async isSpent(token: string, orderId: number): Promise<boolean> {
      const { digest, record } = await find(token, orderId);
      if (!record) return false;
      if (clock() >= record.expiresAt) return true;
      const used = Number((await store.get(usesKey(digest))) ?? 0);
      return used >= record.maxUses;
    },
  };
}
