import type { RedeemResult, TokenRecord, TokenStore } from "./types";

/** Single-process store: right for the sandbox and for one self-hosted instance. */
export class MemoryTokenStore implements TokenStore {
  private readonly records = new Map<string, TokenRecord>();
  private writes = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  async put(digest: string, record: TokenRecord): Promise<void> {
    this.records.set(digest, { ...record });
    // Expired entries go away as new ones arrive, so memory stays bounded by live tokens.
    if (++this.writes % 256 === 0) this.sweep(this.clock());
  }

  async redeem(digest: string, orderId: number, now: number): Promise<RedeemResult> {
    // Synchronous from lookup to decrement: atomic in a single JavaScript thread.
    const record = this.records.get(digest);
    if (!record) return { ok: false, reason: "unknown" };
    if (record.orderId !== orderId) return { ok: false, reason: "wrong-order" };
    if (now >= record.expiresAt) return { ok: false, reason: "expired" };
    if (record.usesLeft < 1) return { ok: false, reason: "used-up" };
    record.usesLeft -= 1;
    return { ok: true, record: { ...record } };
  }

  get size(): number {
    return this.records.size;
  }

  private sweep(now: number) {
    for (const [digest, record] of this.records)
      if (now >= record.expiresAt) this.records.delete(digest);
  }
}
