import "server-only";
import { mailerFor, type Mail, type Mailer } from "@/lib/email";
import { logEvent } from "@/lib/log";
import { getRuntime } from "@/lib/runtime";

// The order lookup's edge helpers: this process's mailer, sending a lookup's email after the
// answer, the request's own origin, and the answer's time floor.

let mailer: Mailer | undefined;

/** This process's mailer, from the configuration (lib/email). */
export function lookupMailer(): Mailer {
  mailer ??= mailerFor(getRuntime().config.email);
  return mailer;
}

/**
 * Sends a lookup's email and logs the outcome by order id only. A failure is logged with the
 * transport's error code, never its message (a relay's refusal can quote the recipient).
 */
export async function sendLookupMail(mail: Mail, orderId: number): Promise<void> {
  const sender = lookupMailer();
  try {
    await sender.send(mail);
    logEvent("lookup.email-sent", { orderId, transport: sender.kind });
  } catch (error) {
    const failure = error as { code?: unknown; responseCode?: unknown };
    logEvent(
      "lookup.email-failed",
      {
        orderId,
        transport: sender.kind,
        code: typeof failure.code === "string" ? failure.code : undefined,
        responseCode: typeof failure.responseCode === "number" ? failure.responseCode : undefined,
      },
      "error",
    );
  }
}

const HOST = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * The origin this request was sent to, for the emailed link when PUBLIC_URL is not set (sandbox
 * mode only: live mode with SMTP requires PUBLIC_URL). The Origin header, which proxy.ts and
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
