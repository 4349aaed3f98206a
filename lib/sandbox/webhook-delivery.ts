// Webhook deliveries (docs/bigcommerce.md §17.3): an event POSTed as BigCommerce's light payload to
// every active hook whose scope matches, with the custom headers set at registration. Loopback
// destinations only: the sandbox never sends anything off this machine.
import { createHash, randomUUID } from "node:crypto";
import { SANDBOX_STORE_ID } from "./constants";
import type { SandboxState, Webhook, WebhookDelivery } from "./state";
import { isLoopbackUrl } from "./webhooks";

/** One catalog event: its scope (e.g. "store/product/updated") and its `data` object. */
export interface WebhookEvent {
  scope: string;
  data: Record<string, unknown>;
}

/** How long one delivery may take before it counts as failed, in ms. */
export const DELIVERY_TIMEOUT_MS = 5_000;
/** How many recent deliveries the sandbox remembers. */
const DELIVERY_LOG_LIMIT = 200;

/**
 * True when a hook registered for `registered` receives `scope`: the same scope, or a group
 * wildcard ("store/product/*" receives "store/product/updated" and
 * "store/product/inventory/updated").
 */
export function scopeMatches(registered: string, scope: string): boolean {
  if (registered === scope) return true;
  return registered.endsWith("/*") && scope.startsWith(registered.slice(0, -1));
}

/**
 * BigCommerce's payload for `event`: `{scope, store_id, data, hash, created_at, producer}`, with
 * `created_at` in Unix seconds. `hash` is a SHA-1 over the event and a unique id, so every
 * delivery of one event carries the same hash and two events never share one.
 */
export function webhookPayload(state: SandboxState, event: WebhookEvent) {
  const createdAt = Math.floor(state.now() / 1000);
  const hash = createHash("sha1")
    .update(JSON.stringify({ ...event, createdAt, event: randomUUID() }))
    .digest("hex");
  return {
    scope: event.scope,
    store_id: SANDBOX_STORE_ID,
    data: event.data,
    hash,
    created_at: createdAt,
    producer: `stores/${state.storeHash}`,
  };
}

/**
 * Sends each event to every active hook whose scope matches, without waiting: each POST runs in
 * the background (DELIVERY_TIMEOUT_MS at most) and its outcome is recorded in
 * `state.webhooks.deliveries`. A hook whose destination is not a loopback address is recorded
 * as "skipped". Returns the number of deliveries started or skipped.
 */
export function deliverEvents(state: SandboxState, events: WebhookEvent[]): number {
  let count = 0;
  for (const event of events) {
    const payload = webhookPayload(state, event);
    const hooks = [...state.webhooks.hooks.values()].filter(
      (h) => h.isActive && scopeMatches(h.scope, event.scope),
    );
    for (const hook of hooks) {
      count += 1;
      const entry = record(state, {
        hookId: hook.id,
        scope: event.scope,
        destination: hook.destination,
        hash: payload.hash,
        outcome: "pending",
        at: state.now(),
      });
      if (!isLoopbackUrl(new URL(hook.destination))) {
        Object.assign(entry, {
          outcome: "skipped",
          error: "the sandbox delivers only to loopback destinations",
        });
        continue;
      }
      const sending = post(hook, payload, entry);
      state.webhooks.pending.add(sending);
      void sending.finally(() => state.webhooks.pending.delete(sending));
    }
  }
  return count;
}

/** Waits until every delivery under way has finished (each is bounded by DELIVERY_TIMEOUT_MS). */
export async function deliveriesSettled(state: SandboxState): Promise<void> {
  await Promise.allSettled([...state.webhooks.pending]);
}

function record(state: SandboxState, entry: WebhookDelivery): WebhookDelivery {
  const log = state.webhooks.deliveries;
  log.push(entry);
  if (log.length > DELIVERY_LOG_LIMIT) log.splice(0, log.length - DELIVERY_LOG_LIMIT);
  return entry;
}

/** One POST; never rejects: the outcome is written into `entry`. No retries (see docs). */
async function post(hook: Webhook, payload: object, entry: WebhookDelivery): Promise<void> {
  try {
    const response = await fetch(hook.destination, {
      method: "POST",
      headers: { ...hook.headers, "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    entry.status = response.status;
    entry.outcome = response.ok ? "delivered" : "failed";
    if (!response.ok) entry.error = `answered ${response.status}`;
  } catch (error) {
    entry.outcome = "failed";
    entry.error = reason(error);
  }
}

/** An error's message with its cause's ("fetch failed: connect ECONNREFUSED 127.0.0.1:9"). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
