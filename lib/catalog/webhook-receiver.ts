// Receiving one BigCommerce webhook delivery (docs/bigcommerce.md §17.3): authenticated by the
// secret header the app registered, bounded, validated, then the catalog cache tags it touches are
// revalidated. The route handler (app/api/webhooks/bigcommerce/route.ts) supplies the secret and
// Next.js's revalidateTag; tests supply their own.
import { createHash, timingSafeEqual } from "node:crypto";
import { readText } from "@/lib/request-body";
import {
  catalogEffect,
  MAX_WEBHOOK_BODY_BYTES,
  WEBHOOK_SECRET_HEADER,
  webhookPayload,
} from "./webhooks";

/** A log line's fields (never the secret). */
type LogFields = Record<string, string | number | boolean | null | undefined>;

/** What receiving needs from the app. */
export interface WebhookReceiver {
  /** BIGCOMMERCE_WEBHOOK_SECRET; undefined when webhooks are not configured (every delivery: 404). */
  secret: string | undefined;
  /** The store deliveries must come from (their `producer` is "stores/{storeHash}"). */
  storeHash: string;
  /** Marks a cache tag stale so that the next read fetches it again. */
  revalidate: (tag: string) => void;
  /** Writes one log line. */
  log: (fields: LogFields, level: "info" | "warn") => void;
}

/**
 * Answers one delivery, writing one log line (scope, product id, outcome):
 * 404 when no secret is configured; 401 when the secret header is missing or wrong (nothing read,
 * nothing changed); 413 over MAX_WEBHOOK_BODY_BYTES (by Content-Length, or counted while reading);
 * 400 when the body is not a JSON delivery; otherwise 200 with no body, after revalidating the
 * tags `catalogEffect` names (none for events the catalog does not show). BigCommerce deactivates
 * hooks whose deliveries keep failing, so anything it may send answers 2xx.
 */
export async function receiveWebhook(request: Request, app: WebhookReceiver): Promise<Response> {
  if (!app.secret) return answer(404);
  if (!secretMatches(request.headers.get(WEBHOOK_SECRET_HEADER), app.secret)) {
    app.log({ outcome: "unauthorized" }, "warn");
    return answer(401);
  }
  const text = await boundedText(request, MAX_WEBHOOK_BODY_BYTES);
  if (text === null) {
    app.log({ outcome: "too-large" }, "warn");
    return answer(413);
  }
  const payload = webhookPayload.safeParse(parseJson(text));
  if (!payload.success) {
    app.log({ outcome: "malformed" }, "warn");
    return answer(400);
  }
  const effect = catalogEffect(payload.data, app.storeHash);
  for (const tag of effect.tags) app.revalidate(tag);
  app.log(
    { scope: payload.data.scope, productId: effect.productId, outcome: effect.outcome },
    "info",
  );
  return answer(200);
}

/**
 * Compares a header's value with the secret in constant time: both are hashed first, so the
 * buffers timingSafeEqual compares always have the same length and the length leaks nothing.
 */
export function secretMatches(given: string | null, secret: string): boolean {
  if (given === null) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/**
 * The request body as UTF-8 text, or null when it is larger than `maxBytes`: refused by its
 * Content-Length before reading, or as soon as the bytes read pass the limit (the rest is not read).
 */
async function boundedText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  return readText(request, maxBytes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function answer(status: number): Response {
  return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
}
