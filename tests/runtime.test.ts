// The composition root: one configuration object in, every part the app runs on out.
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { MemoryKv } from "@/lib/kv";
import { createRuntime } from "@/lib/runtime";
import { startSandboxServer } from "@/lib/sandbox/server";
import { sandboxLiveEnv } from "./support/runtime";

describe("composition root", () => {
  it("in sandbox mode answers BigCommerce calls from the in-process sandbox store", async () => {
    const rt = createRuntime(parseConfig({}));
    expect(rt.config.mode).toBe("sandbox");
    const products = await rt.bigcommerce.listProducts();
    expect(products.length).toBeGreaterThan(0);
    expect(rt.kv).toBeInstanceOf(MemoryKv);
  });

  it("in live mode calls the configured API origin, and its ledger lives on its store", async () => {
    const server = await startSandboxServer({ port: 0 });
    try {
      const rt = createRuntime(parseConfig(sandboxLiveEnv(server.url)));
      server.sandbox.resetStats();
      await rt.bigcommerce.getSystemTime();
      expect(server.sandbox.stats.calls.getSystemTimestamp).toBe(1);

      const token = "c0ffee".repeat(8);
      await rt.ledger.record({
        token,
        checkoutId: "cart-9",
        orderId: 9,
        maxUses: 1,
        ttlSeconds: 60,
      });
      expect(await rt.ledger.redeem(token, 9)).toEqual({
        ok: true,
        checkoutId: "cart-9",
        source: "bigcommerce",
      });
      expect(await rt.ledger.redeem(token, 9)).toEqual({ ok: false, reason: "used-up" });
    } finally {
      await server.close();
    }
  });

  it("takes a store and a BigCommerce door from the caller instead of building them", async () => {
    const kv = new MemoryKv();
    const asked: string[] = [];
    const rt = createRuntime(parseConfig({}), {
      kv,
      fetch: async (input) => {
        asked.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
        return new Response(JSON.stringify({ time: 1_700_000_000 }), {
          headers: { "content-type": "application/json" },
        });
      },
    });
    expect(rt.kv).toBe(kv);
    await rt.bigcommerce.getSystemTime();
    expect(asked).toEqual(["/stores/sandbox/v2/time"]);
  });
});
