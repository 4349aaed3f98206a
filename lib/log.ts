import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Structured server logs: one JSON line per event, with the request's correlation id (also sent
// to BigCommerce as X-Correlation-Id). Never tokens, card data, passwords or email addresses:
// fields with such names are dropped here, whatever a caller passes.

const correlation = new AsyncLocalStorage<string>();

/** Runs `fn` with a correlation id that logs and BigCommerce calls made inside it carry. */
export function withCorrelationId<T>(id: string | null | undefined, fn: () => T): T {
  const valid = id && /^[0-9a-f-]{36}$/i.test(id) ? id : crypto.randomUUID();
  return correlation.run(valid, fn);
}

export function correlationId(): string | undefined {
  return correlation.getStore();
}

const FORBIDDEN = /token|password|secret|card|cvv|cvc|pan|email|cookie|authorization/i;

type Field = string | number | boolean | null | undefined;

export function logEvent(
  event: string,
  fields: Record<string, Field> = {},
  level: "info" | "warn" | "error" = "info",
) {
  const safe: Record<string, Field> = {};
  for (const [key, value] of Object.entries(fields)) if (!FORBIDDEN.test(key)) safe[key] = value;
  const line = JSON.stringify({
    ts: new Date().toISOString(),
    level,
    event,
    correlationId: correlationId(),
    ...safe,
  });
  if (level === "info") console.log(line);
  else console.error(line);
}

/** Milliseconds since `start`, for the `durationMs` field. */
export const since = (start: number) => Math.round(performance.now() - start);
