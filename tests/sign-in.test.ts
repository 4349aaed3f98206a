import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/account";
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
    const result = await signIn(d, "shopper@example.com", "sandbox-shopper-1", d.pause);
    expect(result).toEqual({ ok: true, customer: { id: 7, email: "shopper@example.com" } });
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const d = deps();
    const wrongPassword = await signIn(d, "shopper@example.com", "nope", d.pause);
    const unknownEmail = await signIn(d, "ghost@example.com", "sandbox-shopper-1", d.pause);
    expect(wrongPassword).toEqual({ ok: false, message: "Email or password is incorrect." });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("slows repeated failures down, then refuses without asking BigCommerce", async () => {
    const d = deps();
    for (let i = 0; i < 5; i++) await signIn(d, "shopper@example.com", "nope", d.pause);
    expect(d.pauses).toEqual([250, 500, 1000, 2000, 4000]);
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    const refused = await signIn(d, "shopper@example.com", "sandbox-shopper-1", d.pause);
    expect(refused).toEqual({
      ok: false,
      message: "Too many attempts. Please wait 15 minutes and try again.",
    });
    expect(server.sandbox.stats.calls.validateCustomerCredentials ?? 0).toBe(before);
  });
});
