import "server-only";
import { logEvent } from "@/lib/log";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";

// The only door from the app into the sandbox store, loaded by the composition root in sandbox
// mode only. A build made with live credentials replaces this module with ./no-sandbox.ts.

/** This process's sandbox door, once made (one per process, whatever bundle loads this module). */
const SANDBOX_LOADED = Symbol.for("storefront-confirmation.sandbox-loaded");

// Said once per module load: the e2e suite checks that a live server's log never holds it.
logEvent("sandbox.loaded", { module: "lib/runtime/sandbox-door" });

/**
 * A fetch answered by the in-process sandbox store, created with the configured credentials.
 * One store per process: carts and orders must be the same for every route.
 */
export function sandboxDoor(credentials: { storeHash: string; accessToken: string }): typeof fetch {
  const g = globalThis as typeof globalThis & { [SANDBOX_LOADED]?: typeof fetch };
  g[SANDBOX_LOADED] ??= sandboxFetch(
    createSandbox({ ...credentials, imageBaseUrl: "", seed: Date.now() }),
  );
  return g[SANDBOX_LOADED];
}
