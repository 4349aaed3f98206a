// The order lookup (issue 18) against the sandbox store in this process, with its email sent
// through a real SMTP server (smtp-server on a free port) and read back with mailparser.
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { catalogReads } from "@/lib/catalog";
import { loadOrderConfirmation } from "@/lib/confirmation";
import { accessFor, openConfirmationLink } from "@/lib/confirmation/access";
import { parseConfig, type Env } from "@/lib/config";
import { mailerFor } from "@/lib/email";
import { outboxMessages } from "@/lib/email/outbox";
import { MemoryKv } from "@/lib/kv";
import {
  LOOKUP_PER_CLIENT,
  LOOKUP_PER_ORDER,
  LOOKUP_PER_STORE,
  loadRedactedOrder,
  lookUpOrder,
  redactedStatusFor,
  sendOrderLink,
  type LookupDeps,
  type OrderLinkDeps,
} from "@/lib/order-lookup";
import {
  grantLookup,
  LOOKUP_PROOF_SECONDS,
  lookupProofFor,
  openSession,
  type SessionData,
} from "@/lib/session";
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
  const deps: LookupDeps & OrderLinkDeps = {
    bigcommerce: bc,
    kv,
    ledger: createTokenLedger(kv),
    config,
  };
  sandbox.resetStats();
  return { sandbox, bc, deps, orderId, checkoutId: checkout.id };
}

const context = { clientAddress: "203.0.113.7" };
/** Where the after-response step is told the request came from: never named when SMTP is set. */
const sending = { requestOrigin: "http://evil.test", locale: "en" as const };
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
      context,
    );
    expect(result.kind).toBe("matched");
    expect(sandbox.stats.calls).toEqual({ getOrder: 1 });
    if (result.kind !== "matched") throw new Error("expected a match");
    const mailer = mailerFor(deps.config.email);
    const sent = await sendOrderLink(deps, mailer, result.link, { ...sending, locale: "de" });
    expect(sent).toBe("sent");
    expect(sandbox.stats.calls).toEqual({ getOrder: 1 });
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
    // PUBLIC_URL names the link, never the request's origin (SMTP always has PUBLIC_URL).
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

  it("stops a match's request where a miss's stops: the same calls, nothing minted or built", async () => {
    const { sandbox, deps, orderId } = await setup();
    const kv = deps.kv as MemoryKv;
    const miss = await lookUpOrder(deps, { ...ada(orderId), postalCode: "78702" }, context);
    expect(miss.kind).toBe("no-match");
    const afterMiss = { calls: { ...sandbox.stats.calls }, kept: kv.size };
    const match = await lookUpOrder(deps, ada(orderId), context);
    expect(match.kind).toBe("matched");
    // One getOrder each, and no store write beyond limiter counts: no token yet.
    expect(afterMiss).toEqual({ calls: { getOrder: 1 }, kept: 0 });
    expect(sandbox.stats.calls).toEqual({ getOrder: 2 });
    expect(kv.size).toBe(0);
    if (match.kind !== "matched") return;
    // The order's own address, never the typed one, waits for the after-response step.
    expect(match.link).toEqual({ orderId, to: "ada@example.com", checkoutId: expect.any(String) });
    // That step mints the token (the one record) and sends.
    expect(await sendOrderLink(deps, mailerFor(deps.config.email), match.link, sending)).toBe(
      "sent",
    );
    expect(kv.size).toBe(1);
    expect(sandbox.stats.calls).toEqual({ getOrder: 2 });
  });

  it("bounds lookups reaching BigCommerce for the whole store, with no client address known", async () => {
    const { sandbox, deps, orderId } = await setup();
    expect(LOOKUP_PER_STORE).toMatchObject({ points: 300, durationSeconds: 300 });
    const kinds: string[] = [];
    for (let i = 0; i < LOOKUP_PER_STORE.points + 3; i++) {
      // A new order number each time, and no address: only the store's limit can hold.
      const walk = { orderNumber: String(5000 + i), email: "ada@example.com", postalCode: "78701" };
      kinds.push((await lookUpOrder(deps, walk, { clientAddress: undefined })).kind);
    }
    expect(sandbox.stats.calls).toEqual({ getOrder: LOOKUP_PER_STORE.points });
    expect(kinds.slice(-3)).toEqual(["throttled", "throttled", "throttled"]);
    // The right details for a real order are throttled too until the window ends: no call, no mail.
    const right = await lookUpOrder(deps, ada(orderId), { clientAddress: undefined });
    expect(right).toEqual({ kind: "throttled", orderId });
    expect(sandbox.stats.calls).toEqual({ getOrder: LOOKUP_PER_STORE.points });
  });

  it("in live mode without SMTP, matches, mints and sends nothing, and logs email.not-configured once", async () => {
    const { deps, orderId } = await setup();
    const live = parseConfig({
      BIGCOMMERCE_STORE_HASH: "abc123",
      BIGCOMMERCE_ACCESS_TOKEN: "token-1234567890",
      SESSION_SECRET: "s".repeat(32),
      TOKEN_STORE: "memory",
    });
    expect(live.email.transport).toBe("none");
    const mailer = mailerFor(live.email);
    expect(mailer.kind).toBe("none");
    const lines: string[] = [];
    const capture = (line: unknown) => void lines.push(String(line));
    const errors = vi.spyOn(console, "error").mockImplementation(capture);
    const infos = vi.spyOn(console, "log").mockImplementation(capture);
    try {
      for (let i = 0; i < 2; i++) {
        const result = await lookUpOrder(deps, ada(orderId), context);
        if (result.kind !== "matched") throw new Error("expected a match");
        const liveDeps = { ...deps, config: live };
        expect(await sendOrderLink(liveDeps, mailer, result.link, sending)).toBe("not-configured");
      }
    } finally {
      errors.mockRestore();
      infos.mockRestore();
    }
    const warnings = lines.filter((l) => l.includes('"event":"email.not-configured"'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0])).toMatchObject({ level: "warn" });
    expect(lines.join("\n")).not.toContain("ada@example.com");
    // No token minted for a link nobody will receive.
    expect((deps.kv as MemoryKv).size).toBe(0);
  });

  it("links an order placed without a cart through the app token's NO_CART grant (sandbox outbox)", async () => {
    // Sandbox mode without SMTP or PUBLIC_URL: the outbox, the only mail the request's origin names.
    const noSmtp = { SMTP_HOST: undefined, SMTP_PORT: undefined, MAIL_FROM: undefined };
    const { deps, bc } = await setup({ ...noSmtp, PUBLIC_URL: undefined });
    expect(deps.config.email).toMatchObject({ transport: "outbox", publicUrl: undefined });
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
      context,
    );
    if (result.kind !== "matched") throw new Error("expected a match");
    const mailer = mailerFor(deps.config.email);
    const origin = { ...sending, requestOrigin: "http://localhost:3000" };
    expect(await sendOrderLink(deps, mailer, result.link, origin)).toBe("sent");
    const [kept] = outboxMessages();
    expect(kept.to).toBe("grace@example.com");
    const token = new RegExp(
      `http://localhost:3000/order-confirmation/${orderId}\\?t=([\\w-]+)`,
    ).exec(kept.text)![1];
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

describe("the lookup proof's 15 minutes", () => {
  it("shows the redacted status until LOOKUP_PROOF_SECONDS after the match, then nothing, without a call", async () => {
    const { sandbox, deps, orderId } = await setup();
    expect(LOOKUP_PROOF_SECONDS).toBe(15 * 60);
    const matchedAt = Date.parse("2030-01-01T12:00:00Z");
    const session: SessionData = {};
    grantLookup(session, orderId, matchedAt);
    const at = (ms: number) => matchedAt + ms;
    const lastMoment = at(LOOKUP_PROOF_SECONDS * 1000 - 1);

    expect(lookupProofFor(session, orderId, at(0))).toBe(true);
    expect(lookupProofFor(session, orderId, lastMoment)).toBe(true);
    expect(lookupProofFor(session, orderId, at(LOOKUP_PROOF_SECONDS * 1000))).toBe(false);
    expect(lookupProofFor(session, orderId, at(60 * 60 * 1000))).toBe(false);
    // Another order, or a proof for nobody, never shows anything.
    expect(lookupProofFor(session, orderId + 1, at(0))).toBe(false);
    expect(lookupProofFor({}, orderId, at(0))).toBe(false);

    // The status page's decision, on the same clock.
    expect(await redactedStatusFor(deps, session, orderId, lastMoment)).toMatchObject({
      kind: "shown",
      view: { orderId },
    });
    sandbox.resetStats();
    const noProof = { kind: "no-proof" };
    const expired = at(LOOKUP_PROOF_SECONDS * 1000);
    expect(await redactedStatusFor(deps, session, orderId, expired)).toEqual(noProof);
    expect(await redactedStatusFor(deps, session, orderId + 1, at(0))).toEqual(noProof);
    expect(await redactedStatusFor(deps, session, null, at(0))).toEqual(noProof);
    // Without a live proof, BigCommerce is not asked.
    expect(sandbox.stats.total).toBe(0);
    // A proven order that no longer exists says so to the page, which shows the same "no access".
    const gone = {};
    grantLookup(gone, 999_999, at(0));
    expect(await redactedStatusFor(deps, gone, 999_999, at(1000))).toEqual({ kind: "not-found" });
    // A later match of another order replaces the proof: one order at a time.
    grantLookup(session, orderId + 1, at(1000));
    expect(lookupProofFor(session, orderId, at(2000))).toBe(false);
  });
});
