import "server-only";
import type { EmailConfig } from "./settings";
import { logEvent } from "@/lib/log";
import { outboxMailer } from "@/lib/email/outbox";
import { smtpMailer } from "./smtp";
import type { Mailer } from "./types";

// Sending email (the order lookup's fresh link). Three adapters behind one Mailer interface,
// chosen by the configuration (lib/config.ts, EmailConfig):
//  - smtp: nodemailer through the configured relay;
//  - outbox: sandbox mode without SMTP, kept in memory and shown at /sandbox/outbox;
//  - none: live mode without SMTP: nothing is sent, and `email.not-configured` is logged once.

export type { Mail, Mailer, SentMail } from "./types";

let warned = false;

/**
 * Logs `email.not-configured` (warn) the first time it is called in this process, and returns
 * whether it logged: live mode without SMTP had something to send (a matching order lookup) and
 * sends nothing. Never logs a recipient or a link.
 */
export function warnEmailNotConfigured(): boolean {
  if (warned) return false;
  warned = true;
  logEvent(
    "email.not-configured",
    { hint: "set SMTP_URL or SMTP_HOST, MAIL_FROM and PUBLIC_URL to send order links" },
    "warn",
  );
  return true;
}

/** Live mode without SMTP: sends nothing, and says so once per process in the log. */
const notConfigured: Mailer = {
  kind: "none",
  async send() {
    warnEmailNotConfigured();
  },
};

/** The Mailer the configuration describes (a new one per call: the edge keeps one per process). */
export function mailerFor(email: EmailConfig): Mailer {
  switch (email.transport) {
    case "smtp":
      return smtpMailer(email.smtp, email.from);
    case "outbox":
      return outboxMailer(email.from);
    case "none":
      return notConfigured;
  }
}
