import "server-only";
import { mailerFor, type Mailer } from "@/lib/email";
import { logEvent } from "@/lib/log";
import { sendOrderLink, type OrderLinkContext, type OrderLinkRequest } from "@/lib/order-lookup";
import { getRuntime } from "@/lib/runtime";

// The order lookup's edge helpers: this process's mailer, sending a matching lookup's link after
// the answer, the request's own origin, and the answer's time floor.

let mailer: Mailer | undefined;

/** This process's mailer, from the configuration (lib/email). */
export function lookupMailer(): Mailer {
  mailer ??= mailerFor(getRuntime().config.email);
  return mailer;
}

/**
 * Sends a matching lookup's link (lib/order-lookup sendOrderLink: mint, build, send, log by order
 * id), after the response. Never rejects: an unexpected error is logged by its name only (never
 * its message, which could quote the recipient), since nothing is left to answer.
 */
export async function sendLookupLink(
  link: OrderLinkRequest,
  context: OrderLinkContext,
): Promise<void> {
  try {
    await sendOrderLink(getRuntime(), lookupMailer(), link, context);
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    logEvent("lookup.link-error", { orderId: link.orderId, error: name }, "error");
  }
}

const HOST = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * The origin this request was sent to, for the emailed link when PUBLIC_URL is not set (the
 * sandbox outbox only: SMTP, in either mode, requires PUBLIC_URL). The Origin header, which proxy.ts and
 * Next.js have already checked to name this request's host (lib/same-origin.ts); else the host
 * itself. A host that is not a host name (a hostile header) gives localhost.
 */
export function requestOrigin(headers: Headers): string {
  const origin = headers.get("origin");
  if (origin) {
    try {
      const url = new URL(origin);
      if ((url.protocol === "http:" || url.protocol === "https:") && HOST.test(url.host)) {
        return url.origin;
      }
    } catch {
      /* not a URL: fall through */
    }
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host") || "";
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ? "https" : "http";
  return HOST.test(host) ? `${proto}://${host}` : "http://localhost";
}

/** Waits until `floorMs` milliseconds have passed since `start` (performance.now()). */
export async function padTo(start: number, floorMs: number): Promise<void> {
  const left = floorMs - (performance.now() - start);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}
