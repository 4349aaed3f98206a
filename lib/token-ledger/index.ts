import "server-only";
import { createHash } from "node:crypto";
import { MemoryTokenStore } from "./memory";
import type { RedeemResult, TokenStore } from "./types";

export type { RedeemFailure, RedeemResult, TokenRecord, TokenStore } from "./types";
export { MemoryTokenStore } from "./memory";

// BigCommerce validates checkout tokens only on its hosted pages, so this app keeps its own
// record of each token it mints (API-NOTES §7) and enforces maxUses and ttl itself.

/** Accepts BigCommerce's 64-hex tokens with room for a format change, and nothing over-long. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,256}$/;

export function isWellFormedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function digestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface IssuedToken {
  token: string;
  checkoutId: string;
  orderId: number;
  maxUses: number;
  ttlSeconds: number;
}

export type TokenLedger = ReturnType<typeof createTokenLedger>;

export function createTokenLedger(store: TokenStore, clock: () => number = Date.now) {
  return {
    async record(issued: IssuedToken): Promise<void> {
      await store.put(digestToken(issued.token), {
        checkoutId: issued.checkoutId,
        orderId: issued.orderId,
        usesLeft: issued.maxUses,
        expiresAt: clock() + issued.ttlSeconds * 1000,
      });
    },

    /** Uses one redemption of `token` for `orderId`. A wrong order does not use the token up. */
    async redeem(token: string, orderId: number): Promise<RedeemResult> {
      if (!isWellFormedToken(token)) return { ok: false, reason: "unknown" };
      return store.redeem(digestToken(token), orderId, clock());
    },
  };
}

const globalKey = Symbol.for("storefront-confirmation.token-ledger");
type WithLedger = typeof globalThis & { [globalKey]?: TokenLedger };

/** The ledger of this process (kept on globalThis so every route bundle shares it). */
export function tokenLedger(): TokenLedger {
  const g = globalThis as WithLedger;
  g[globalKey] ??= createTokenLedger(new MemoryTokenStore());
  return g[globalKey];
}
