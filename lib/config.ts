import "server-only";
import { z } from "zod";
import { blankToUndefined, intInRange } from "@/lib/config-fields";
import {
  CheckoutConfigError,
  checkoutEnv,
  checkoutSettings,
  type CheckoutSettings,
} from "./config-checkout";

export type { CheckoutSettings } from "./config-checkout";
import { readEmailSettings, type EmailConfig } from "@/lib/email/settings";

export type { EmailConfig, SmtpSettings } from "@/lib/email/settings";

// Configuration, read once from the environment and validated. This is the only module that reads
// process.env (a lint rule holds everyone else to it); the rest of the app receives an AppConfig.
// Sandbox mode (no BigCommerce credentials set) runs the built-in sandbox store in-process;
// live mode talks to a real store and insists on every value it needs.

export interface AppConfig {
  mode: "sandbox" | "live";
  bigcommerce: {
    storeHash: string;
    accessToken: string;
    apiUrl: string;
    paymentsUrl: string;
    timeoutMs: number;
  };
  /** Seals new session cookies. */
  sessionSecret: string;
  /** Older secrets still accepted for cookies sealed before a rotation. */
  previousSessionSecrets: string[];
  /** Where the token ledger and other shared records live. */
  store: { kind: "memory" } | { kind: "redis"; url: string };
  checkoutToken: { maxUses: number; ttlSeconds: number };
  /** The store's default currency, for catalog prices (orders carry their own). */
  storeCurrency: string;
  /** Google Tag Manager container id (NEXT_PUBLIC_GTM_ID), or undefined: no third-party script. */
  gtmId: string | undefined;
  /**
   * A production server (NODE_ENV=production): cookies carry `Secure` and the `__Host-` prefix,
   * and pages send HSTS.
   */
  secureCookies: boolean;
  /** `next dev` (NODE_ENV=development): its overlays need `unsafe-eval` in the page's CSP. */
  development: boolean;
  /** How catalog reads are cached across requests (lib/catalog, app/_lib/catalog-cache.ts). */
  catalog: {
    /** Seconds a cached product or product list is served before it is refreshed in the background. */
    ttlSeconds: number;
  };
  /**
   * BigCommerce webhooks for catalog changes, when BIGCOMMERCE_WEBHOOK_SECRET is set: the value of
   * the header the app registers with each hook and requires on every delivery.
   */
  webhooks: { secret: string } | undefined;
  /**
   * The request header that holds the shopper's address, set by the platform's proxy and not by the
   * client: on Vercel `x-real-ip`; behind another proxy, CLIENT_IP_HEADER. Undefined: addresses are
   * unknown, and limits per address do not apply (limits per account and per store still do).
   */
  clientIpHeader: string | undefined;
  /** How shoppers pay (CHECKOUT_MODE): see CheckoutSettings. */
  checkout: CheckoutSettings;
  // --- Email (order lookup): lib/email/settings.ts reads these variables ---
  /** How the fresh-link email of an order lookup is sent (lib/email). */
  email: EmailConfig;
  /** The order lookup (lib/order-lookup): how long and how often an emailed link opens. */
  orderLookup: { linkTtlSeconds: number; linkMaxUses: number };
}

/**
 * The sandbox store's credentials and origin. Not secrets: the sandbox holds no real data. The
 * origin never resolves: in-process calls never leave the process, it only gives them a URL.
 */
const SANDBOX_BIGCOMMERCE = {
  storeHash: "sandbox",
  accessToken: "sandbox-access-token",
  origin: "http://sandbox.invalid",
} as const;

/** A configuration problem, as one line that names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Not a secret: sandbox sessions only ever hold sandbox carts. Live mode requires SESSION_SECRET.
 * Fixed rather than random so sessions survive restarts and work across serverless instances.
 */
const SANDBOX_SESSION_SECRET = "sandbox-session-secret-not-for-live-stores-0001";

const httpUrl = (fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .optional()
      .transform((u) => (u ?? fallback).replace(/\/+$/, "")),
  );

const sessionSecret = z.string().min(32, "must be at least 32 characters");

const redisUrl = z.preprocess(
  blankToUndefined,
  z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
);

const shared = z.object({
  REDIS_URL: redisUrl,
  TOKEN_STORE: z.preprocess(
    blankToUndefined,
    z.enum(["memory", "redis"], { error: 'must be "memory" or "redis"' }).optional(),
  ),
  SESSION_SECRET_PREVIOUS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((s) =>
        s
          ? s
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean)
          : [],
      )
      .refine(
        (list) => list.every((s) => s.length >= 32),
        "must hold secrets of at least 32 characters, comma-separated",
      ),
  ),
  VERCEL: z.string().optional(),
  NODE_ENV: z.string().optional(),
  CLIENT_IP_HEADER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, "must be a header name such as x-real-ip")
      .transform((h) => h.toLowerCase())
      .optional(),
  ),
  NEXT_PUBLIC_GTM_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^GTM-[A-Z0-9]+$/, "must be a Google Tag Manager id such as GTM-ABC1234")
      .optional(),
  ),
  CHECKOUT_TOKEN_MAX_USES: intInRange(1, 1_000_000, 1),
  // Five minutes: the browser follows the link at once, and then its grant carries every reload.
  CHECKOUT_TOKEN_TTL_SECONDS: intInRange(1, 2_592_000, 300),
  BIGCOMMERCE_TIMEOUT_MS: intInRange(100, 120_000, 10_000),
  ...checkoutEnv,
  CATALOG_TTL_SECONDS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, "must be a whole number of seconds from 1 to 86400")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 86_400, "must be a whole number of seconds from 1 to 86400")
      .optional(),
  ),
  BIGCOMMERCE_WEBHOOK_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .min(32, "must be at least 32 characters")
      .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces (it is sent as a header)")
      .optional(),
  ),
  SESSION_SECRET: z.preprocess(blankToUndefined, sessionSecret.optional()),
  STORE_CURRENCY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as USD")
      .default("USD"),
  ),
});

const live = shared.extend({
  BIGCOMMERCE_STORE_HASH: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "is missing (required in live mode)" })
      .regex(/^[a-z0-9]+$/i, "must be the store hash, letters and digits only"),
  ),
  BIGCOMMERCE_ACCESS_TOKEN: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "is missing (required in live mode)" })
      .min(8, "is too short to be an API access token"),
  ),
  SESSION_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "is missing (required in live mode; at least 32 characters)" })
      .min(32, "must be at least 32 characters"),
  ),
  BIGCOMMERCE_API_URL: httpUrl("https://api.bigcommerce.com"),
  BIGCOMMERCE_PAYMENTS_URL: httpUrl("https://payments.bigcommerce.com"),
});

export type Env = Record<string, string | undefined>;

function isLiveEnv(env: Env): boolean {
  return Boolean(env.BIGCOMMERCE_STORE_HASH?.trim() || env.BIGCOMMERCE_ACCESS_TOKEN?.trim());
}

/**
 * Live stores need a ledger every instance shares: Redis, unless a single-instance host says
 * TOKEN_STORE=memory on purpose. Serverless instances never share memory, so Vercel gets Redis.
 */
function chooseStore(
  e: { REDIS_URL?: string; TOKEN_STORE?: "memory" | "redis"; VERCEL?: string },
  live: boolean,
): AppConfig["store"] {
  if (e.TOKEN_STORE === "memory") {
    if (e.VERCEL) {
      throw new ConfigError(
        "TOKEN_STORE=memory cannot work on Vercel: its instances do not share memory, so set REDIS_URL instead",
      );
    }
    return { kind: "memory" };
  }
  if (e.REDIS_URL) return { kind: "redis", url: e.REDIS_URL };
  if (e.TOKEN_STORE === "redis")
    throw new ConfigError("REDIS_URL is missing (TOKEN_STORE=redis needs it)");
  if (live) {
    throw new ConfigError(
      "REDIS_URL is missing (required in live mode; set TOKEN_STORE=memory only for a single self-hosted instance)",
    );
  }
  return { kind: "memory" };
}

// --- Email (order lookup): the variables are read by lib/email/settings.ts ---------------------

/** The email settings the environment describes (lib/email/settings.ts); throws ConfigError. */
function emailSettings(env: Env, live: boolean): { email: EmailConfig; linkTtlSeconds: number } {
  const result = readEmailSettings(env, live);
  if (!result.ok) throw new ConfigError(result.problem);
  return result.value;
}
// --- End of email (order lookup) ------------------------------------------------------------

function firstIssue(error: z.ZodError): ConfigError {
  const issue = error.issues[0];
  const variable = String(issue.path[0] ?? "configuration");
  return new ConfigError(`${variable} ${issue.message}`);
}

/**
 * The configuration an environment describes (process.env, or a test's own object). Throws
 * ConfigError naming the first variable that is missing or malformed.
 */
export function parseConfig(env: Env): AppConfig {
  if (isLiveEnv(env)) {
    const result = live.safeParse(env);
    if (!result.success) throw firstIssue(result.error);
    const e = result.data;
    const endpoints = {
      storeHash: e.BIGCOMMERCE_STORE_HASH,
      accessToken: e.BIGCOMMERCE_ACCESS_TOKEN,
      apiUrl: e.BIGCOMMERCE_API_URL,
      paymentsUrl: e.BIGCOMMERCE_PAYMENTS_URL,
    };
    return {
      ...assemble(e, "live", endpoints, e.STORE_CURRENCY),
      ...lookupSettings(env, true, e.CHECKOUT_TOKEN_MAX_USES),
    };
  }
  const result = shared.safeParse(env);
  if (!result.success) throw firstIssue(result.error);
  const { storeHash, accessToken, origin } = SANDBOX_BIGCOMMERCE;
  const endpoints = { storeHash, accessToken, apiUrl: origin, paymentsUrl: origin };
  // Catalog prices in the sandbox store are in US dollars.
  return {
    ...assemble(result.data, "sandbox", endpoints, "USD"),
    ...lookupSettings(env, false, result.data.CHECKOUT_TOKEN_MAX_USES),
  };
}

/** The email and order-lookup part of the configuration (the block above). */
function lookupSettings(
  env: Env,
  live: boolean,
  maxUses: number,
): Pick<AppConfig, "email" | "orderLookup"> {
  const { email, linkTtlSeconds } = emailSettings(env, live);
  return {
    email,
    // The emailed link opens as often as a checkout's (CHECKOUT_TOKEN_MAX_USES, default once).
    orderLookup: { linkTtlSeconds: linkTtlSeconds, linkMaxUses: maxUses },
  };
}

/** The settings both modes share, around each mode's BigCommerce endpoints and currency. */
function assemble(
  e: z.infer<typeof shared>,
  mode: AppConfig["mode"],
  endpoints: Omit<AppConfig["bigcommerce"], "timeoutMs">,
  storeCurrency: string,
): Omit<AppConfig, "email" | "orderLookup"> {
  return {
    mode,
    bigcommerce: { ...endpoints, timeoutMs: e.BIGCOMMERCE_TIMEOUT_MS },
    sessionSecret: e.SESSION_SECRET ?? SANDBOX_SESSION_SECRET,
    previousSessionSecrets: e.SESSION_SECRET_PREVIOUS,
    store: chooseStore(e, mode === "live"),
    checkoutToken: { maxUses: e.CHECKOUT_TOKEN_MAX_USES, ttlSeconds: e.CHECKOUT_TOKEN_TTL_SECONDS },
    storeCurrency,
    gtmId: e.NEXT_PUBLIC_GTM_ID,
    secureCookies: e.NODE_ENV === "production",
    development: e.NODE_ENV === "development",
    // With webhooks a change refreshes the catalog at once, so entries may live an hour; without,
    // a short lifetime bounds how long a changed price can be shown.
    catalog: {
      ttlSeconds:
        e.CATALOG_TTL_SECONDS ??
        (e.BIGCOMMERCE_WEBHOOK_SECRET ? CATALOG_TTL_WITH_WEBHOOKS : CATALOG_TTL_WITHOUT_WEBHOOKS),
    },
    webhooks: e.BIGCOMMERCE_WEBHOOK_SECRET ? { secret: e.BIGCOMMERCE_WEBHOOK_SECRET } : undefined,
    // Vercel's edge sets x-real-ip to the connecting address and overwrites what a client sent.
    clientIpHeader: e.CLIENT_IP_HEADER ?? (e.VERCEL ? "x-real-ip" : undefined),
    checkout: checkoutOf(e, mode === "live"),
  };
}

/** The checkout settings, their problems reported as ConfigError like every other variable's. */
function checkoutOf(e: z.infer<typeof shared>, live: boolean): CheckoutSettings {
  try {
    return checkoutSettings(e, live);
  } catch (error) {
    if (error instanceof CheckoutConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

/** Default catalog lifetime in seconds when webhooks keep the catalog fresh. */
const CATALOG_TTL_WITH_WEBHOOKS = 3600;
/** Default catalog lifetime in seconds without webhooks: a price change shows within a minute. */
const CATALOG_TTL_WITHOUT_WEBHOOKS = 60;

let cached: AppConfig | undefined;

/** The configuration of this process, validated on first use (and at startup by instrumentation.ts). */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
