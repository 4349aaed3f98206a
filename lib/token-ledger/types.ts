/** What the ledger remembers about one checkout token. The token itself is never stored. */
export interface TokenRecord {
  checkoutId: string;
  orderId: number;
  usesLeft: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export type RedeemFailure = "unknown" | "wrong-order" | "expired" | "used-up";

export type RedeemResult = { ok: true; record: TokenRecord } | { ok: false; reason: RedeemFailure };

/**
 * Storage behind the ledger, keyed by the token's SHA-256 digest.
 * `redeem` must be atomic: check and decrement happen as one step, so concurrent
 * redemptions of a one-use token give exactly one success.
 */
export interface TokenStore {
  put(digest: string, record: TokenRecord): Promise<void>;
  /** Uses one redemption if the token is known, issued for `orderId`, unexpired at `now` and has uses left. */
  redeem(digest: string, orderId: number, now: number): Promise<RedeemResult>;
}
