import "server-only";
import { createBigCommerceClient, QuotaGate, type BigCommerceClient } from "@/lib/bigcommerce";
import { getConfig, type AppConfig } from "@/lib/config";
import { MemoryKv, RedisKv, type Kv } from "@/lib/kv";
import { createTokenLedger, type TokenLedger } from "@/lib/token-ledger";

// The composition root: the one place that turns the validated configuration into the parts the
// app runs on. Domain code (lib/checkout, lib/confirmation, lib/account, lib/catalog) never builds
// or looks these up: it receives a Runtime (or the parts it names) as its first argument. Only the
// request edge (app/, proxy.ts, lib/session.ts) calls getRuntime().

/** Everything the app runs on, built once per process from the validated configuration. */
export interface Runtime {
  config: AppConfig;
  /** BigCommerce's API: the live store, or in sandbox mode the in-process sandbox. */
  bigcommerce: BigCommerceClient;
  /** The store every instance shares: Redis, or memory for one process. */
  kv: Kv;
  /** Digests of the checkout tokens this app minted, on `kv`. */
  ledger: TokenLedger;
}

/** Parts a test or tool brings instead of building them from the configuration. */
export interface RuntimeOverrides {
  /** Answers BigCommerce calls instead of the network (a sandbox's handler, a test double). */
  fetch?: typeof fetch;
  kv?: Kv;
  /** The store's API quota as seen by other clients of this process (getRuntime shares one). */
  quota?: QuotaGate;
}

/**
 * Builds a runtime from a configuration object: tests and the drill call this with a config of
 * their own (see `parseConfig`), never by writing process.env. In sandbox mode, BigCommerce calls go
 * to the in-process sandbox, loaded on the first call (a live server never loads it).
 */
export function createRuntime(config: AppConfig, overrides: RuntimeOverrides = {}): Runtime {
  const kv = overrides.kv ?? storeFor(config);
  const fetch =
    overrides.fetch ?? (config.mode === "sandbox" ? inProcessSandbox(config) : undefined);
  return {
    config,
    bigcommerce: createBigCommerceClient({ ...config.bigcommerce, fetch, quota: overrides.quota }),
    kv,
    ledger: createTokenLedger(kv),
  };
}

function storeFor(config: AppConfig): Kv {
  return config.store.kind === "redis" ? RedisKv.fromUrl(config.store.url) : new MemoryKv();
}

/**
 * A fetch that answers from the sandbox in this process. The module is imported on first use, so
 * a live server never loads it, and a build made with live credentials replaces it with a stub
 * (next.config.mjs), so a live bundle holds none of it.
 */
function inProcessSandbox(config: AppConfig): typeof fetch {
  let door: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    door ??= import("@/lib/runtime/sandbox-door").then((m) =>
      m.sandboxDoor(config.bigcommerce, config.checkout),
    );
    return (await door)(input, init);
  };
}

const sharedKvKey = Symbol.for("storefront-confirmation.kv");
const sharedQuotaKey = Symbol.for("storefront-confirmation.quota");
type WithShared = typeof globalThis & { [sharedKvKey]?: Kv; [sharedQuotaKey]?: QuotaGate };

let runtime: Runtime | undefined;

/**
 * The runtime of this server process, from the environment's configuration. Throws ConfigError
 * (from getConfig) when the configuration is invalid.
 *
 * Next.js loads this module once per bundle layer (pages, route handlers, proxy). The shared store
 * is one per process (kept on globalThis): a memory store must be the same for every route, and one
 * Redis connection is enough; so is the view of the store's API quota. The rest is built per bundle, so the BigCommerce client's error
 * classes are the ones that bundle's `instanceof` checks see. (The in-process sandbox is one per
 * process too: see sandbox-door.ts.)
 */
export function getRuntime(): Runtime {
  if (!runtime) {
    const config = getConfig();
    const g = globalThis as WithShared;
    g[sharedKvKey] ??= storeFor(config);
    // Every bundle's client sees the quota reported to any of them (plain data: no instanceof).
    g[sharedQuotaKey] ??= new QuotaGate();
    runtime = createRuntime(config, { kv: g[sharedKvKey], quota: g[sharedQuotaKey] });
  }
  return runtime;
}
