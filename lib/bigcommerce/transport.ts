import "server-only";
import type { z } from "zod";
import { correlationId } from "@/lib/log";
import {
  BigCommerceError,
  BigCommerceResponseError,
  BigCommerceUnavailableError,
  parseErrorBody,
} from "./errors";
import { fetchHttp, HttpTimeoutError, nodeHttp, type HttpResponse } from "./http";
import { OPERATIONS, operationPath, type OperationId } from "./operations";
import { isBackground, QuotaGate } from "./quota";
import { withRetries, type RetryPolicy } from "./retry";

/** Where and as whom the client calls BigCommerce, and how patiently. */
export interface TransportOptions {
  /** Management API origin, e.g. https://api.bigcommerce.com */
  apiUrl: string;
  /** Payments host origin, e.g. https://payments.bigcommerce.com */
  paymentsUrl: string;
  storeHash: string;
  /** The store-level API account's token, sent as X-Auth-Token. */
  accessToken: string;
  /** For one attempt's whole exchange, body included, in ms. */
  timeoutMs: number;
  /** Injected so the sandbox can answer in-process; defaults to Node's HTTP client. */
  fetch?: typeof fetch;
  userAgent?: string;
  /** Overrides of the default retry policy (4 attempts within 8000 ms). */
  retry?: Partial<RetryPolicy>;
  /** The store's quota as seen so far: share one gate between clients of one store. */
  quota?: QuotaGate;
}

type Holes<P extends string> = P extends `${string}{${string}}${infer Rest}`
  ? [string | number, ...Holes<Rest>]
  : [];

/** Values for an operation's `{param}` holes in order, e.g. `[cartId, itemId]`; `[]` for none. */
export type PathParams<Id extends OperationId> = Holes<(typeof OPERATIONS)[Id]["path"]>;

/** What a call sends besides its operation and path parameters. */
export interface Send {
  /** Query parameters; undefined values are left out. */
  query?: Record<string, string | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** Payments host only (operation PaymentsPost): the payment access token. */
  pat?: string;
}

/**
 * What a call sends: the operation (its method, path and host come from OPERATIONS) and the
 * values of its path template's holes, then query and body.
 */
interface Request<Id extends OperationId> extends Send {
  operation: Id;
  params: PathParams<Id>;
}

/** How a call reads its answer: the zod schema of a 2xx body, and what a 204 No Content means. */
interface Reading<T> {
  schema: z.ZodType<T>;
  /** What a 204 or empty body means for this call (v2 lists: an empty array); else it throws. */
  empty?: () => T;
}

/**
 * Makes one BigCommerce call, with retries, and resolves to the body parsed by `schema`.
 * Rejects with BigCommerceError (non-2xx; its `status`, error `body` and `headers`),
 * BigCommerceUnavailableError (no answer in `timeoutMs`, or unreachable) or
 * BigCommerceResponseError (a 2xx that is not JSON, does not match `schema`, or is empty
 * without `empty`).
 */
export type Transport = <T, Id extends OperationId>(spec: Request<Id> & Reading<T>) => Promise<T>;

/** A call as the transport handles it below the typed surface. */
type Call = Send &
  Reading<unknown> & {
    operation: OperationId;
    params: readonly (string | number)[];
  };

const USER_AGENT = "storefront-confirmation/0.1 (+Next.js headless storefront)";

/** The transport every resource's operations are built on; see `Transport` for what a call does. */
export function createTransport(options: TransportOptions): Transport {
  const send = options.fetch ? fetchHttp(options.fetch) : nodeHttp;
  const retrying = withRetries(options.retry);
  const gate = options.quota ?? new QuotaGate(options.retry?.now);
  return <T>(spec: Call) => {
    const { method } = OPERATIONS[spec.operation];
    const background = isBackground(spec.operation);
    return retrying({ method, background }, async () => {
      // Background work waits for the next window rather than spend the shoppers' reserve.
      if (!gate.admits(spec.operation)) {
        throw new BigCommerceUnavailableError(spec.operation, "reserved");
      }
      const { url, init } = httpRequest(options, spec);
      let response: HttpResponse;
      try {
        response = await send(url, init);
      } catch (error) {
        const reason = error instanceof HttpTimeoutError ? "timeout" : "network";
        throw new BigCommerceUnavailableError(spec.operation, reason, { cause: error });
      }
      gate.observe(response.quota);
      return readAnswer(spec, response) as T;
    });
  };
}

/** The URL and request of one attempt: method and path from OPERATIONS, host from its family. */
function httpRequest(options: TransportOptions, spec: Call) {
  const { method, family } = OPERATIONS[spec.operation];
  const payments = family === "payments";
  const origin = (payments ? options.paymentsUrl : options.apiUrl).replace(/\/+$/, "");
  const path = operationPath(spec.operation, ...spec.params);
  const url = new URL(`${origin}/stores/${encodeURIComponent(options.storeHash)}${path}`);
  for (const [k, v] of Object.entries(spec.query ?? {}))
    if (v !== undefined) url.searchParams.set(k, v);

  const headers: Record<string, string> = { "User-Agent": options.userAgent ?? USER_AGENT };
  // Groups this request's calls in BigCommerce's logs and ours; a call outside a request gets
  // its own.
  headers["X-Correlation-Id"] = correlationId() ?? crypto.randomUUID();
  if (payments) {
    headers.Authorization = `PAT ${spec.pat ?? ""}`;
    headers.Accept = "application/vnd.bc.v1+json";
  } else {
    headers["X-Auth-Token"] = options.accessToken;
    headers.Accept = "application/json";
  }
  if (spec.body !== undefined) headers["Content-Type"] = "application/json";
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  return { url, init: { method, headers, body, timeoutMs: options.timeoutMs } };
}

/** The answer's body parsed by the call's schema; throws for an error status or a wrong shape. */
function readAnswer(spec: Call, response: HttpResponse): unknown {
  const { text, status } = response;
  if (status < 200 || status > 299) {
    const host = OPERATIONS[spec.operation].family === "payments" ? "payments" : "api";
    throw new BigCommerceError(
      spec.operation,
      status,
      parseErrorBody(host, text),
      response.headers,
    );
  }
  if (status === 204 || text === "") {
    if (spec.empty) return spec.empty();
    throw new BigCommerceResponseError(spec.operation, `HTTP ${status} with no body`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BigCommerceResponseError(spec.operation, "body is not JSON");
  }
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new BigCommerceResponseError(spec.operation, issues);
  }
  return parsed.data;
}
