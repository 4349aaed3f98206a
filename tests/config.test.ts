import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";
import { LIVE, messageFor } from "./support/config";

describe("configuration", () => {
  it("runs the sandbox store when no BigCommerce credentials are set", () => {
    const config = parseConfig({});
    expect(config.mode).toBe("sandbox");
    expect(config.checkoutToken).toEqual({ maxUses: 1, ttlSeconds: 300 });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("reads a complete live configuration with BigCommerce's default hosts", () => {
    const config = parseConfig({
      ...LIVE,
      CHECKOUT_TOKEN_MAX_USES: "2",
      CHECKOUT_TOKEN_TTL_SECONDS: "86400",
    });
    expect(config.mode).toBe("live");
    expect(config.bigcommerce).toMatchObject({
      storeHash: "abc123",
      apiUrl: "https://api.bigcommerce.com",
      paymentsUrl: "https://payments.bigcommerce.com",
    });
    expect(config.checkoutToken).toEqual({ maxUses: 2, ttlSeconds: 86400 });
  });

  it("keeps the token ledger in Redis in live mode, or in memory only when told to, and never on Vercel", () => {
    expect(parseConfig(LIVE).store).toEqual({ kind: "redis", url: LIVE.REDIS_URL });
    expect(parseConfig({ ...LIVE, REDIS_URL: undefined, TOKEN_STORE: "memory" }).store).toEqual({
      kind: "memory",
    });
    expect(parseConfig({}).store).toEqual({ kind: "memory" });
  });

  it("accepts previous session secrets for rotation", () => {
    const config = parseConfig({
      ...LIVE,
      SESSION_SECRET_PREVIOUS: `${"a".repeat(32)}, ${"b".repeat(40)}`,
    });
    expect(config.previousSessionSecrets).toEqual(["a".repeat(32), "b".repeat(40)]);
  });

  it("accepts a custom API URL and strips its trailing slash", () => {
    expect(
      parseConfig({ ...LIVE, BIGCOMMERCE_API_URL: "http://127.0.0.1:4010/" }).bigcommerce.apiUrl,
    ).toBe("http://127.0.0.1:4010");
  });

  it.each([
    [
      { ...LIVE, BIGCOMMERCE_ACCESS_TOKEN: undefined },
      "BIGCOMMERCE_ACCESS_TOKEN is missing (required in live mode)",
    ],
    [
      { ...LIVE, BIGCOMMERCE_STORE_HASH: "" },
      "BIGCOMMERCE_STORE_HASH is missing (required in live mode)",
    ],
    [
      { ...LIVE, BIGCOMMERCE_STORE_HASH: "stores/abc" },
      "BIGCOMMERCE_STORE_HASH must be the store hash, letters and digits only",
    ],
    [
      { ...LIVE, SESSION_SECRET: undefined },
      "SESSION_SECRET is missing (required in live mode; at least 32 characters)",
    ],
    [{ ...LIVE, SESSION_SECRET: "short" }, "SESSION_SECRET must be at least 32 characters"],
    [
      { ...LIVE, BIGCOMMERCE_API_URL: "ftp://example.com" },
      "BIGCOMMERCE_API_URL must be an http(s) URL",
    ],
    [
      { CHECKOUT_TOKEN_TTL_SECONDS: "0" },
      "CHECKOUT_TOKEN_TTL_SECONDS must be a whole number from 1 to 2592000",
    ],
    [
      { CHECKOUT_TOKEN_TTL_SECONDS: "2592001" },
      "CHECKOUT_TOKEN_TTL_SECONDS must be a whole number from 1 to 2592000",
    ],
    [
      { CHECKOUT_TOKEN_MAX_USES: "0" },
      "CHECKOUT_TOKEN_MAX_USES must be a whole number from 1 to 1000000",
    ],
    [
      { CHECKOUT_TOKEN_MAX_USES: "1.5" },
      "CHECKOUT_TOKEN_MAX_USES must be a whole number from 1 to 1000000",
    ],
    [{ SESSION_SECRET: "too-short" }, "SESSION_SECRET must be at least 32 characters"],
    [
      { ...LIVE, REDIS_URL: undefined },
      "REDIS_URL is missing (required in live mode; set TOKEN_STORE=memory only for a single self-hosted instance)",
    ],
    [{ ...LIVE, REDIS_URL: "http://example.com" }, "REDIS_URL must be a redis:// or rediss:// URL"],
    [
      { ...LIVE, REDIS_URL: undefined, TOKEN_STORE: "memory", VERCEL: "1" },
      "TOKEN_STORE=memory cannot work on Vercel: its instances do not share memory, so set REDIS_URL instead",
    ],
    [{ TOKEN_STORE: "redis" }, "REDIS_URL is missing (TOKEN_STORE=redis needs it)"],
    [{ TOKEN_STORE: "disk" }, 'TOKEN_STORE must be "memory" or "redis"'],
    [
      { SESSION_SECRET_PREVIOUS: "short" },
      "SESSION_SECRET_PREVIOUS must hold secrets of at least 32 characters, comma-separated",
    ],
  ])("names the variable and what is wrong: %o", (env, message) => {
    expect(messageFor(env)).toBe(message);
  });

  it("loads Google Tag Manager only for a well-formed container id, and secures cookies in production", () => {
    expect(parseConfig({}).gtmId).toBeUndefined();
    expect(parseConfig({ NEXT_PUBLIC_GTM_ID: "GTM-AB12CD" }).gtmId).toBe("GTM-AB12CD");
    expect(messageFor({ NEXT_PUBLIC_GTM_ID: "GTM-x');alert(1)//" })).toBe(
      "NEXT_PUBLIC_GTM_ID must be a Google Tag Manager id such as GTM-ABC1234",
    );
    expect(parseConfig({ NODE_ENV: "production" }).secureCookies).toBe(true);
    expect(parseConfig({ NODE_ENV: "development" }).secureCookies).toBe(false);
  });
});

describe("email settings (order lookup)", () => {
  it("keeps mail in the sandbox outbox without SMTP, and sends none in live mode", () => {
    expect(parseConfig({}).email).toMatchObject({ transport: "outbox" });
    expect(parseConfig(LIVE).email).toEqual({ transport: "none", publicUrl: undefined });
    expect(parseConfig({}).orderLookup).toEqual({ linkTtlSeconds: 86_400, linkMaxUses: 1 });
  });

  it("reads an SMTP relay by URL or by host, with the sender and the public origin", () => {
    const byUrl = parseConfig({
      ...LIVE,
      SMTP_URL: "smtps://user:pass@smtp.example.com:465",
      MAIL_FROM: "Shop <orders@example.com>",
      PUBLIC_URL: "https://shop.example.com/",
      ORDER_LINK_TTL_SECONDS: "7200",
    });
    expect(byUrl.email).toEqual({
      transport: "smtp",
      smtp: { url: "smtps://user:pass@smtp.example.com:465" },
      from: "Shop <orders@example.com>",
      publicUrl: "https://shop.example.com",
    });
    expect(byUrl.orderLookup.linkTtlSeconds).toBe(7200);
    const byHost = parseConfig({
      SMTP_HOST: "smtp.example.com",
      SMTP_USER: "apikey",
      SMTP_PASSWORD: "secret",
      MAIL_FROM: "orders@example.com",
      PUBLIC_URL: "http://localhost:3000",
    });
    expect(byHost.email).toMatchObject({
      transport: "smtp",
      smtp: {
        host: "smtp.example.com",
        port: 587,
        secure: false,
        user: "apikey",
        password: "secret",
      },
    });
    expect(
      parseConfig({
        SMTP_HOST: "smtp.example.com",
        SMTP_PORT: "465",
        MAIL_FROM: "a@b.c",
        PUBLIC_URL: "https://shop.example.com",
      }).email,
    ).toMatchObject({ smtp: { port: 465, secure: true } });
  });

  it.each([
    [{ SMTP_HOST: "smtp.example.com" }, "MAIL_FROM is missing (required with SMTP settings)"],
    [
      { SMTP_URL: "http://smtp.example.com", MAIL_FROM: "a@b.c" },
      "SMTP_URL must be an smtp:// or smtps:// URL",
    ],
    [{ SMTP_PORT: "25" }, "SMTP_PORT is set but SMTP_HOST is missing"],
    [
      { SMTP_HOST: "h", SMTP_PORT: "70000", MAIL_FROM: "a@b.c" },
      "SMTP_PORT must be a port number from 1 to 65535",
    ],
    [
      { SMTP_HOST: "h", SMTP_USER: "u", MAIL_FROM: "a@b.c", PUBLIC_URL: "https://a.b" },
      "SMTP_USER and SMTP_PASSWORD must be set together",
    ],
    [{ SMTP_HOST: "h", MAIL_FROM: "not an address" }, "MAIL_FROM must be an address"],
    [{ PUBLIC_URL: "https://shop.example.com/path" }, "PUBLIC_URL must be an origin only"],
    [
      { ORDER_LINK_TTL_SECONDS: "60" },
      "ORDER_LINK_TTL_SECONDS must be a whole number from 3600 to 2592000",
    ],
    [{ ORDER_LINK_TTL_SECONDS: "2592001" }, "ORDER_LINK_TTL_SECONDS must be a whole number"],
  ])("names the variable: %j", (env, expected) => {
    expect(messageFor(env)).toContain(expected);
  });

  it.each([
    ["live mode, SMTP_HOST", { ...LIVE, SMTP_HOST: "smtp.example.com", MAIL_FROM: "a@b.c" }],
    ["sandbox mode, SMTP_HOST", { SMTP_HOST: "smtp.example.com", MAIL_FROM: "a@b.c" }],
    ["sandbox mode, SMTP_URL", { SMTP_URL: "smtp://smtp.example.com:2525", MAIL_FROM: "a@b.c" }],
  ])(
    "requires PUBLIC_URL with SMTP (%s): a request's headers never choose an emailed link",
    (_, env) => {
      expect(() => parseConfig(env)).toThrow(ConfigError);
      expect(messageFor(env)).toMatch(/^PUBLIC_URL is missing \(required with SMTP settings/);
    },
  );

  it("lets only the sandbox outbox, with no SMTP, name the request's origin", () => {
    expect(parseConfig({}).email).toEqual({
      transport: "outbox",
      from: expect.any(String),
      publicUrl: undefined,
    });
    expect(parseConfig({ PUBLIC_URL: "https://shop.example.com" }).email).toMatchObject({
      transport: "outbox",
      publicUrl: "https://shop.example.com",
    });
  });
});
