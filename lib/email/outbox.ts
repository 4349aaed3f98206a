import "server-only";
import type { Mail, Mailer, SentMail } from "./types";

// The sandbox's outbox: in sandbox mode without SMTP settings, mail is kept in this process's
// memory (the newest OUTBOX_SIZE messages) and shown at /sandbox/outbox, so anyone trying the
// sandbox can follow an emailed link. A build made with live credentials replaces this module with
// ./no-outbox.ts (next.config.mjs), so a live bundle holds none of it.

/** How many messages the outbox keeps, newest first. */
export const OUTBOX_SIZE = 50;

const OUTBOX = Symbol.for("storefront-confirmation.outbox");
type WithOutbox = typeof globalThis & { [OUTBOX]?: SentMail[] };

/** This process's outbox, one for every bundle that loads this module. */
function box(): SentMail[] {
  const g = globalThis as WithOutbox;
  g[OUTBOX] ??= [];
  return g[OUTBOX];
}

/** A Mailer that keeps each message in the outbox (from `from`), dropping the oldest past OUTBOX_SIZE. */
export function outboxMailer(from: string): Mailer {
  return {
    kind: "outbox",
    async send(mail: Mail) {
      const kept = box();
      kept.unshift({ ...mail, from, sentAt: new Date().toISOString() });
      kept.splice(OUTBOX_SIZE);
    },
  };
}

/** The messages in the outbox, newest first (copies). */
export function outboxMessages(): SentMail[] {
  return box().map((m) => ({ ...m }));
}
