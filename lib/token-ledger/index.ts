import "server-only";
import { createHash } from "node:crypto";
import type { Kv } from "@/lib/kv";

// BigCommerce validates checkout tokens only on its hosted pages, so this app keeps its own
// record of each token it mints (docs/bigcommerce.md §7) and enforces maxUses and ttl itself.
// Only the token's SHA-256 digest is stored; the token itself exists only in the shopper's link.

export type RedeemFailure = "unknown" | "wrong-order" | "expired" | "used-up";
export type RedeemResult = { ok: true; checkoutId: string } | { ok: false; reason: RedeemFailure };

interface TokenRecord {
  checkoutId: string;
  orderId: number;
  maxUses: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

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

function isWellFormedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function digestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const recordKey = (digest: string) => `ct:${digest}`;
const usesKey = (digest: string) => `ct:${digest}:uses`;

export type TokenLedger = ReturnType<typeof createTokenLedger>;

export function createTokenLedger(store: Kv, clock: () => number = Date.now) {
  async function find(token: string, orderId: number) {
    if (!isWellFormedToken(token)) return { digest: "", record: null };
    const digest = digestToken(token);
    const raw = await store.get(recordKey(digest));
    const record = raw ? (JSON.parse(raw) as TokenRecord) : null;
    // A token for another order is treated as unknown there, and is not used up by the attempt.
    return { digest, record: record && record.orderId === orderId ? record : null, other: record };
  }

  return {
    async record(issued: IssuedToken): Promise<void> {
      const expiresAt = clock() + issued.ttlSeconds * 1000;
      const record: TokenRecord = {
        checkoutId: issued.checkoutId,
        orderId: issued.orderId,
        maxUses: issued.maxUses,
        expiresAt,
      };
      await store.set(recordKey(digestToken(issued.token)), JSON.stringify(record), {
        ttlMs: issued.ttlSeconds * 1000 + EXPLAIN_EXPIRED_FOR_MS,
      });
    },

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
      return { ok: true, checkoutId: record.checkoutId };
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
