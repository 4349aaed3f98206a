// A merchant who forgets a setting learns which one at start, not from a shopper's error page.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..");

function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", "0"],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          ...env,
        },
      },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("live mode without SESSION_SECRET stops the server with one line naming it", async () => {
  const { code, output } = await startWith({
    BIGCOMMERCE_STORE_HASH: "abc123",
    BIGCOMMERCE_ACCESS_TOKEN: "token-1234567890",
  });
  expect(code).toBe(1);
  const errors = output.split("\n").filter((line) => line.startsWith("Configuration error"));
  expect(errors).toEqual([
    "Configuration error: SESSION_SECRET is missing (required in live mode; at least 32 characters)",
  ]);
});

test("a malformed token lifetime stops the server and says what is allowed", async () => {
  const { code, output } = await startWith({ CHECKOUT_TOKEN_TTL_SECONDS: "forever" });
  expect(code).toBe(1);
  expect(output).toContain(
    "Configuration error: CHECKOUT_TOKEN_TTL_SECONDS must be a whole number from 1 to 2592000",
  );
});
