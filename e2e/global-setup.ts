// Starts what the end-to-end tests drive, on free ports: the sandbox store over real HTTP, a
// redis-server for the token ledger, and the app's production build pointed at both (live mode).
// Requires `next build` first (the test:e2e script does it). Stops both by process group.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startRedis } from "../tests/support/redis";
import { freePort } from "../tests/support/ports";

const ROOT = path.resolve(__dirname, "..");
const SESSION_SECRET = "e2e-session-secret-that-is-at-least-32-chars";

/** Everything the app servers print, for the test that checks logs never hold secrets. */
const APP_LOG = path.join(tmpdir(), `storefront-e2e-app-${process.pid}.log`);
let appLog: WriteStream | undefined;

function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: "pipe",
  });
  if (name.startsWith("app")) {
    appLog ??= createWriteStream(APP_LOG);
    child.stdout?.on("data", (d: Buffer) => appLog!.write(d));
    child.stderr?.on("data", (d: Buffer) => appLog!.write(d));
  }
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[${name}] ${d}`));
  if (process.env.E2E_VERBOSE)
    child.stdout?.on("data", (d: Buffer) => process.stdout.write(`[${name}] ${d}`));
  return child;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: server exited with code ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

function stop(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

export default async function globalSetup() {
  const [sandboxPort, appPort, multiUsePort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
  ]);
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const appUrl = `http://localhost:${appPort}`;
  const multiUseUrl = `http://localhost:${multiUsePort}`;

  const redis = await startRedis();
  const sandbox = start(
    "sandbox",
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["lib/sandbox/cli.ts", "--port", String(sandboxPort), "--quota", "100000"],
    {},
  );
  const children = [sandbox];
  const startApp = (name: string, port: number, env: Record<string, string> = {}) => {
    const app = start(
      name,
      process.execPath,
      [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
      {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        BIGCOMMERCE_API_URL: sandboxUrl,
        BIGCOMMERCE_PAYMENTS_URL: sandboxUrl,
        BIGCOMMERCE_STORE_HASH: "sandbox",
        BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
        SESSION_SECRET,
        REDIS_URL: redis.url,
        ...env,
      },
    );
    children.push(app);
    return app;
  };
  try {
    await waitFor(`${sandboxUrl}/__sandbox/stats`, sandbox);
    // Two instances on one Redis, like two serverless instances; the second issues links that
    // open twice (CHECKOUT_TOKEN_MAX_USES=2), for tests of what a second valid view sees.
    const app = startApp("app", appPort);
    const multiUse = startApp("app-2-uses", multiUsePort, { CHECKOUT_TOKEN_MAX_USES: "2" });
    await Promise.all([waitFor(appUrl, app), waitFor(multiUseUrl, multiUse)]);
  } catch (error) {
    children.forEach(stop);
    await redis.stop();
    throw error;
  }

  process.env.E2E_BASE_URL = appUrl;
  process.env.E2E_MULTI_USE_URL = multiUseUrl;
  process.env.E2E_SANDBOX_URL = sandboxUrl;
  process.env.E2E_APP_LOG = APP_LOG;
  return async () => {
    children.forEach(stop);
    await redis.stop();
    appLog?.end();
  };
}
