import "server-only";
import { warnEmailNotConfigured, type Mailer } from "@/lib/email";
import type { Locale } from "@/lib/i18n";
import { KvUnavailableError } from "@/lib/kv";
import { logEvent } from "@/lib/log";
import type { Runtime } from "@/lib/runtime";
import { orderLinkMail } from "./email";

// The after-response half of a matching lookup (README "Order lookup"): minting the link's token
// (a store write), building the email and sending it. The request path of a match stops after the
// comparison, exactly like a miss's, so neither the answer nor its time says which it was.

/**
 * What sending a matching lookup's link needs, taken from the order while the request compared
 * it. Held in memory only: never logged, never in a response.
 */
export interface OrderLinkRequest {
  orderId: number;
  /** The order's billing email as BigCommerce has it (never the address typed). */
  to: string;
  /** The order's cart id, or NO_CART for an order placed without one (checkoutIdOf). */
  checkoutId: string;
}

/** What sending a link runs on: the token ledger and the configuration. */
export type OrderLinkDeps = Pick<Runtime, "ledger" | "config">;

export interface OrderLinkContext {
  /**
   * The request's checked origin (app/order-lookup/_lib/edge.ts requestOrigin). Named by the link
   * only for the sandbox outbox without PUBLIC_URL: SMTP always has PUBLIC_URL (lib/email/settings.ts).
   */
  requestOrigin: string;
  /** The shopper's language, for the email. */
  locale: Locale;
}

/**
 * How sending went: `sent` (the mailer accepted it), `not-configured` (live mode without SMTP:
 * nothing minted or sent, `email.not-configured` logged once per process), `unavailable` (the
 * ledger could not record the token: nothing sent), `failed` (the mailer refused: the token is
 * recorded but was never delivered).
 */
export type OrderLinkOutcome = "sent" | "not-configured" | "unavailable" | "failed";

/** The origin a link names: PUBLIC_URL, else (the sandbox outbox only) the request's checked origin. */
function linkOrigin(email: OrderLinkDeps["config"]["email"], requestOrigin: string): string {
  if (email.transport === "smtp") return email.publicUrl;
  return email.publicUrl ?? requestOrigin;
}

/**
 * Mints a token of the app's own for `request` (TokenLedger.issueOwn: the config's
 * orderLookup.linkTtlSeconds and linkMaxUses), builds the localized email with
 * `{origin}/order-confirmation/{id}?t={token}` and hands it to `mailer`. Meant to run after the
 * response (next/server `after()`). Never throws for an outage or a refused message (see
 * OrderLinkOutcome); rethrows only programming errors. Logs by order id only: `lookup.email-sent`,
 * `lookup.email-failed` (the transport's error code, never its message, which can quote the
 * recipient) or `lookup.link-unavailable`.
 */
export async function sendOrderLink(
  deps: OrderLinkDeps,
  mailer: Mailer,
  request: OrderLinkRequest,
  context: OrderLinkContext,
): Promise<OrderLinkOutcome> {
  const { config } = deps;
  const { orderId } = request;
  if (mailer.kind === "none" || config.email.transport === "none") {
    warnEmailNotConfigured();
    return "not-configured";
  }
  let token;
  try {
    token = await deps.ledger.issueOwn({
      orderId,
      checkoutId: request.checkoutId,
      maxUses: config.orderLookup.linkMaxUses,
      ttlSeconds: config.orderLookup.linkTtlSeconds,
    });
  } catch (error) {
    if (!(error instanceof KvUnavailableError)) throw error;
    logEvent("lookup.link-unavailable", { orderId }, "warn");
    return "unavailable";
  }
  const origin = linkOrigin(config.email, context.requestOrigin);
  const mail = orderLinkMail({
    to: request.to,
    orderId,
    link: `${origin}/order-confirmation/${orderId}?t=${encodeURIComponent(token)}`,
    locale: context.locale,
    hours: Math.floor(config.orderLookup.linkTtlSeconds / 3600),
  });
  try {
    await mailer.send(mail);
    logEvent("lookup.email-sent", { orderId, transport: mailer.kind });
    return "sent";
  } catch (error) {
    const failure = error as { code?: unknown; responseCode?: unknown };
    logEvent(
      "lookup.email-failed",
      {
        orderId,
        transport: mailer.kind,
        code: typeof failure.code === "string" ? failure.code : undefined,
        responseCode: typeof failure.responseCode === "number" ? failure.responseCode : undefined,
      },
      "error",
    );
    return "failed";
  }
}
