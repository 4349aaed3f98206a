import "server-only";

// Stands in for ./sandbox-door.ts in a build made with live BigCommerce credentials
// (next.config.mjs), so that no sandbox code is bundled into a live deployment.

/** Never called in live mode; throws if a live build is somehow started without credentials. */
export function sandboxDoor(): typeof fetch {
  throw new Error(
    "This build was made for a live store (BigCommerce credentials were set at build time) and has no sandbox: set the BigCommerce variables, or build again without them.",
  );
}
