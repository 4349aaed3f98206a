import "server-only";
import type { Mailer, SentMail } from "./types";

// Stands in for ./outbox.ts in a build made with live BigCommerce credentials (next.config.mjs):
// a live deployment has no sandbox outbox.

/** Never called in live mode (lib/config.ts chooses the outbox only in sandbox mode). */
export function outboxMailer(): Mailer {
  throw new Error("This build was made for a live store and has no sandbox outbox.");
}

/** A live build's outbox is always empty (/sandbox/outbox is a 404 there anyway). */
export function outboxMessages(): SentMail[] {
  return [];
}
