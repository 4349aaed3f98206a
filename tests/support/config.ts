// What the configuration tests share: a complete live environment and the error a bad one gives.
import { parseConfig } from "@/lib/config";

/** The four variables live mode requires, all valid. */
export const LIVE = {
  BIGCOMMERCE_STORE_HASH: "abc123",
  BIGCOMMERCE_ACCESS_TOKEN: "token-1234567890",
  SESSION_SECRET: "s".repeat(32),
  REDIS_URL: "rediss://default:secret@example.upstash.io:6379",
};

/** The ConfigError message `env` gives; throws when it gives none. */
export function messageFor(env: Record<string, string | undefined>): string {
  try {
    parseConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a configuration error");
}
