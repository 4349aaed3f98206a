// The built-in sandbox store: an emulator of the BigCommerce endpoints this app uses.
// Two doors onto one handler: `sandboxFetch` in-process (default in sandbox mode) and
// `startSandboxServer` over real HTTP (`npm run sandbox`, end-to-end tests).
import { createSandbox, type Sandbox } from "./handler";

export { createSandbox, type Sandbox, type SandboxKnobs, type SandboxOptions } from "./handler";
export { TEST_CARDS, SEED_PRODUCTS } from "./seed";

import { SANDBOX_ACCESS_TOKEN, SANDBOX_STORE_HASH } from "./constants";

export { SANDBOX_ACCESS_TOKEN, SANDBOX_ORIGIN, SANDBOX_STORE_HASH } from "./constants";

/** A `fetch` that answers from the handler without touching the network. */
export function sandboxFetch(sandbox: Sandbox): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return sandbox.handler(request);
  };
}

const globalKey = Symbol.for("storefront-confirmation.sandbox");
type WithSandbox = typeof globalThis & { [globalKey]?: Sandbox };

/**
 * One sandbox per server process. Kept on globalThis because Next.js may load this module
 * once per route bundle, and every route must see the same carts and orders.
 */
export function inProcessSandbox(): Sandbox {
  const g = globalThis as WithSandbox;
  g[globalKey] ??= createSandbox({
    storeHash: SANDBOX_STORE_HASH,
    accessToken: SANDBOX_ACCESS_TOKEN,
    imageBaseUrl: "",
    seed: Date.now(),
  });
  return g[globalKey];
}
