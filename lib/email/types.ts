// What the app sends by email, and the one interface every way of sending it implements.

/** One message, complete: the recipient, a subject, and the same words as plain text and HTML. */
export interface Mail {
  /** One address (never logged). */
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A message as it was sent, with the sender and when (the sandbox outbox keeps these). */
export interface SentMail extends Mail {
  from: string;
  /** ISO-8601 */
  sentAt: string;
}

/**
 * Sends mail. `send` resolves once the message was handed over (the SMTP relay accepted it, or the
 * outbox kept it) and rejects with the transport's error otherwise; it never logs the recipient.
 */
export interface Mailer {
  /** Which adapter this is: `smtp`, `outbox` (sandbox), or `none` (live mode without SMTP). */
  readonly kind: "smtp" | "outbox" | "none";
  send(mail: Mail): Promise<void>;
}
