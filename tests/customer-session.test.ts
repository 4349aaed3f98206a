// A signed-in session ends when its customer signs out anywhere, or after it sat idle too long;
// and the session cookie always fits in the 4 KB a browser keeps.
import { describe, expect, it } from "vitest";
import {
  customerState,
  endCustomerSessions,
  IDLE_SECONDS,
  SEEN_REFRESH_SECONDS,
  signedIn,
} from "@/lib/customer-session";
import { MemoryKv } from "@/lib/kv";
import { COOKIE_BUDGET, openSession, sealWithin, type SessionData } from "@/lib/session";

const ADA = { id: 7, email: "shopper@example.com" };
const T0 = Date.UTC(2026, 10, 30, 12);

describe("a signed-in session", () => {
  it("stays current while it is used, and asks to be renewed after a few minutes", async () => {
    const kv = new MemoryKv();
    const customer = await signedIn(kv, ADA, T0);
    expect(await customerState(kv, customer, T0 + 1000)).toBe("current");
    expect(await customerState(kv, customer, T0 + (SEEN_REFRESH_SECONDS + 1) * 1000)).toBe("stale");
  });

  it("ends after the idle time", async () => {
    const kv = new MemoryKv();
    const customer = await signedIn(kv, ADA, T0);
    expect(await customerState(kv, customer, T0 + (IDLE_SECONDS + 1) * 1000)).toBe("ended");
  });

  it("ends on every device when the customer signs out on one", async () => {
    const kv = new MemoryKv();
    const laptop = await signedIn(kv, ADA, T0);
    const phone = await signedIn(kv, ADA, T0);
    await endCustomerSessions(kv, ADA.id);
    expect(await customerState(kv, laptop, T0)).toBe("ended");
    expect(await customerState(kv, phone, T0)).toBe("ended");
    // Signing in again afterwards starts a session that holds.
    expect(await customerState(kv, await signedIn(kv, ADA, T0), T0)).toBe("current");
  });

  it("is unknown, so not trusted, when the store cannot say", async () => {
    const kv = new MemoryKv();
    const customer = await signedIn(kv, ADA, T0);
    kv.get = async () => {
      throw new Error("store down");
    };
    expect(await customerState(kv, customer, T0)).toBe("unknown");
  });
});

describe("the session cookie", () => {
  it("fits the browser's limit whatever the message, keeping the message over its field errors", async () => {
    const long = "Ünïcödé 🧾 ".repeat(300);
    const data: SessionData = {
      checkoutId: "cart-1",
      flash: {
        id: "f1",
        message: "Please correct the highlighted fields.",
        fieldErrors: { a: long, b: long },
      },
      grants: Array.from({ length: 10 }, (_, i) => ({ o: 100 + i, c: `cart-${i}`, e: 2e9 })),
    };
    const sealed = await sealWithin(structuredClone(data));
    expect(sealed.length).toBeLessThanOrEqual(COOKIE_BUDGET);
    const opened = await openSession(sealed);
    expect(opened.checkoutId).toBe("cart-1");
    expect(opened.flash?.message).toBe("Please correct the highlighted fields.");
  });
});
