// `npm run check:live` against the sandbox over HTTP: all green, then a denied scope is named.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..");
let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
});
afterAll(() => server.close());

async function checkLive(env: Record<string, string>) {
  try {
    const { stdout } = await run("npm", ["run", "--silent", "check:live"], {
      cwd: ROOT,
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...env,
      },
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

const live = () => ({
  BIGCOMMERCE_STORE_HASH: "sandbox",
  BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
  BIGCOMMERCE_API_URL: server.url,
  BIGCOMMERCE_PAYMENTS_URL: server.url,
  SESSION_SECRET: "live-check-test-secret-0123456789abcdef",
  TOKEN_STORE: "memory",
});

describe("npm run check:live", () => {
  it("passes every check when the API account has every scope", async () => {
    const { code, stdout } = await checkLive(live());
    expect(stdout).toContain("[ok]   Access token valid: accepted");
    expect(stdout).toContain("[ok]   Scope Orders: modify (store_v2_orders): granted");
    expect(stdout).toContain("All checks passed");
    expect(stdout).not.toContain("[FAIL]");
    expect(code).toBe(0);
  });

  it("names the missing scope when BigCommerce denies it", async () => {
    server.sandbox.knobs.deniedScopes = ["store_v2_orders", "store_payments_access_token_create"];
    try {
      const { code, stdout } = await checkLive(live());
      expect(stdout).toContain(
        '[FAIL] Scope Orders: modify (store_v2_orders): missing: add "Orders: modify" to the API account',
      );
      expect(stdout).toContain(
        "[FAIL] Scope Create payments: create (store_payments_access_token_create)",
      );
      expect(stdout).toContain("[ok]   Scope Carts: modify (store_cart): granted");
      expect(stdout).toContain("2 check(s) failed.");
      expect(code).toBe(1);
    } finally {
      server.sandbox.knobs.deniedScopes = [];
    }
  });

  it("says when the token is wrong, and when the configuration is incomplete", async () => {
    const wrongToken = await checkLive({
      ...live(),
      BIGCOMMERCE_ACCESS_TOKEN: "not-the-right-token",
    });
    expect(wrongToken.stdout).toContain("[FAIL] Access token valid: refused (401)");
    expect(wrongToken.code).toBe(1);
    const { SESSION_SECRET: _omit, ...incomplete } = live();
    void _omit;
    const missing = await checkLive(incomplete);
    expect(missing.stdout).toContain("[FAIL] Configuration: SESSION_SECRET is missing");
  });
});
