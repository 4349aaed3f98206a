// The order lookup (issue 18) against the sandbox store in this process, with its email sent
// through a real SMTP server (smtp-server on a free port) and read back with mailparser.
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogReads } from "@/lib/catalog";
import { loadOrderConfirmation } from "@/lib/confirmation";
import { accessFor, openConfirmationLink } from "@/lib/confirmation/access";
import { parseConfig, type Env } from "@/lib/config";
import { mailerFor } from "@/lib/email";
import { MemoryKv } from "@/lib/kv";
import {
  LOOKUP_PER_CLIENT,
  LOOKUP_PER_ORDER,
  loadRedactedOrder,
  lookUpOrder,
  type LookupDeps,
} from "@/lib/order-lookup";
import { openSession } from "@/lib/session";
import { createTokenLedger, NO_CART } from "@/lib/token-ledger";
import { inProcessStoreWithCheckout } from "./support/checkout";
import { freePort } from "./support/ports";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";

let sink: SmtpSink;
const inbox: { mail: ParsedMail; to: string[] }[] = [];

beforeAll(async () => {
  sink = await startSmtpSink(await freePort(), (raw, to) => {
    void simpleParser(raw).then((mail) => inbox.push({ mail, to }));
  });
});
afterAll(() => sink.close());

/** Waits until `n` messages have arrived (or fails after 5 s). */
async function received(n: number): Promise<ParsedMail[]> {
  const deadline = Date.now() + 5000;
  while (inbox.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(inbox.length).toBe(n);
  return inbox.map((m) => m.mail);
}

/** A sandbox store with Ada's paid order, and the lookup's parts on `env` (SMTP to the sink). */
async function setup(env: Env = {}) {
  const { sandbox, bc, checkout } = await inProcessStoreWithCheckout();
  const orderId = await bc.createOrder(checkout.id);
  const kv = new MemoryKv();
  const config = parseConfig({
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink.port),
    MAIL_FROM: "Shop <orders@shop.test>",
    PUBLIC_URL: "https://shop.test",
    ...env,
  });
  const deps: LookupDeps = { bigcommerce: bc, kv, ledger: createTokenLedger(kv), config };
  sandbox.resetStats();
  return { sandbox, bc, deps, orderId, checkoutId: checkout.id };
}

const context = {
  clientAddress: "203.0.113.7",
  requestOrigin: "http://evil.test",
  locale: "en" as const,
};
const ada = (orderId: number) => ({
  orderNumber: String(orderId),
  email: "ada@example.com",
  postalCode: "78701",
});

describe("looking an order up", () => {
  it("emails a fresh link for matching details: one getOrder, localized, text and HTML, the number and nothing else", async () => {
    const { sandbox, deps, orderId, bc } = await setup();
    const before = inbox.length;
    const result = await lookUpOrder(
      deps,
      { orderNumber: ` #${orderId} `, email: " ADA@Example.COM ", postalCode: "787-01 " },
      { ...context, locale: "de" },
    );
    expect(result.kind).toBe("matched");
    expect(sandbox.stats.calls).toEqual({ getOrder: 1 });
    if (result.kind !== "matched" || !result.mail) throw new Error("expected a mail");
    await mailerFor(deps.config.email).send(result.mail);
    const [mail] = (await received(before + 1)).slice(before);
    expect(inbox[before].to).toEqual(["ada@example.com"]);
    expect(mail.subject).toBe(`Ihr Link zu Bestellung #${orderId}`);
    expect(mail.from?.text).toContain("orders@shop.test");
    const link = new RegExp(
      `https://shop\\.test/order-confirmation/${orderId}\\?t=([A-Za-z0-9_-]{43})`,
    );
    const text = mail.text ?? "";
    const html = typeof mail.html === "string" ? mail.html : "";
    expect(text).toMatch(link);
    expect(html).toMatch(link);
    // PUBLIC_URL names the link, never the request's origin.
    expect(text + html).not.toContain("evil.test");
    // Nothing about the order but its number: no name, address, postal code, item or amount.
    const order = await bc.getOrder(orderId);
    for (const secret of [
      "Ada",
      "Lovelace",
      "Austin",
      "78701",
      "1 Row",
      order.total_inc_tax,
      "86.28",
    ])
      expect(text + html, secret).not.toContain(secret);
    // The link opens the confirmation once, in the browser that follows it.
    const token = link.exec(text)![1];
    const opened = await openConfirmationLink(deps, String(orderId), token, {});
    expect(opened.kind).toBe("granted");
    if (opened.kind !== "granted") return;
    const access = accessFor(String(orderId), await openSession(opened.sealedSession));
    if (access.kind !== "guest") throw new Error("expected a grant");
    const view = await loadOrderConfirmation({ ...deps, catalog: catalogReads(deps) }, access);
    expect(view?.orderId).toBe(orderId);
    expect((await openConfirmationLink(deps, String(orderId), token, {})).kind).toBe("spent");
  });

  it.each<[string, { email?: string; postalCode?: string; orderNumber?: string }]>([
    ["a wrong email", { email: "grace@example.com" }],
    ["a wrong postal code", { postalCode: "78702" }],
    ["another order's number", { orderNumber: "999999" }],
  ])("answers no-match for %s, after one getOrder, and mints nothing", async (_, change) => {
    const { sandbox, deps, orderId } = await setup();
    const result = await lookUpOrder(deps, { ...ada(orderId), ...change }, context);
    expect(result).toEqual({ kind: "no-match", orderId: Number(change.orderNumber ?? orderId) });
    expect(sandbox.stats.calls).toEqual({ getOrder: 1 });
    // The ledger holds nothing: only limiter counts are kept.
    expect((deps.kv as MemoryKv).size).toBe(0);
  });

  it.each([
    [{ orderNumber: "abc" }, ["orderNumber"]],
    [{ orderNumber: "0" }, ["orderNumber"]],
    [{ orderNumber: "99999999999" }, ["orderNumber"]],
    [{ email: "not-an-email" }, ["email"]],
    [{ postalCode: "" }, ["postalCode"]],
    [{ postalCode: "<script>" }, ["postalCode"]],
    [
      { orderNumber: undefined, email: "x", postalCode: "a".repeat(40) },
      ["orderNumber", "email", "postalCode"],
    ],
  ])("refuses malformed input %j by field, with no call at all", async (change, fields) => {
    const { sandbox, deps, orderId } = await setup();
    const result = await lookUpOrder(deps, { ...ada(orderId), ...change }, context);
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual([...fields].sort());
    for (const field of fields)
      expect(result.fieldErrors[field as keyof typeof result.fieldErrors]).toEqual({
        code: `lookup.field.${field}`,
      });
    expect(sandbox.stats.total).toBe(0);
  });

  it("lets 20 lookups for one order within a minute reach BigCommerce at most 5 times", async () => {
    const { sandbox, deps, orderId } = await setup();
    const kinds: string[] = [];
    for (let i = 0; i < 20; i++) {
      // From twenty addresses: the order's own limit is what holds.
      const from = { ...context, clientAddress: `198.51.100.${i + 1}` };
      const wrong = { ...ada(orderId), postalCode: `1000${i}` };
      kinds.push((await lookUpOrder(deps, wrong, from)).kind);
    }
    expect(sandbox.stats.calls).toEqual({ getOrder: LOOKUP_PER_ORDER.points });
    expect(LOOKUP_PER_ORDER.points).toBe(5);
    expect(kinds.filter((k) => k === "throttled")).toHaveLength(15);
    // The right details are throttled too while the order's minute lasts: no call, no mail.
    expect((await lookUpOrder(deps, ada(orderId), context)).kind).toBe("throttled");
    expect(sandbox.stats.total).toBe(5);
  });

  it("limits one client across orders", async () => {
    const { sandbox, deps } = await setup();
    const kinds: string[] = [];
    for (let i = 0; i < LOOKUP_PER_CLIENT.points + 3; i++) {
      kinds.push((await lookUpOrder(deps, ada(1000 + i), context)).kind);
    }
    expect(sandbox.stats.calls).toEqual({ getOrder: LOOKUP_PER_CLIENT.points });
    expect(kinds.slice(-3)).toEqual(["throttled", "throttled", "throttled"]);
  });

  it("asks BigCommerce nothing while the shared store cannot count", async () => {
    const { sandbox, deps, orderId } = await setup();
    await (deps.kv as MemoryKv).close();
    expect(await lookUpOrder(deps, ada(orderId), context)).toEqual({
      kind: "unavailable",
      orderId,
    });
    expect(sandbox.stats.total).toBe(0);
  });

  it("sends nothing in live mode without SMTP, but still matches", async () => {
    const { deps, orderId } = await setup();
    const live = parseConfig({
      BIGCOMMERCE_STORE_HASH: "abc123",
      BIGCOMMERCE_ACCESS_TOKEN: "token-1234567890",
      SESSION_SECRET: "s".repeat(32),
      TOKEN_STORE: "memory",
    });
    expect(live.email.transport).toBe("none");
    const result = await lookUpOrder({ ...deps, config: live }, ada(orderId), context);
    expect(result).toEqual({ kind: "matched", orderId, mail: null });
    expect(mailerFor(live.email).kind).toBe("none");
  });

  it("links an order placed without a cart through the app token's NO_CART grant", async () => {
    const { deps, bc } = await setup({ PUBLIC_URL: undefined });
    const written = await bc.createOrderV2({
      billing_address: {
        first_name: "Grace",
        last_name: "Hopper",
        street_1: "1 Compiler Way",
        city: "Arlington",
        state: "Virginia",
        zip: "22201",
        country: "United States",
        country_iso2: "US",
        email: "grace@example.com",
      },
      products: [{ product_id: 111, quantity: 1 }],
    });
    const orderId = written.id;
    expect((await bc.getOrder(orderId)).cart_id).toBe("");
    const result = await lookUpOrder(
      deps,
      { orderNumber: String(orderId), email: "grace@example.com", postalCode: "22201" },
      { ...context, requestOrigin: "http://localhost:3000" },
    );
    if (result.kind !== "matched" || !result.mail) throw new Error("expected a mail");
    // Sandbox mode without PUBLIC_URL: the request's own (checked) origin.
    const token = /http:\/\/localhost:3000\/order-confirmation\/\d+\?t=([\w-]+)/.exec(
      result.mail.text,
    )![1];
    const opened = await openConfirmationLink(deps, String(orderId), token, {});
    if (opened.kind !== "granted") throw new Error("expected a grant");
    const access = accessFor(String(orderId), await openSession(opened.sealedSession));
    expect(access).toEqual({ kind: "guest", orderId, checkoutId: NO_CART });
    if (access.kind !== "guest") return;
    const view = await loadOrderConfirmation({ ...deps, catalog: catalogReads(deps) }, access);
    expect(view?.orderId).toBe(orderId);
  });
});

describe("the redacted status", () => {
  it("holds status, date, lines and totals, and no address, name, email or payment", async () => {
    const { deps, orderId } = await setup();
    const view = await loadRedactedOrder(deps, orderId);
    expect(view).toMatchObject({ orderId, headline: expect.any(String), currency: "USD" });
    expect(view!.lines.length).toBeGreaterThan(0);
    expect(Object.keys(view!).sort()).toEqual(
      [
        "currency",
        "headline",
        "lines",
        "orderId",
        "placedAt",
        "receipt",
        "status",
        "statusId",
      ].sort(),
    );
    const json = JSON.stringify(view);
    for (const secret of ["ada@example.com", "Ada", "Lovelace", "Austin", "78701", "1 Row", "card"])
      expect(json, secret).not.toContain(secret);
    expect(await loadRedactedOrder(deps, 999999)).toBeNull();
  });
});
