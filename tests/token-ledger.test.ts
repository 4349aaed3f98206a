import { describe, expect, it } from "vitest";
import {
  createTokenLedger,
  digestToken,
  MemoryTokenStore,
  type TokenRecord,
} from "@/lib/token-ledger";

const TOKEN = "beb3590088be88f59ba980d54a68df655cd8a1052a3e9caf535f3f820146c226";
const OTHER = "0".repeat(64);

function setup(maxUses = 1, ttlSeconds = 3600) {
  let now = Date.UTC(2026, 10, 27, 12, 0, 0);
  const clock = () => now;
  const store = new MemoryTokenStore(clock);
  const ledger = createTokenLedger(store, clock);
  const advance = (ms: number) => {
    now += ms;
  };
  const issue = () =>
    ledger.record({ token: TOKEN, checkoutId: "cart-1", orderId: 100, maxUses, ttlSeconds });
  return { store, ledger, advance, issue };
}

describe("checkout token ledger", () => {
  it("accepts a token this app issued, for its order", async () => {
    const { ledger, issue } = setup();
    await issue();
    const result = await ledger.redeem(TOKEN, 100);
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({ checkoutId: "cart-1", orderId: 100, usesLeft: 0 }),
    });
  });

  it("is single-use by default: the second redemption is refused as used up", async () => {
    const { ledger, issue } = setup();
    await issue();
    expect((await ledger.redeem(TOKEN, 100)).ok).toBe(true);
    expect(await ledger.redeem(TOKEN, 100)).toEqual({ ok: false, reason: "used-up" });
  });

  it("honours maxUses greater than one", async () => {
    const { ledger, issue } = setup(3);
    await issue();
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await ledger.redeem(TOKEN, 100)).ok);
    expect(results).toEqual([true, true, true, false]);
  });

  it("refuses a token for another order and does not use it up", async () => {
    const { ledger, issue } = setup();
    await issue();
    expect(await ledger.redeem(TOKEN, 101)).toEqual({ ok: false, reason: "wrong-order" });
    expect((await ledger.redeem(TOKEN, 100)).ok).toBe(true);
  });

  it("expires after its ttl (checked with a controllable clock)", async () => {
    const { ledger, issue, advance } = setup(1, 60);
    await issue();
    advance(59_999);
    expect((await ledger.redeem(TOKEN, 100)).ok).toBe(true);

    const late = setup(1, 60);
    await late.issue();
    late.advance(60_000);
    expect(await late.ledger.redeem(TOKEN, 100)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses unknown and malformed tokens", async () => {
    const { ledger, issue } = setup();
    await issue();
    expect(await ledger.redeem(OTHER, 100)).toEqual({ ok: false, reason: "unknown" });
    for (const bad of ["", "short", "x".repeat(300), `${TOKEN}'; DROP TABLE`, "../../etc/passwd"]) {
      expect(await ledger.redeem(bad, 100)).toEqual({ ok: false, reason: "unknown" });
    }
  });

  it("keeps only the SHA-256 digest of the token, never the token", async () => {
    const puts: [string, TokenRecord][] = [];
    const store = new MemoryTokenStore();
    const spy = Object.assign(Object.create(store) as MemoryTokenStore, {
      put: async (digest: string, record: TokenRecord) => {
        puts.push([digest, record]);
        return store.put(digest, record);
      },
    });
    await createTokenLedger(spy).record({
      token: TOKEN,
      checkoutId: "c",
      orderId: 7,
      maxUses: 1,
      ttlSeconds: 10,
    });
    expect(puts).toHaveLength(1);
    expect(puts[0][0]).toBe(digestToken(TOKEN));
    expect(puts[0][0]).not.toContain(TOKEN);
    expect(JSON.stringify(puts[0][1])).not.toContain(TOKEN);
  });

  it("forgets expired tokens as new ones arrive, so memory stays bounded", async () => {
    let now = 0;
    const store = new MemoryTokenStore(() => now);
    const ledger = createTokenLedger(store, () => now);
    for (let i = 0; i < 300; i++) {
      await ledger.record({
        token: i.toString(16).padStart(64, "0"),
        checkoutId: "c",
        orderId: i + 1,
        maxUses: 1,
        ttlSeconds: 1,
      });
      now += 100;
    }
    expect(store.size).toBeLessThan(300);
  });
});
