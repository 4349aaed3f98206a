import "server-only";
import { correlationId } from "@/lib/log";
import type { z } from "zod";
import {
  BigCommerceError,
  BigCommerceResponseError,
  BigCommerceUnavailableError,
  parseErrorBody,
} from "./errors";
import { fetchHttp, HttpTimeoutError, nodeHttp, type HttpResponse } from "./http";

export interface TransportOptions {
  /** Management API origin, e.g. https://api.bigcommerce.com */
  apiUrl: string;
  /** Payments host origin, e.g. https://payments.bigcommerce.com */
  paymentsUrl: string;
  storeHash: string;
  accessToken: string;
  timeoutMs: number;
  /** Injected so the sandbox can answer in-process; defaults to Node's HTTP client. */
  fetch?: typeof fetch;
  userAgent?: string;
  retry?: Partial<RetryPolicy>;
}

/**
 * When a call is tried again. Reads (GET) retry on 429, 5xx and network failures; writes only on
 * 429, which BigCommerce answers before doing anything (a timed-out write may have happened, so
 * it is resolved by its caller, never blindly repeated). Waits grow exponentially with jitter, a
 * 429 waits for X-Rate-Limit-Time-Reset-Ms, and everything fits in one time budget.
 */
export interface RetryPolicy {
  maxAttempts: number;
  /** Total time all attempts and waits may take. */
  budgetMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  budgetMs: 8000,
  baseDelayMs: 200,
  maxDelayMs: 3000,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface CallSpec<T> {
  operation: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path below /stores/{hash}, e.g. "/v3/carts". */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  schema: z.ZodType<T>;
  /** What a 204 No Content means for this call (v2 lists: an empty array). */
  empty?: () => T;
  host?: "api" | "payments";
  /** Payments host only: the payment access token. */
  pat?: string;
}

export type Transport = <T>(spec: CallSpec<T>) => Promise<T>;

const USER_AGENT = "storefront-confirmation/0.1 (+Next.js headless storefront)";

export function createTransport(options: TransportOptions): Transport {
  const send = options.fetch ? fetchHttp(options.fetch) : nodeHttp;
  const strip = (u: string) => u.replace(/\/+$/, "");

  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };

  return async function call<T>(spec: CallSpec<T>): Promise<T> {
    const started = policy.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(spec);
      } catch (error) {
        const wait = retryDelay(spec.method, error, attempt, policy);
        const spent = policy.now() - started;
        if (wait === null || attempt >= policy.maxAttempts || spent + wait >= policy.budgetMs)
          throw error;
        await policy.sleep(wait);
      }
    }
  };

  async function once<T>(spec: CallSpec<T>): Promise<T> {
    const host = spec.host ?? "api";
    const origin = strip(host === "payments" ? options.paymentsUrl : options.apiUrl);
    const url = new URL(`${origin}/stores/${encodeURIComponent(options.storeHash)}${spec.path}`);
    for (const [k, v] of Object.entries(spec.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, v);

    const headers: Record<string, string> = { "User-Agent": options.userAgent ?? USER_AGENT };
    // Groups this request's calls in BigCommerce's logs and ours; a call outside a request gets its own.
    headers["X-Correlation-Id"] = correlationId() ?? crypto.randomUUID();
    if (host === "payments") {
      headers.Authorization = `PAT ${spec.pat ?? ""}`;
      headers.Accept = "application/vnd.bc.v1+json";
    } else {
      headers["X-Auth-Token"] = options.accessToken;
      headers.Accept = "application/json";
    }
    if (spec.body !== undefined) headers["Content-Type"] = "application/json";

    let response: HttpResponse;
    try {
      response = await send(url, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      const reason = error instanceof HttpTimeoutError ? "timeout" : "network";
      throw new BigCommerceUnavailableError(spec.operation, reason, { cause: error });
    }
    const { text } = response;

    if (response.status < 200 || response.status > 299) {
      throw new BigCommerceError(
        spec.operation,
        response.status,
        parseErrorBody(host, text),
        response.headers,
      );
    }
    if (response.status === 204 || text === "") {
      if (spec.empty) return spec.empty();
      throw new BigCommerceResponseError(spec.operation, `HTTP ${response.status} with no body`);
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
}

/** Milliseconds to wait before trying again, or null when this failure must not be retried. */
export function retryDelay(
  method: string,
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
): number | null {
  const backoff = () =>
    Math.round(
      Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) *
        (0.5 + policy.random() / 2),
    );
  if (error instanceof BigCommerceError && error.status === 429) {
    const reset = Number(error.headers.get("x-rate-limit-time-reset-ms"));
    // Without the headers a 429 means platform load: back off like for a 5xx.
    return Number.isFinite(reset) && reset > 0 ? Math.min(reset, policy.maxDelayMs) : backoff();
  }
  if (method !== "GET") return null;
  if (error instanceof BigCommerceError && error.status >= 500) return backoff();
  if (error instanceof BigCommerceUnavailableError) return backoff();
  return null;
}
