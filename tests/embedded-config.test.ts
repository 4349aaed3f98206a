// CHECKOUT_MODE and the embedded checkout's settings: validated once, with errors that name the
// variable; and the page policy that lets exactly the checkout's origin into the checkout page.
import { describe, expect, it } from "vitest";
import { decodeJwt, jwtVerify } from "jose";
import { customerLoginUrl } from "@/lib/bigcommerce";
import { parseConfig } from "@/lib/config";
import { LIVE, messageFor } from "./support/config";
import { pagePolicy, permissionsPolicy } from "@/lib/security-headers";
import { lookNumber, MAX_LOOKS } from "@/app/checkout/_lib/processing";

describe("checkout mode configuration", () => {
  it("keeps the custom card form unless CHECKOUT_MODE says embedded", () => {
    expect(parseConfig({}).checkout).toEqual({ mode: "custom" });
    expect(parseConfig({ ...LIVE, CHECKOUT_MODE: "custom" }).checkout).toEqual({ mode: "custom" });
    expect(messageFor({ CHECKOUT_MODE: "iframe" })).toBe(
      'CHECKOUT_MODE must be "custom" or "embedded"',
    );
  });

  it("needs the checkout origin of a live store, as an https origin", () => {
    expect(messageFor({ ...LIVE, CHECKOUT_MODE: "embedded" })).toMatch(
      /^BIGCOMMERCE_CHECKOUT_ORIGIN is missing/,
    );
    expect(
      messageFor({
        ...LIVE,
        CHECKOUT_MODE: "embedded",
        BIGCOMMERCE_CHECKOUT_ORIGIN: "http://checkout.example.com",
      }),
    ).toBe("BIGCOMMERCE_CHECKOUT_ORIGIN must use https (plain http only for localhost)");
    expect(
      messageFor({
        ...LIVE,
        CHECKOUT_MODE: "embedded",
        BIGCOMMERCE_CHECKOUT_ORIGIN: "https://checkout.example.com/cart.php",
      }),
    ).toMatch(/^BIGCOMMERCE_CHECKOUT_ORIGIN must be an origin only/);
    const config = parseConfig({
      ...LIVE,
      CHECKOUT_MODE: "embedded",
      BIGCOMMERCE_CHECKOUT_ORIGIN: "https://checkout.example.com/",
    });
    expect(config.checkout).toEqual({
      mode: "embedded",
      origin: "https://checkout.example.com",
      customerLogin: undefined,
      channelId: 1,
      sandbox: undefined,
    });
  });

  it("takes the client id and secret together, or neither", () => {
    const base = {
      ...LIVE,
      CHECKOUT_MODE: "embedded",
      BIGCOMMERCE_CHECKOUT_ORIGIN: "https://checkout.example.com",
    };
    expect(messageFor({ ...base, BIGCOMMERCE_CLIENT_ID: "abcd1234" })).toMatch(
      /^BIGCOMMERCE_CLIENT_SECRET is missing/,
    );
    const config = parseConfig({
      ...base,
      BIGCOMMERCE_CLIENT_ID: "abcd1234",
      BIGCOMMERCE_CLIENT_SECRET: "x".repeat(32),
      BIGCOMMERCE_CHANNEL_ID: "2",
    });
    expect(config.checkout).toMatchObject({
      customerLogin: { clientId: "abcd1234", clientSecret: "x".repeat(32) },
      channelId: 2,
    });
  });

  it("runs the sandbox's checkout pages on a second origin in sandbox mode", () => {
    expect(parseConfig({ CHECKOUT_MODE: "embedded" }).checkout).toMatchObject({
      mode: "embedded",
      origin: "http://localhost:3001",
      sandbox: { port: 3001, siteUrl: "http://localhost:3000" },
      customerLogin: { clientId: "sandbox-client-id" },
    });
    expect(
      parseConfig({
        CHECKOUT_MODE: "embedded",
        SANDBOX_CHECKOUT_URL: "http://localhost:4123",
        SANDBOX_SITE_URL: "http://localhost:4100",
      }).checkout,
    ).toMatchObject({
      origin: "http://localhost:4123",
      sandbox: { port: 4123, siteUrl: "http://localhost:4100" },
    });
  });
});

describe("the page policy and the embedded checkout", () => {
  const base = { nonce: "bm9uY2U=", analytics: false, imageOrigins: [], development: false };

  it("frames nothing on an ordinary page", () => {
    const policy = pagePolicy(base);
    expect(policy).toContain("frame-src 'none'");
    expect(policy).toContain("form-action 'self';");
  });

  it("frames, connects to and posts to exactly the checkout's origin on the checkout page", () => {
    const policy = pagePolicy({ ...base, checkoutOrigin: "https://checkout.example.com" });
    expect(policy).toContain("frame-src https://checkout.example.com;");
    expect(policy).toContain("connect-src 'self' https://checkout.example.com;");
    expect(policy).toContain("form-action 'self' https://checkout.example.com;");
  });
});

describe("customer login JWT", () => {
  const secret = "sandbox-client-secret-that-is-at-least-32-chars";
  const input = {
    origin: "https://checkout.example.com",
    clientId: "client-1",
    clientSecret: secret,
    storeHash: "abc123",
    customerId: 42,
    channelId: 1,
    redirectTo: "/cart.php?embedded=1&action=loadInCheckout&id=c1&token=t1",
  };

  it("is an HS256 token with BigCommerce's claims, signed with the client secret", async () => {
    const url = await customerLoginUrl({ ...input, issuedAt: 1_800_000_000 });
    expect(url.startsWith("https://checkout.example.com/login/token/")).toBe(true);
    const jwt = url.slice("https://checkout.example.com/login/token/".length);
    const { payload, protectedHeader } = await jwtVerify(jwt, new TextEncoder().encode(secret), {
      currentDate: new Date(1_800_000_000_000),
    });
    expect(protectedHeader.alg).toBe("HS256");
    expect(payload).toMatchObject({
      iss: "client-1",
      iat: 1_800_000_000,
      operation: "customer_login",
      store_hash: "abc123",
      customer_id: 42,
      channel_id: 1,
      redirect_to: input.redirectTo,
    });
    await expect(
      jwtVerify(jwt, new TextEncoder().encode("another-secret-of-32-characters!!")),
    ).rejects.toThrow();
  });

  it("gives every login a new jti, and refuses a destination off the store's origin", async () => {
    const a = decodeJwt((await customerLoginUrl(input)).split("/").pop()!);
    const b = decodeJwt((await customerLoginUrl(input)).split("/").pop()!);
    expect(a.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.jti).not.toBe(b.jti);
    await expect(customerLoginUrl({ ...input, redirectTo: "//evil.example" })).rejects.toThrow(
      TypeError,
    );
  });
});

describe("the processing page's count of looks", () => {
  it("reads only a small whole number from the query, and never past the last look", () => {
    expect(lookNumber("3")).toBe(3);
    expect(lookNumber("999")).toBe(MAX_LOOKS);
    for (const hostile of [null, undefined, "", "-1", "1e3", "0x10", "4 ", ["1", "2"], "9999"]) {
      expect(lookNumber(hostile)).toBe(0);
    }
  });
});

describe("the checkout page's permissions", () => {
  it("lets the Payment Request API reach only the checkout's frame, on that page only", () => {
    expect(permissionsPolicy(undefined)).toBeUndefined();
    expect(permissionsPolicy("https://checkout.example.com")).toBe(
      'camera=(), microphone=(), geolocation=(), payment=(self "https://checkout.example.com")',
    );
  });
});
