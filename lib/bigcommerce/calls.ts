// The shapes most BigCommerce operations share, so a resource declares each call in a line or
// two: a v3 call answered `{ data, meta }` resolves to its `data`; a v2 list answered 204 when
// empty resolves to []. Each resource file (catalog.ts, carts.ts, …) builds its methods on them.
import { z } from "zod";
import type { OperationId } from "./operations";
import type { PathParams, Send, Transport } from "./transport";

/** v3's `{ data, meta }` envelope around `data` (docs/bigcommerce.md §2.7); `meta` is not read. */
export const envelope = <T extends z.ZodType>(data: T) =>
  z.object({ data, meta: z.unknown().optional() });

/**
 * One operation called through a bound schema: its id, the values of its path's `{param}` holes
 * in order (`[]` for none) and what it sends. Rejects as the transport does (BigCommerceError,
 * BigCommerceUnavailableError, BigCommerceResponseError).
 */
type BoundCall<R> = <Id extends OperationId>(
  operation: Id,
  params: PathParams<Id>,
  send?: Send,
) => Promise<R>;

/**
 * Calls whose v3 answer is `{ data: T }` (checked by `schema`), each resolving to that `data`.
 * `query` is sent with every call (a call's own query parameters are added to it).
 */
export function dataCall<T>(
  call: Transport,
  schema: z.ZodType<{ data: T }>,
  query?: Send["query"],
): BoundCall<T> {
  return async (operation, params, send = {}) => {
    const body = await call({
      ...send,
      operation,
      params,
      query: { ...query, ...send.query },
      schema,
    });
    return body.data;
  };
}

/**
 * Calls whose v2 answer is a JSON array of `T` (checked by `schema`). BigCommerce answers an empty
 * v2 list with 204 and no body; that resolves to [].
 */
export function listCall<T>(call: Transport, schema: z.ZodType<T[]>): BoundCall<T[]> {
  return (operation, params, send) => call({ ...send, operation, params, schema, empty: () => [] });
}
