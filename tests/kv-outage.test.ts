// When the shared store cannot answer, both adapters say so with one typed error, soon, and the
// Redis adapter answers again on its own once the server is back: a real redis-server, stopped,
// paused and started again on its port.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { KvUnavailableError, MemoryKv, RedisKv, type Kv } from "@/lib/kv";
import { freePort } from "./support/ports";
import { startRedis, stopRedisAt, untilAnswers, type TestRedis } from "./support/redis";

const LIMIT = { name: "outage-test", points: 5, durationSeconds: 60 };

/** Every call a Kv offers, the limiter's included. */
const everyCall = (kv: Kv): Record<string, () => Promise<unknown>> => ({
  get: () => kv.get("k"),
  set: () => kv.set("k", "v", { ttlMs: 60_000 }),
  "set if absent": () => kv.set("k", "v", { ttlMs: 60_000, onlyIfAbsent: true }),
  incr: () => kv.incr("n", 60_000),
  del: () => kv.del("k"),
  extendIfEquals: () => kv.extendIfEquals("k", "v", 60_000),
  deleteIfEquals: () => kv.deleteIfEquals("k", "v"),
  ping: () => kv.ping(),
  "limiter.take": () => kv.limiter(LIMIT).take("who"),
  "limiter.check": () => kv.limiter(LIMIT).check("who"),
  "limiter.count": () => kv.limiter(LIMIT).count("who"),
  "limiter.reset": () => kv.limiter(LIMIT).reset("who"),
});

/** Runs every call; the names of those that did not fail with KvUnavailableError. */
async function notUnavailable(kv: Kv): Promise<string[]> {
  const failures = await Promise.all(
    Object.entries(everyCall(kv)).map(([name, call]) =>
      call().then(
        () => name,
        (error: unknown) => (error instanceof KvUnavailableError ? null : name),
      ),
    ),
  );
  return failures.filter((name): name is string => name !== null);
}

/** Milliseconds `step` takes. */
async function timed(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

describe("the Redis adapter when its server goes away", () => {
  let redis: TestRedis;
  let kv: RedisKv;
  beforeAll(async () => {
    redis = await startRedis();
    kv = RedisKv.fromUrl(redis.url, `outage-${Date.now()}:`);
  });
  afterAll(async () => {
    await kv.close();
    await stopRedisAt(redis.port);
  });

  it("fails every call with KvUnavailableError, soon, and answers again once it is back", async () => {
    expect(await kv.set("k", "before", { ttlMs: 60_000 })).toBe(true);
    await redis.stop();

    // Within the wait for a lost connection (3 s), then at once.
    expect(await timed(async () => expect(await notUnavailable(kv)).toEqual([]))).toBeLessThan(
      3_500,
    );
    expect(await timed(() => kv.get("k").catch(() => null))).toBeLessThan(100);

    redis = await startRedis({ port: redis.port });
    // The same client reconnects by itself (at least once a second).
    await untilAnswers(kv);
    expect(await kv.set("k", "after", { ttlMs: 60_000 })).toBe(true);
    expect(await kv.get("k")).toBe("after");
    expect((await kv.limiter(LIMIT).take("who")).blocked).toBe(false);
  });

  it("fails calls to a server that stopped answering within the command timeout", async () => {
    process.kill(redis.pid, "SIGSTOP");
    try {
      const elapsed = await timed(() =>
        expect(kv.get("k")).rejects.toBeInstanceOf(KvUnavailableError),
      );
      expect(elapsed).toBeLessThan(3_000);
    } finally {
      process.kill(redis.pid, "SIGCONT");
    }
    await untilAnswers(kv);
  });

  it("keeps an error of the caller's own making apart from an outage", async () => {
    await kv.set("text", "not a number", { ttlMs: 60_000 });
    const error = await kv.incr("text", 60_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(KvUnavailableError);
  });

  it("rides out its first connection when the server comes up soon after", async () => {
    const port = await freePort();
    const early = RedisKv.fromUrl(`redis://127.0.0.1:${port}`, "early:");
    const late = new Promise<TestRedis>((resolve) =>
      setTimeout(() => resolve(startRedis({ port })), 300),
    );
    try {
      expect(await early.set("k", "v", { ttlMs: 60_000 })).toBe(true);
    } finally {
      await early.close();
      await (await late).stop();
    }
  });
});

describe("the memory adapter", () => {
  it("fails every call with KvUnavailableError once closed", async () => {
    const kv = new MemoryKv();
    expect(await notUnavailable(kv)).toHaveLength(Object.keys(everyCall(kv)).length);
    await kv.close();
    expect(await notUnavailable(kv)).toEqual([]);
  });
});

describe("KvUnavailableError", () => {
  it("is recognised whichever copy of lib/kv threw it (Next.js loads one per bundle)", async () => {
    vi.resetModules();
    const other = await import("@/lib/kv/errors");
    expect(other.KvUnavailableError).not.toBe(KvUnavailableError);
    expect(new other.KvUnavailableError("get")).toBeInstanceOf(KvUnavailableError);
    expect(new Error("get")).not.toBeInstanceOf(KvUnavailableError);
  });
});
