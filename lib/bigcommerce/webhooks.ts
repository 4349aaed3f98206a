// Webhooks: the hooks that tell the app when the catalog changes (docs/bigcommerce.md §17).
// Hooks belong to the API account that made them: these calls see only this token's hooks.
import { z } from "zod";
import type { Transport } from "./transport";

const webhook = z.object({
  id: z.number(),
  scope: z.string(),
  destination: z.string(),
  is_active: z.boolean(),
  /** Sent back with every delivery; null (or absent) when none were registered. */
  headers: z.record(z.string(), z.string()).nullable().optional(),
  /** Unix seconds. */
  created_at: z.number().optional(),
  updated_at: z.number().optional(),
});

/**
 * A registered webhook: its `id`, `scope` (e.g. "store/product/*"), `destination` URL, whether it
 * `is_active`, the custom `headers` BigCommerce sends back with each delivery (null when none),
 * and `created_at` / `updated_at` in Unix seconds.
 */
export type BcWebhook = z.infer<typeof webhook>;

/**
 * The reference wraps a hook in `{data, meta}`; the overview's example does not
 * (docs/bigcommerce-fidelity.md, F18): read both.
 */
const oneHook = z.union([z.object({ data: webhook }).transform((b) => b.data), webhook]);
const hookList = z.union([
  z.object({ data: z.array(webhook) }).transform((b) => b.data),
  z.array(webhook),
]);

/** What a hook is registered with: BigCommerce requires `scope` and `destination`. */
export interface WebhookInput {
  /** An event scope, e.g. "store/product/updated", or a group wildcard such as "store/product/*". */
  scope: string;
  /** An https URL on port 443 that answers 2xx. */
  destination: string;
  isActive: boolean;
  /** Header name → value, sent back with every delivery (how the receiver authenticates it). */
  headers: Record<string, string>;
}

/** The webhook calls, over `call`. */
export function webhookOperations(call: Transport) {
  return {
    /**
     * One page of this API account's hooks, by id (operation getWebhooks), filtered by `scope`,
     * `destination` and `isActive` when given; `page` from 1, `limit` per page (default 50).
     * Rejects with BigCommerceError 401 for a wrong token.
     */
    listWebhooks: (
      query: {
        scope?: string;
        destination?: string;
        isActive?: boolean;
        page?: number;
        limit?: number;
      } = {},
    ) =>
      call({
        operation: "getWebhooks",
        params: [],
        query: {
          scope: query.scope,
          destination: query.destination,
          is_active: query.isActive === undefined ? undefined : String(query.isActive),
          page: query.page === undefined ? undefined : String(query.page),
          limit: String(query.limit ?? 50),
        },
        schema: hookList,
      }),

    /**
     * Registers a hook (operation createWebhooks) and resolves to it. Rejects with
     * BigCommerceError 422 for an invalid scope or destination (not https on port 443), a
     * duplicate of scope and destination, or more than 10 hooks for one scope; 400 for a
     * malformed body.
     */
    createWebhook: (input: WebhookInput) =>
      call({
        operation: "createWebhooks",
        params: [],
        body: {
          scope: input.scope,
          destination: input.destination,
          is_active: input.isActive,
          headers: input.headers,
        },
        schema: oneHook,
      }),

    /**
     * Changes the given fields of hook `id` (operation updateWebhook), e.g. `{ isActive: true }`
     * to reactivate it or new `headers` after the secret changed; resolves to the hook.
     * Rejects with BigCommerceError 404 for an unknown id, 422 for invalid fields.
     */
    updateWebhook: (id: number, change: Partial<WebhookInput>) =>
      call({
        operation: "updateWebhook",
        params: [id],
        body: {
          scope: change.scope,
          destination: change.destination,
          is_active: change.isActive,
          headers: change.headers,
        },
        schema: oneHook,
      }),

    /**
     * Deletes hook `id` (operation deleteWebhook) and resolves to it as it was.
     * Rejects with BigCommerceError 404 for an unknown id.
     */
    deleteWebhook: (id: number) =>
      call({ operation: "deleteWebhook", params: [id], schema: oneHook }),
  };
}
