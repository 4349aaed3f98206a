import "server-only";
import nodemailer from "nodemailer";
import type { SmtpSettings } from "./settings";
import type { Mail, Mailer } from "./types";

// Mail through an SMTP relay (a provider's, or the merchant's own server), with nodemailer: it
// speaks SMTP, STARTTLS and authentication. One transport per process; a connection per message.

/** How long to wait for the relay to accept a connection, greet and answer, in milliseconds. */
const TIMEOUT_MS = 10_000;

/** nodemailer's transport options for the settings (a URL, or host, port, TLS and login). */
function transportOptions(smtp: SmtpSettings) {
  const timeouts = {
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  };
  if ("url" in smtp) return { url: smtp.url, ...timeouts };
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user !== undefined && { auth: { user: smtp.user, pass: smtp.password ?? "" } }),
    ...timeouts,
  };
}

/**
 * A Mailer that hands each message to the relay. `send` rejects with nodemailer's error (the
 * relay refused, timed out or could not be reached); it does not retry: the caller logs it, and
 * the shopper may ask again.
 */
export function smtpMailer(smtp: SmtpSettings, from: string): Mailer {
  const transport = nodemailer.createTransport(transportOptions(smtp));
  return {
    kind: "smtp",
    async send(mail: Mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
