// The access decision, as a table: who may see order 100, and what each wrong door costs.
import { describe, expect, it } from "vitest";
import { accessFor, openConfirmationLink } from "@/lib/confirmation/access";
import { parseConfig } from "@/lib/config";
import { MemoryKv } from "@/lib/kv";
import { openSession, sealSession, type SessionData } from "@/lib/session";
import { createTokenLedger, NO_CART } from "@/lib/token-ledger";

const TOKEN = "a1".repeat(32);
const OTHER_TOKEN = "b2".repeat(32);

async function setup() {
  let now = Date.now();
  const ledger = createTokenLedger(new MemoryKv(() => now), () => now);
  await ledger.record({
    token: TOKEN,
    checkoutId: "cart-100",
    orderId: 100,
    maxUses: 1,
    ttlSeconds: 60,
  });
  await ledger.record({
    token: OTHER_TOKEN,
    checkoutId: "cart-200",
    orderId: 200,
    maxUses: 1,
    ttlSeconds: 60,
  });
  // The sandbox-mode configuration: its session secret seals the grants.
  return { ledger, config: parseConfig({}), advance: (ms: number) => (now += ms) };
}

describe("opening a confirmation link", () => {
  it.each([
    ["a valid token for the order", "100", TOKEN, "granted"],
    ["a token for another order", "100", OTHER_TOKEN, "invalid"],
    ["an unknown token", "100", "c3".repeat(32), "invalid"],
    ["a malformed token", "100", "<script>", "invalid"],
    ["an over-long token", "100", "a".repeat(5000), "invalid"],
    ["an empty token", "100", "", "invalid"],
    ["a non-numeric order id", "abc", TOKEN, "invalid"],
    ["a negative order id", "-100", TOKEN, "invalid"],
    ["a huge order id", "99999999999", TOKEN, "invalid"],
    ["a zero-padded order id", "0100", TOKEN, "invalid"],
  ])("%s → %s", async (_, orderId, token, expected) => {
    const deps = await setup();
    expect((await openConfirmationLink(deps, orderId, token, {})).kind).toBe(expected);
  });

  it("a used token is spent for other browsers but reopens in the browser that used it", async () => {
    const deps = await setup();
    const first = await openConfirmationLink(deps, "100", TOKEN, {});
    expect(first.kind).toBe("granted");
    const cookie = first.kind === "granted" ? first.sealedSession : "";
    expect((await openConfirmationLink(deps, "100", TOKEN, {})).kind).toBe("spent");
    expect((await openConfirmationLink(deps, "100", TOKEN, await openSession(cookie))).kind).toBe(
      "granted",
    );
  });

  it("an expired token is spent", async () => {
    const deps = await setup();
    const { advance } = deps;
    advance(60_000);
    expect((await openConfirmationLink(deps, "100", TOKEN, {})).kind).toBe("spent");
  });

  it("a token tried on the wrong order is still good for its own", async () => {
    const deps = await setup();
    await openConfirmationLink(deps, "200", TOKEN, {});
    expect((await openConfirmationLink(deps, "100", TOKEN, {})).kind).toBe("granted");
  });
});

describe("viewing a confirmation", () => {
  it("needs a grant for that order or a signed-in customer", async () => {
    const deps = await setup();
    const opened = await openConfirmationLink(deps, "100", TOKEN, {});
    const granted = await openSession(opened.kind === "granted" ? opened.sealedSession : "");
    const customer: SessionData = { customer: { id: 7, email: "shopper@example.com" } };
    const table: [string, string, SessionData, ReturnType<typeof accessFor>["kind"]][] = [
      ["grant, its order", "100", granted, "guest"],
      ["grant, another order", "200", granted, "none"],
      ["grant, malformed id", "1e2", granted, "none"],
      ["no session", "100", {}, "none"],
      ["signed-in customer", "100", customer, "customer"],
      ["signed-in customer, malformed id", "x", customer, "none"],
    ];
    for (const [name, orderId, session, kind] of table)
      expect(accessFor(orderId, session).kind, name).toBe(kind);
    expect(accessFor("100", granted)).toEqual({
      kind: "guest",
      orderId: 100,
      checkoutId: "cart-100",
    });
  });

  it("a grant sealed into a cookie survives the round trip", async () => {
    const session: SessionData = {};
    const sealed = await sealSession(session);
    expect(await openSession(sealed)).toEqual({});
  });
});

describe("a token for an order without a cart (NO_CART)", () => {
  it("opens for a token of the app's own, and never for a BigCommerce token naming the sentinel", async () => {
    const ledger = createTokenLedger(new MemoryKv());
    const config = parseConfig({});
    const own = await ledger.issueOwn({
      orderId: 300,
      checkoutId: NO_CART,
      maxUses: 1,
      ttlSeconds: 60,
    });
    const opened = await openConfirmationLink({ ledger, config }, "300", own, {});
    expect(opened.kind).toBe("granted");
    const session = opened.kind === "granted" ? await openSession(opened.sealedSession) : {};
    expect(accessFor("300", session)).toEqual({ kind: "guest", orderId: 300, checkoutId: NO_CART });

    await ledger.record({
      token: TOKEN,
      checkoutId: NO_CART,
      orderId: 301,
      maxUses: 1,
      ttlSeconds: 60,
    });
    expect((await openConfirmationLink({ ledger, config }, "301", TOKEN, {})).kind).toBe("invalid");
  });
});
