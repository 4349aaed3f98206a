import "server-only";
import type { Kv } from "@/lib/kv";
import { logEvent } from "@/lib/log";
import type { CheckoutDraft, SessionData } from "@/lib/session";

// What the shopper typed into the checkout form, kept in the shared store under an id the session
// cookie holds, not in the cookie itself: an address and a 2,000-character comment of umlauts and
// emoji would seal to more than the 4 KB a browser keeps, and the cookie would silently be lost.

/** How long a draft is kept without a new post, in ms. */
const DRAFT_TTL_MS = 24 * 3600 * 1000;

const key = (draftId: string) => `checkout-draft:${draftId}`;

/**
 * Keeps `draft` for this session (a new id in `session.draftId` the first time; the caller saves
 * the session). If the store cannot keep it, the step goes on without it: the shopper's input
 * survives in the page they are sent back to only when it could be kept.
 */
export async function keepDraft(kv: Kv, session: SessionData, draft: CheckoutDraft): Promise<void> {
  const draftId = session.draftId ?? crypto.randomUUID();
  try {
    await kv.set(key(draftId), JSON.stringify(draft), { ttlMs: DRAFT_TTL_MS });
    session.draftId = draftId;
  } catch (error) {
    logEvent("checkout.draft_not_kept", { error: String(error) }, "warn");
  }
}

/** This session's draft, or undefined (none, expired, or the store cannot answer). */
export async function readDraft(kv: Kv, session: SessionData): Promise<CheckoutDraft | undefined> {
  if (!session.draftId) return undefined;
  try {
    const json = await kv.get(key(session.draftId));
    return json ? (JSON.parse(json) as CheckoutDraft) : undefined;
  } catch {
    return undefined;
  }
}
