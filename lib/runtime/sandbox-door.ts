import "server-only";
import { logEvent } from "@/lib/log";
import type { CheckoutSettings } from "@/lib/config";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";
import { listenForCheckout } from "@/lib/sandbox/server";

// The only door from the app into the sandbox store, loaded by the composition root in sandbox
// mode only. A build made with live credentials replaces this module with ./no-sandbox.ts.

/** This process's sandbox door, once made (one per process, whatever bundle loads this module). */
const SANDBOX_LOADED = Symbol.for("storefront-confirmation.sandbox-loaded");

// Said once per module load: the e2e suite checks that a live server's log never holds it.
logEvent("sandbox.loaded", { module: "lib/runtime/sandbox-door" });

/**
 * A fetch answered by the in-process sandbox store, created with the configured credentials.
 * One store per process: carts and orders must be the same for every route. With the embedded
 * checkout, the store also serves its checkout pages on a second origin (`checkout.origin`, on
 * `checkout.sandbox.port`), as BigCommerce's checkout domain would, and knows the storefront's
 * origin as its channel site URL. A port already taken is logged (`sandbox.checkout-door`) and the
 * frame then fails to load: the page offers the hosted checkout link, which fails the same way.
 */
export function sandboxDoor(
  credentials: { storeHash: string; accessToken: string },
  checkout: CheckoutSettings = { mode: "custom" },
): typeof fetch {
  const g = globalThis as typeof globalThis & { [SANDBOX_LOADED]?: typeof fetch };
  if (!g[SANDBOX_LOADED]) {
    const embedded = checkout.mode === "embedded" ? checkout.sandbox : undefined;
    const sandbox = createSandbox({
      ...credentials,
      imageBaseUrl: "",
      seed: Date.now(),
      siteUrl: embedded?.siteUrl ?? null,
    });
    if (checkout.mode === "embedded" && embedded) {
      listenForCheckout(sandbox, {
        port: embedded.port,
        checkoutOrigin: checkout.origin,
        checkoutOnly: true,
      }).then(
        (door) => logEvent("sandbox.checkout-door", { outcome: "listening", port: door.port }),
        (error: Error) =>
          logEvent("sandbox.checkout-door", { outcome: "failed", reason: error.message }, "error"),
      );
    }
    g[SANDBOX_LOADED] = sandboxFetch(sandbox);
  }
  return g[SANDBOX_LOADED];
}
