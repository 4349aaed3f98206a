// Failures of BigCommerce calls, typed so callers can decide what the shopper sees.
import { scopeFor } from "./scopes";

/**
 * The error body BigCommerce sent, read according to the API family that sent it
 * (docs/bigcommerce.md §2.5).
 */
export type BigCommerceErrorBody =
  | {
      kind: "v3";
      status: number | string;
      title: string;
      type?: string;
      detail?: string;
      errors?: Record<string, unknown>;
    }
  | { kind: "v2"; errors: { status: number; message: string }[] }
  | {
      kind: "payments";
      status: number;
      title: string;
      type?: string;
      detail?: string;
      code?: number;
      errors?: Record<string, unknown>;
    }
  | { kind: "none"; text: string };

/**
 * BigCommerce answered with a non-success status: `operation` is the operation id, `body` the
 * error body read by API family, `headers` the answer's (rate-limit headers on a 429).
 */
export class BigCommerceError extends Error {
  override readonly name = "BigCommerceError";

  constructor(
    readonly operation: string,
    readonly status: number,
    readonly body: BigCommerceErrorBody,
    readonly headers: Headers,
  ) {
    const scope = status === 403 ? scopeFor(operation) : undefined;
    super(
      `${operation} failed with HTTP ${status}: ${describe(body)}` +
        (scope ? ` (the API account needs the ${scope.label} scope, ${scope.scope})` : ""),
    );
  }

  /** The Payments API's numeric error code (docs/bigcommerce.md §8.5), when there is one. */
  get code(): number | undefined {
    return this.body.kind === "payments" ? this.body.code : undefined;
  }

  /** On a 403: the API account scope this operation needs, by its control-panel name. */
  get missingScope(): string | undefined {
    if (this.status !== 403) return undefined;
    const scope = scopeFor(this.operation);
    return scope ? `${scope.label} (${scope.scope})` : undefined;
  }

  /** BigCommerce's own words, suitable to show a shopper for payment declines. */
  get detail(): string {
    return describe(this.body);
  }
}

const UNAVAILABLE_REASONS = {
  timeout: "BigCommerce did not answer in time",
  network: "BigCommerce could not be reached",
  reserved: "not sent: the store's API quota left is kept for shoppers' purchases",
} as const;

/**
 * BigCommerce did not answer in time or could not be reached, or (reason "reserved") the call was
 * background work held back because the store's API quota is nearly spent (lib/bigcommerce/quota.ts).
 */
export class BigCommerceUnavailableError extends Error {
  override readonly name = "BigCommerceUnavailableError";

  constructor(
    readonly operation: string,
    readonly reason: keyof typeof UNAVAILABLE_REASONS,
    options?: { cause?: unknown },
  ) {
    super(`${operation}: ${UNAVAILABLE_REASONS[reason]}`, options);
  }
}

/** BigCommerce answered 2xx with a body this app does not understand. */
export class BigCommerceResponseError extends Error {
  override readonly name = "BigCommerceResponseError";

  constructor(
    readonly operation: string,
    readonly issues: string,
  ) {
    super(`${operation}: unexpected response shape: ${issues}`);
  }
}

/** BigCommerce answered 404: the cart, checkout, order or product does not exist (any more). */
export function isNotFound(error: unknown): error is BigCommerceError {
  return error instanceof BigCommerceError && error.status === 404;
}

/**
 * BigCommerce could not serve the call now (no answer, 429 or 5xx, after the transport's
 * retries): worth a plain "try again in a moment", never the shopper's fault.
 */
export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof BigCommerceUnavailableError ||
    (error instanceof BigCommerceError && (error.status === 429 || error.status >= 500))
  );
}

function describe(body: BigCommerceErrorBody): string {
  switch (body.kind) {
    case "v2":
      return body.errors.map((e) => e.message).join("; ");
    case "none":
      return body.text.slice(0, 200);
    default:
      return body.detail ?? body.title;
  }
}

/**
 * Reads an error answer's text: a JSON array is v2's `[{ status, message }]`, an object is v3's
 * or the payments host's problem document (the latter with a numeric `code`), anything else is
 * kept as text. Never throws.
 */
export function parseErrorBody(host: "api" | "payments", text: string): BigCommerceErrorBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "none", text };
  }
  if (Array.isArray(value)) {
    return {
      kind: "v2",
      errors: value.map((e) => ({ status: Number(e?.status), message: String(e?.message ?? "") })),
    };
  }
  if (!value || typeof value !== "object") return { kind: "none", text };
  const v = value as Record<string, unknown>;
  // GET /checkouts/{id} wraps its 404 in an `errors` array.
  const inner =
    Array.isArray(v.errors) && v.errors[0] && typeof v.errors[0] === "object" ? v.errors[0] : v;
  const o = inner as Record<string, unknown>;
  const common = {
    title: String(o.title ?? ""),
    type: typeof o.type === "string" ? o.type : undefined,
    detail: typeof o.detail === "string" ? o.detail : undefined,
    errors:
      o.errors && typeof o.errors === "object" && !Array.isArray(o.errors)
        ? (o.errors as Record<string, unknown>)
        : undefined,
  };
  if (host === "payments" || typeof o.code === "number") {
    return {
      kind: "payments",
      status: Number(o.status),
      code: typeof o.code === "number" ? o.code : undefined,
      ...common,
    };
  }
  return {
    kind: "v3",
    status: typeof o.status === "string" || typeof o.status === "number" ? o.status : NaN,
    ...common,
  };
}
