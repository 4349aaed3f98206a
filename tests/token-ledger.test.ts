// One suite, both stores: the in-memory store and Redis (a real redis-server started here).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MemoryKv, RedisKv, type Kv } from "@/lib/kv";
import {
  cartMatches,
  checkoutIdOf,
  createTokenLedger,
  digestToken,
  NO_CART,
} from "@/lib/token-ledger";
import { startRedis, type TestRedis } from "./support/redis";

const TOKEN = "beb3590088be88f59ba980d54a68df655cd8a1052a3e9caf535f3f820146c226";
const OTHER = "0".repeat(64);

let redis: TestRedis;
let redisKv: RedisKv;

beforeAll(async () => {
  redis = await startRedis();
  redisKv = RedisKv.fromUrl(redis.url, `test-${Date.now()}:`);
});

afterAll(async () => {
  await redisKv?.close();
  await redis?.stop();
});

describe.each([
  { name: "memory", make: (): Kv => new MemoryKv() },
  { name: "redis", make: (): Kv => redisKv },
])("checkout token ledger on the $name store", ({ make }) => {
  let now: number;
  let store: Kv;
  const clock = () => now;
  const ledger = () => createTokenLedger(store, clock);
  let token: string;

  beforeEach(() => {
    now = Date.UTC(2026, 10, 27, 12, 0, 0);
    store = make();
    // Fresh token per test: the Redis store is shared by the suite.
    token = `${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`
      .padEnd(64, "a")
      .slice(0, 64);
  });

  const issue = (maxUses = 1, ttlSeconds = 3600, orderId = 100) =>
    ledger().record({ token, checkoutId: "cart-1", orderId, maxUses, ttlSeconds });

  it("accepts a token this app issued, for its order", async () => {
    await issue();
    expect(await ledger().redeem(token, 100)).toEqual({
      ok: true,
      checkoutId: "cart-1",
      source: "bigcommerce",
    });
  });

  it("is single-use by default: the second redemption is refused as used up", async () => {
    await issue();
    expect((await ledger().redeem(token, 100)).ok).toBe(true);
    expect(await ledger().redeem(token, 100)).toEqual({ ok: false, reason: "used-up" });
    expect(await ledger().isSpent(token, 100)).toBe(true);
  });

  it("honours maxUses greater than one", async () => {
    await issue(3);
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await ledger().redeem(token, 100)).ok);
    expect(results).toEqual([true, true, true, false]);
  });

  it("refuses a token for another order and does not use it up", async () => {
    await issue();
    expect(await ledger().redeem(token, 101)).toEqual({ ok: false, reason: "wrong-order" });
    expect(await ledger().isSpent(token, 101)).toBe(false);
    expect((await ledger().redeem(token, 100)).ok).toBe(true);
  });

  it("expires after its ttl (controllable clock)", async () => {
    await issue(1, 60);
    now += 59_999;
    expect(await ledger().isSpent(token, 100)).toBe(false);
    now += 1;
    expect(await ledger().redeem(token, 100)).toEqual({ ok: false, reason: "expired" });
    expect(await ledger().isSpent(token, 100)).toBe(true);
  });

  it("refuses unknown and malformed tokens", async () => {
    await issue();
    expect(await ledger().redeem(OTHER, 100)).toEqual({ ok: false, reason: "unknown" });
    for (const bad of ["", "short", "x".repeat(300), `${TOKEN}'; DROP TABLE`, "../../etc/passwd"]) {
      expect(await ledger().redeem(bad, 100)).toEqual({ ok: false, reason: "unknown" });
    }
    expect(await ledger().isSpent(OTHER, 100)).toBe(false);
  });

  it("gives exactly one success to 50 concurrent redemptions of a one-use token", async () => {
    await issue(1);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => ledger().redeem(token, 100)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "used-up")).toHaveLength(49);
  });

  it("keeps only the SHA-256 digest of the token, never the token", async () => {
    const written: string[] = [];
    const spy: Kv = {
      get: (k) => store.get(k),
      set: (k, v, o) => {
        written.push(k, v);
        return store.set(k, v, o);
      },
      incr: (k, t) => {
        written.push(k);
        return store.incr(k, t);
      },
      del: (k) => store.del(k),
      ping: () => store.ping(),
      limiter: (o) => store.limiter(o),
      extendIfEquals: (k, v, t) => store.extendIfEquals(k, v, t),
      deleteIfEquals: (k, v) => store.deleteIfEquals(k, v),
    };
    const spied = createTokenLedger(spy, clock);
    await spied.record({ token, checkoutId: "c", orderId: 7, maxUses: 1, ttlSeconds: 10 });
    await spied.redeem(token, 7);
    expect(written.join(" ")).toContain(digestToken(token));
    expect(written.join(" ")).not.toContain(token);
  });

  it("opens nothing with a token waiting for its order, then opens only the order it was bound to", async () => {
    await ledger().recordForCheckout({ token, checkoutId: "cart-9", maxUses: 1, ttlSeconds: 600 });
    expect(await ledger().redeem(token, 100)).toEqual({ ok: false, reason: "wrong-order" });
    expect(await ledger().bindToOrder(token, "cart-other", 100, 600)).toBe("unknown");
    expect(await ledger().bindToOrder(token, "cart-9", 100, 600)).toBe("bound");
    // Binding again to the same order is harmless; moving the token to another order is refused.
    expect(await ledger().bindToOrder(token, "cart-9", 100, 600)).toBe("bound");
    expect(await ledger().bindToOrder(token, "cart-9", 101, 600)).toBe("other-order");
    expect(await ledger().redeem(token, 101)).toEqual({ ok: false, reason: "wrong-order" });
    expect(await ledger().redeem(token, 100)).toEqual({
      ok: true,
      checkoutId: "cart-9",
      source: "bigcommerce",
    });
    expect(await ledger().redeem(token, 100)).toEqual({ ok: false, reason: "used-up" });
  });

  it("keeps a waiting token's expiry when it is bound: a late binding cannot revive it", async () => {
    await ledger().recordForCheckout({ token, checkoutId: "cart-9", maxUses: 1, ttlSeconds: 60 });
    now += 30_000;
    expect(await ledger().bindToOrder(token, "cart-9", 100, 600)).toBe("bound");
    now += 31_000;
    expect(await ledger().redeem(token, 100)).toEqual({ ok: false, reason: "expired" });
    await ledger().recordForCheckout({
      token: OTHER,
      checkoutId: "cart-8",
      maxUses: 1,
      ttlSeconds: 1,
    });
    now += 1_000;
    expect(await ledger().bindToOrder(OTHER, "cart-8", 100, 600)).toBe("expired");
  });

  it("gives a bound token the confirmation link's lifetime from the binding, never more than minted", async () => {
    await ledger().recordForCheckout({ token, checkoutId: "cart-7", maxUses: 1, ttlSeconds: 3600 });
    now += 600_000;
    expect(await ledger().bindToOrder(token, "cart-7", 70, 300)).toBe("bound");
    now += 299_000;
    expect(await ledger().isSpent(token, 70)).toBe(false);
    now += 2_000;
    expect(await ledger().redeem(token, 70)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("mints tokens of its own: 256 random bits, single-use, for their order only, digest only kept", async () => {
    const first = await ledger().issueOwn({
      checkoutId: "cart-5",
      orderId: 55,
      maxUses: 1,
      ttlSeconds: 600,
    });
    const second = await ledger().issueOwn({
      checkoutId: "cart-5",
      orderId: 55,
      maxUses: 1,
      ttlSeconds: 600,
    });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(await ledger().redeem(first, 56)).toEqual({ ok: false, reason: "wrong-order" });
    expect(await ledger().redeem(first, 55)).toEqual({
      ok: true,
      checkoutId: "cart-5",
      source: "app",
    });
    expect(await ledger().redeem(first, 55)).toEqual({ ok: false, reason: "used-up" });
    expect(await store.get(`ct:${first}`)).toBeNull();
    expect(await store.get(`ct:${digestToken(second)}`)).toContain('"source":"app"');
    now += 601_000;
    expect(await ledger().redeem(second, 55)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("memory store", () => {
  it("forgets expired entries as new ones arrive, so memory stays bounded", async () => {
    let now = 0;
    const store = new MemoryKv(() => now);
    for (let i = 0; i < 1200; i++) {
      await store.set(`k${i}`, "v", { ttlMs: 1000 });
      now += 100;
    }
    expect(store.size).toBeLessThan(600);
  });

  it("counts atomically and keeps a counter's first expiry", async () => {
    let now = 0;
    const store = new MemoryKv(() => now);
    expect(await store.incr("n", 1000)).toBe(1);
    now = 900;
    expect(await store.incr("n", 1000)).toBe(2);
    now = 1000;
    expect(await store.incr("n", 1000)).toBe(1);
  });
});

describe("an order without a cart (NO_CART)", () => {
  it("matches only an order without a cart, and an empty grant matches nothing", () => {
    expect(checkoutIdOf("")).toBe(NO_CART);
    expect(checkoutIdOf(null)).toBe(NO_CART);
    expect(checkoutIdOf("cart-1")).toBe("cart-1");
    expect(cartMatches(NO_CART, "")).toBe(true);
    expect(cartMatches(NO_CART, null)).toBe(true);
    expect(cartMatches(NO_CART, "cart-1")).toBe(false);
    expect(cartMatches("cart-1", "cart-1")).toBe(true);
    expect(cartMatches("cart-1", "")).toBe(false);
    expect(cartMatches("", "")).toBe(false);
  });
});
