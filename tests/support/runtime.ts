// A runtime for tests, built from a configuration object (never from process.env): the app's own
// composition root, pointed at a sandbox served over real HTTP.
import { parseConfig, type Env } from "@/lib/config";
import { createRuntime, type Runtime, type RuntimeOverrides } from "@/lib/runtime";

/** Live-mode configuration for a sandbox at `url`, with the memory store unless `env` says otherwise. */
export function testRuntime(url: string, env: Env = {}, overrides: RuntimeOverrides = {}): Runtime {
  const config = parseConfig({
    BIGCOMMERCE_API_URL: url,
    BIGCOMMERCE_PAYMENTS_URL: url,
    BIGCOMMERCE_STORE_HASH: "sandbox",
    BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
    SESSION_SECRET: "test-session-secret-0123456789abcdef",
    TOKEN_STORE: "memory",
    ...env,
  });
  return createRuntime(config, overrides);
}
