import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, SIGN_UP_LIMITS, signIn, signUp } from "@/lib/account";
import { createBigCommerceClient } from "@/lib/bigcommerce";
import { MemoryKv } from "@/lib/kv";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(() => server.close());

function deps() {
  const pauses: number[] = [];
  const bc = createBigCommerceClient({
    apiUrl: server.url,
    paymentsUrl: server.url,
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs: 5000,
  });
  return {
    bigcommerce: bc,
    kv: new MemoryKv(),
    pause: async (ms: number) => void pauses.push(ms),
    pauses,
  };
}

describe("sign-in", () => {
  it("signs in a sandbox customer with BigCommerce's credential check", async () => {
    const d = deps();
    const result = await signIn(d, "shopper@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(result).toEqual({ ok: true, customer: { id: 7, email: "shopper@example.com" } });
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const d = deps();
    const wrongPassword = await signIn(d, "shopper@example.com", "nope", {}, d.pause);
    const unknownEmail = await signIn(d, "ghost@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(wrongPassword).toEqual({ ok: false, message: "Email or password is incorrect." });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("slows repeated failures down, then refuses without asking BigCommerce", async () => {
    const d = deps();
    for (let i = 0; i < 5; i++) await signIn(d, "shopper@example.com", "nope", {}, d.pause);
    expect(d.pauses).toEqual([250, 500, 1000, 2000, 4000]);
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    const refused = await signIn(d, "shopper@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(refused).toEqual({
      ok: false,
      message: "Too many attempts. Please wait 15 minutes and try again.",
    });
    expect(server.sandbox.stats.calls.validateCustomerCredentials ?? 0).toBe(before);
  });
});

describe("sign-in under attack", () => {
  it("lets at most 5 of 100 parallel wrong passwords for one account reach BigCommerce", async () => {
    const d = deps();
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => signIn(d, "another@example.com", "guess-123", {}, d.pause)),
    );
    const asked = (server.sandbox.stats.calls.validateCustomerCredentials ?? 0) - before;
    expect(asked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.message.startsWith("Too many attempts"))).toHaveLength(
      100 - asked,
    );
  });

  it("limits one address spraying one password over many accounts", async () => {
    const d = deps();
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    for (let i = 0; i < 30; i++) {
      await signIn(
        d,
        `user-${i}@example.com`,
        "Summer2026!",
        { clientAddress: "203.0.113.9" },
        d.pause,
      );
    }
    const asked = (server.sandbox.stats.calls.validateCustomerCredentials ?? 0) - before;
    expect(asked).toBe(SIGN_IN_LIMITS.address.points);
  });

  it("still opens a locked account from a browser that signed in to it before", async () => {
    const d = deps();
    for (let i = 0; i < 6; i++) await signIn(d, "shopper@example.com", "nope", {}, d.pause);
    const locked = await signIn(d, "shopper@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(locked.ok).toBe(false);
    const known = await signIn(
      d,
      "shopper@example.com",
      "sandbox-shopper-1",
      { knownBrowser: true },
      d.pause,
    );
    expect(known).toEqual({ ok: true, customer: { id: 7, email: "shopper@example.com" } });
  });
});

describe("sign-up under attack", () => {
  it("lets at most the address's allowance of 100 parallel sign-ups reach BigCommerce", async () => {
    const d = deps();
    const before = server.sandbox.stats.calls.createCustomers ?? 0;
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        signUp(
          d,
          { email: `new-${i}@example.com`, firstName: "N", lastName: "U", password: "secret-123" },
          { clientAddress: "198.51.100.7" },
        ),
      ),
    );
    const asked = (server.sandbox.stats.calls.createCustomers ?? 0) - before;
    expect(asked).toBeLessThanOrEqual(SIGN_UP_LIMITS.address.points);
  });
});
