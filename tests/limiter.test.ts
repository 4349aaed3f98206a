// Attempt counting on the shared store: the same contract in memory and on a real redis-server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryKv, RedisKv, type Kv } from "@/lib/kv";
import { startRedis, type TestRedis } from "./support/redis";

let redis: TestRedis;
let redisKv: RedisKv;
beforeAll(async () => {
  redis = await startRedis();
  redisKv = RedisKv.fromUrl(redis.url, `limiter-test-${Date.now()}:`);
});
afterAll(async () => {
  await redisKv.close();
  await redis.stop();
});

describe.each([
  ["memory", () => new MemoryKv() as Kv],
  ["redis", () => redisKv as Kv],
])("a limiter on the %s store", (_, makeKv) => {
  it("blocks a key after its attempts are used up, and only that key", async () => {
    const kv = makeKv();
    const limiter = kv.limiter({ name: `misses-${Math.random()}`, points: 3, durationSeconds: 60 });
    expect(await limiter.check("customer-7")).toEqual({ blocked: false, retryAfterMs: 0, used: 0 });
    for (let i = 0; i < 2; i++) expect((await limiter.count("customer-7")).blocked).toBe(false);
    const third = await limiter.count("customer-7");
    expect(third.blocked).toBe(true);
    expect(third.retryAfterMs).toBeGreaterThan(50_000);
    expect((await limiter.check("customer-7")).blocked).toBe(true);
    expect((await limiter.check("customer-8")).blocked).toBe(false);
  });

  it("counts on one limiter per name, whoever asks for it", async () => {
    const kv = makeKv();
    const name = `shared-${Math.random()}`;
    await kv.limiter({ name, points: 2, durationSeconds: 60 }).count("k");
    await kv.limiter({ name, points: 2, durationSeconds: 60 }).count("k");
    expect((await kv.limiter({ name, points: 2, durationSeconds: 60 }).check("k")).blocked).toBe(
      true,
    );
  });
});
