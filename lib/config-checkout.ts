import "server-only";
import { z } from "zod";
import { blankToUndefined } from "@/lib/config-fields";

// The checkout's part of the configuration (CHECKOUT_MODE and what the embedded mode needs),
// validated with the rest by lib/config.ts, which alone reads the environment.

/**
 * How shoppers pay. `custom`: this app's card form, paid through BigCommerce's Payments API.
 * `embedded`: BigCommerce's own checkout in a frame on /checkout (embedCheckout), from `origin`
 * (the channel's checkout domain: the only origin the page may frame, and the one every embedded
 * checkout URL must come from). `customerLogin`: the API account's client id and secret, which sign
 * the customer login JWTs that bring a signed-in shopper into the frame signed in; undefined:
 * signed-in shoppers enter the frame as guests. `sandbox`: in sandbox mode, where the built-in
 * store serves its checkout pages (a second origin, as in production) and whom it talks to.
 */
export type CheckoutSettings =
  | { mode: "custom" }
  | {
      mode: "embedded";
      origin: string;
      customerLogin: { clientId: string; clientSecret: string } | undefined;
      /** The channel customer login JWTs name (BIGCOMMERCE_CHANNEL_ID, default 1). */
      channelId: number;
      /**
       * Sandbox mode: the port the built-in store's checkout pages listen on (SANDBOX_CHECKOUT_URL)
       * and the channel site URL it knows, this storefront's origin (SANDBOX_SITE_URL).
       */
      sandbox: { port: number; siteUrl: string } | undefined;
    };

/**
 * The sandbox store's API account client id and secret, which sign customer login JWTs in sandbox
 * mode. Not secrets either: the built-in store checks them, nothing else does.
 */
const SANDBOX_CUSTOMER_LOGIN = {
  clientId: "sandbox-client-id",
  clientSecret: "sandbox-client-secret-that-is-at-least-32-chars",
} as const;

/** Where the built-in store serves its checkout pages in sandbox mode unless SANDBOX_CHECKOUT_URL says. */
const SANDBOX_CHECKOUT_URL = "http://localhost:3001";
/** The storefront's origin the built-in store's checkout talks to unless SANDBOX_SITE_URL says (next's default port). */
const SANDBOX_SITE_URL = "http://localhost:3000";

/** A checkout setting that is missing or contradicts another; lib/config.ts reports it as ConfigError. */
export class CheckoutConfigError extends Error {
  override readonly name = "CheckoutConfigError";
}

/**
 * An origin: https, or http for a loopback host (a local test); no path, query or credentials.
 * Read as the URL's origin ("https://checkout.example.com").
 */
const origin = z
  .url({ protocol: /^https?$/, error: "must be an origin such as https://checkout.example.com" })
  .transform((u) => new URL(u))
  .refine(
    (u) => u.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname),
    "must use https (plain http only for localhost)",
  )
  .refine(
    (u) => (u.pathname === "/" || u.pathname === "") && !u.search && !u.username && !u.password,
    "must be an origin only, such as https://checkout.example.com (no path or query)",
  )
  .transform((u) => u.origin);

/** The checkout's variables, validated with the others (lib/config.ts spreads them in). */
export const checkoutEnv = {
  CHECKOUT_MODE: z.preprocess(
    blankToUndefined,
    z.enum(["custom", "embedded"], { error: 'must be "custom" or "embedded"' }).default("custom"),
  ),
  BIGCOMMERCE_CHECKOUT_ORIGIN: z.preprocess(blankToUndefined, origin.optional()),
  BIGCOMMERCE_CLIENT_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{4,128}$/, "must be the API account's client id")
      .optional(),
  ),
  BIGCOMMERCE_CLIENT_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(16, "is too short to be an API account's client secret").optional(),
  ),
  BIGCOMMERCE_CHANNEL_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[1-9]\d{0,9}$/, "must be a channel id, a whole number from 1")
      .transform(Number)
      .default(1),
  ),
  SANDBOX_CHECKOUT_URL: z.preprocess(blankToUndefined, origin.optional()),
  SANDBOX_SITE_URL: z.preprocess(blankToUndefined, origin.optional()),
};

/** The checkout's variables once validated. */
export type CheckoutEnv = z.output<z.ZodObject<typeof checkoutEnv>>;

/**
 * CHECKOUT_MODE and what the embedded mode needs, for a live store (`live`) or the sandbox. Throws
 * CheckoutConfigError naming what is missing.
 */
export function checkoutSettings(e: CheckoutEnv, live: boolean): CheckoutSettings {
  if (e.CHECKOUT_MODE === "custom") return { mode: "custom" };
  if (Boolean(e.BIGCOMMERCE_CLIENT_ID) !== Boolean(e.BIGCOMMERCE_CLIENT_SECRET)) {
    throw new CheckoutConfigError(
      `${e.BIGCOMMERCE_CLIENT_ID ? "BIGCOMMERCE_CLIENT_SECRET" : "BIGCOMMERCE_CLIENT_ID"} is missing (the customer login JWT needs both the client id and the client secret)`,
    );
  }
  const login = e.BIGCOMMERCE_CLIENT_ID &&
    e.BIGCOMMERCE_CLIENT_SECRET && {
      clientId: e.BIGCOMMERCE_CLIENT_ID,
      clientSecret: e.BIGCOMMERCE_CLIENT_SECRET,
    };
  if (!live) {
    const origin = e.SANDBOX_CHECKOUT_URL ?? SANDBOX_CHECKOUT_URL;
    return {
      mode: "embedded",
      origin,
      customerLogin: login || { ...SANDBOX_CUSTOMER_LOGIN },
      channelId: e.BIGCOMMERCE_CHANNEL_ID,
      sandbox: {
        port: Number(new URL(origin).port || 80),
        siteUrl: e.SANDBOX_SITE_URL ?? SANDBOX_SITE_URL,
      },
    };
  }
  if (!e.BIGCOMMERCE_CHECKOUT_ORIGIN) {
    throw new CheckoutConfigError(
      "BIGCOMMERCE_CHECKOUT_ORIGIN is missing (CHECKOUT_MODE=embedded needs the channel's checkout origin, such as https://checkout.example.com)",
    );
  }
  return {
    mode: "embedded",
    origin: e.BIGCOMMERCE_CHECKOUT_ORIGIN,
    customerLogin: login || undefined,
    channelId: e.BIGCOMMERCE_CHANNEL_ID,
    sandbox: undefined,
  };
}
