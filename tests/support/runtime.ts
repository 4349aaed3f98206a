// A runtime for tests, built from a configuration object (never from process.env): the app's own
// composition root, pointed at a sandbox served over real HTTP.
import { parseConfig, type Env } from "@/lib/config";
import { createRuntime, type Runtime, type RuntimeOverrides } from "@/lib/runtime";

/** The environment of a live-mode app pointed at a sandbox at `url`: memory store unless `env` says otherwise. */
export function sandboxLiveEnv(url: string, env: Env = {}): Env {
  return {
    BIGCOMMERCE_API_URL: url,
    BIGCOMMERCE_PAYMENTS_URL: url,
    BIGCOMMERCE_STORE_HASH: "sandbox",
    BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
    SESSION_SECRET: "test-session-secret-0123456789abcdef",
    TOKEN_STORE: "memory",
    ...env,
  };
}

/** The app's composition root on that configuration (see sandboxLiveEnv). */
export function testRuntime(url: string, env: Env = {}, overrides: RuntimeOverrides = {}): Runtime {
  return createRuntime(parseConfig(sandboxLiveEnv(url, env)), overrides);
}
