import { describe, expect, it } from "vitest";
import { grantFor, grantOrder, openSession, sealSession, type SessionData } from "@/lib/session";

const OLD = "old-secret-old-secret-old-secret-0001";
const NEW = "new-secret-new-secret-new-secret-0002";

describe("session cookie", () => {
  it("keeps cookies sealed before a secret rotation readable, and seals new ones with the new secret", async () => {
    const before = await sealSession({ checkoutId: "cart-1" }, { current: OLD, previous: [] });
    expect(await openSession(before, { current: NEW, previous: [OLD] })).toEqual({
      checkoutId: "cart-1",
    });

    const after = await sealSession({ checkoutId: "cart-2" }, { current: NEW, previous: [OLD] });
    expect(await openSession(after, { current: NEW, previous: [] })).toEqual({
      checkoutId: "cart-2",
    });
    // Once the old secret is retired, its cookies are simply no session.
    expect(await openSession(before, { current: NEW, previous: [] })).toEqual({});
  });

  it("opens the same cookie again as a fresh copy: one request's changes never reach the next", async () => {
    const keys = { current: NEW, previous: [] };
    const sealed = await sealSession({ checkoutId: "cart-1", grants: [] }, keys);
    const first = await openSession(sealed, keys);
    first.checkoutId = "changed";
    first.grants!.push({ o: 1, c: "cart-x", e: 1 });
    expect(await openSession(sealed, keys)).toEqual({ checkoutId: "cart-1", grants: [] });
  });

  it("treats tampered, truncated and foreign cookies as no session", async () => {
    const keys = { current: NEW, previous: [] };
    const good = await sealSession({ checkoutId: "cart-1" }, keys);
    const tampered = good.slice(0, 40) + (good[40] === "a" ? "b" : "a") + good.slice(41);
    for (const bad of [tampered, good.slice(0, good.length / 2), "garbage", "Fe26.2*1*x*y", ""]) {
      expect(await openSession(bad, keys)).toEqual({});
    }
    const foreign = await sealSession(
      { checkoutId: "x" },
      { current: "another-app-secret-another-app-secret", previous: [] },
    );
    expect(await openSession(foreign, keys)).toEqual({});
  });

  it("grants a bounded, expiring list of orders to this browser", () => {
    const session: SessionData = {};
    const t0 = Date.UTC(2026, 10, 27);
    for (let id = 1; id <= 15; id++) grantOrder(session, id, `cart-${id}`, t0);
    expect(session.grants).toHaveLength(10);
    expect(grantFor(session, 15, t0)).toBe("cart-15");
    expect(grantFor(session, 1, t0)).toBeNull();
    expect(grantFor(session, 15, t0 + 31 * 24 * 3600 * 1000)).toBeNull();
  });
});
