// `npm run webhooks` against the sandbox over HTTP: creates the catalog hooks, then finds them
// in order; re-activates and re-keys them; `--check` changes nothing; bad input is named.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..");
const SECRET = "webhooks-command-test-secret-0123456789";
const DESTINATION = "https://shop.example.com/api/webhooks/bigcommerce";
let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
});
afterAll(() => server.close());

async function webhooks(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout } = await run("npm", ["run", "--silent", "webhooks", "--", ...args], {
      cwd: ROOT,
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        BIGCOMMERCE_STORE_HASH: "sandbox",
        BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
        BIGCOMMERCE_API_URL: server.url,
        BIGCOMMERCE_PAYMENTS_URL: server.url,
        SESSION_SECRET: "webhooks-command-session-secret-0123456789",
        TOKEN_STORE: "memory",
        BIGCOMMERCE_WEBHOOK_SECRET: SECRET,
        ...env,
      },
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

const hooks = () => [...server.sandbox.store.webhooks.hooks.values()];

describe("npm run webhooks", () => {
  it("reports missing hooks with --check, creates them, then finds them in order", async () => {
    const check = await webhooks(["--url", "https://shop.example.com", "--check"]);
    expect(check.stdout).toContain(
      "[FAIL] Webhook store/product/*: missing: run without --check to create it",
    );
    expect(check.code).toBe(1);
    expect(hooks()).toEqual([]);

    const setUp = await webhooks(["--url", "https://shop.example.com/"]);
    expect(setUp.stdout).toContain(`for ${DESTINATION}`);
    expect(setUp.stdout).toContain("[ok]   Webhook store/product/*: created, active");
    expect(setUp.stdout).toContain("[ok]   Webhook store/sku/*: created, active");
    expect(setUp.stdout).not.toContain(SECRET);
    expect(setUp.code).toBe(0);
    expect(hooks().map((h) => [h.scope, h.destination, h.isActive, h.headers])).toEqual([
      ["store/product/*", DESTINATION, true, { "X-Storefront-Webhook-Secret": SECRET }],
      ["store/sku/*", DESTINATION, true, { "X-Storefront-Webhook-Secret": SECRET }],
    ]);

    const again = await webhooks(["--url", "https://shop.example.com", "--check"]);
    expect(again.stdout).toContain("[ok]   Webhook store/sku/*: active, secret header matches");
    expect(again.code).toBe(0);
  });

  it("re-activates a deactivated hook and re-keys one after the secret changed", async () => {
    const [product, sku] = hooks();
    product.isActive = false;
    const rotated = "webhooks-command-rotated-secret-0123456789";
    const check = await webhooks(["--url", "https://shop.example.com", "--check"]);
    expect(check.stdout).toContain(
      "[FAIL] Webhook store/product/*: inactive: run without --check to fix it",
    );
    const fixed = await webhooks(["--url", "https://shop.example.com"], {
      BIGCOMMERCE_WEBHOOK_SECRET: rotated,
    });
    expect(fixed.stdout).toContain("[ok]   Webhook store/product/*: re-activated");
    expect(fixed.stdout).toContain("[ok]   Webhook store/sku/*: secret header updated");
    expect(fixed.code).toBe(0);
    expect(product).toMatchObject({
      isActive: true,
      headers: { "X-Storefront-Webhook-Secret": rotated },
    });
    expect(sku.headers).toEqual({ "X-Storefront-Webhook-Secret": rotated });
  });

  it("after a domain change, reports the old site's hooks and deletes them with --prune", async () => {
    const moved = await webhooks(["--url", "https://new.example.com", "--prune"]);
    expect(moved.stdout).toContain(`[ok]   Webhook store/product/* to ${DESTINATION}: deleted`);
    expect(moved.code).toBe(0);
    expect(hooks().map((h) => h.destination)).toEqual([
      "https://new.example.com/api/webhooks/bigcommerce",
      "https://new.example.com/api/webhooks/bigcommerce",
    ]);
  });

  it("names what is wrong: the address, the secret, the token", async () => {
    const http = await webhooks(["--url", "http://shop.example.com"]);
    expect(http.stdout).toContain("[FAIL] Site address: --url must be https");
    const port = await webhooks(["--url", "https://shop.example.com:8443"]);
    expect(port.stdout).toContain("port 443");
    const noSecret = await webhooks(["--url", "https://shop.example.com"], {
      BIGCOMMERCE_WEBHOOK_SECRET: "",
    });
    expect(noSecret.stdout).toContain(
      "[FAIL] Configuration: BIGCOMMERCE_WEBHOOK_SECRET is not set",
    );
    const token = await webhooks(["--url", "https://shop.example.com"], {
      BIGCOMMERCE_ACCESS_TOKEN: "not-the-right-token",
    });
    expect(token.stdout).toContain(
      "[FAIL] List this API account's webhooks: getWebhooks failed with HTTP 401",
    );
    for (const r of [http, port, noSecret, token]) expect(r.code).toBe(1);
  });
});
