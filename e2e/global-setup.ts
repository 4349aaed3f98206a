// Starts what the end-to-end tests drive, on free ports: the sandbox store over real HTTP, a
// redis-server for the token ledger, and the app's production build pointed at both (live mode);
// plus one more instance of the same build with no BigCommerce variables at all, so it runs on
// the in-process sandbox (sandbox mode, as a merchant's first `npm start` does).
// Requires `next build` first (the test:e2e script does it). Stops everything by process group.
// The redis-server keeps its data in a folder of its own, so a spec can stop it and start it again
// on the same port with its data (E2E_REDIS_PORT, E2E_REDIS_DIR; e2e/store-outage.spec.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connect } from "node:net";
import { startRedis, stopRedisAt } from "../tests/support/redis";
import { freePort } from "../tests/support/ports";

const ROOT = path.resolve(__dirname, "..");
const SESSION_SECRET = "e2e-session-secret-that-is-at-least-32-chars";
/** BIGCOMMERCE_WEBHOOK_SECRET of the live-mode app: the header its webhooks carry (webhooks.spec.ts). */
const WEBHOOK_SECRET = "e2e-webhook-secret-that-is-at-least-32-chars";

/** Everything the live-mode app servers print, for the tests that read their logs. */
const APP_LOG = path.join(tmpdir(), `storefront-e2e-app-${process.pid}.log`);
/** What the sandbox-mode instance prints, kept apart so the live log stays the live servers'. */
const SANDBOX_MODE_LOG = path.join(tmpdir(), `storefront-e2e-sandbox-mode-${process.pid}.log`);
const logs: WriteStream[] = [];

function openLog(file: string): WriteStream {
  const log = createWriteStream(file);
  logs.push(log);
  return log;
}

/** The runner's environment without anything that would point the app at a store or a Redis. */
function withoutStoreVariables(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(BIGCOMMERCE_|REDIS_URL$|TOKEN_STORE$|SESSION_SECRET)/.test(name),
    ),
  );
}

function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  options: { log?: WriteStream; inherit?: Record<string, string | undefined> } = {},
): ChildProcess {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...(options.inherit ?? process.env), ...env } as NodeJS.ProcessEnv,
    detached: true,
    stdio: "pipe",
  });
  const { log } = options;
  if (log) {
    child.stdout?.on("data", (d: Buffer) => log.write(d));
    child.stderr?.on("data", (d: Buffer) => log.write(d));
  }
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[${name}] ${d}`));
  if (process.env.E2E_VERBOSE)
    child.stdout?.on("data", (d: Buffer) => process.stdout.write(`[${name}] ${d}`));
  return child;
}

/**
 * Registers the catalog webhooks on the sandbox, as `npm run webhooks` does on a live store: each
 * delivers to the live-mode app's receiver with the secret header. (The sandbox takes plain http
 * for loopback destinations only: docs/bigcommerce-fidelity.md.)
 */
async function registerWebhooks(sandboxUrl: string, appPort: number) {
  for (const scope of ["store/product/*", "store/sku/*"]) {
    const response = await fetch(`${sandboxUrl}/stores/sandbox/v3/hooks`, {
      method: "POST",
      headers: { "X-Auth-Token": "sandbox-access-token", "Content-Type": "application/json" },
      body: JSON.stringify({
        scope,
        destination: `http://127.0.0.1:${appPort}/api/webhooks/bigcommerce`,
        is_active: true,
        headers: { "X-Storefront-Webhook-Secret": WEBHOOK_SECRET },
      }),
    });
    if (!response.ok) throw new Error(`registering the ${scope} webhook: ${response.status}`);
  }
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

/** The app's production build (`next start`) on a port. */
function nextStart(
  name: string,
  port: number,
  env: Record<string, string>,
  options: { log: WriteStream; inherit?: Record<string, string | undefined> },
): ChildProcess {
  return start(
    name,
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    options,
  );
}

// --- Order lookup: a real SMTP server process for the live-mode apps (issue 18) ---------------
/**
 * Starts tests/support/smtp-sink.ts as its own process on a free port: it accepts every message
 * and writes it as an .eml file into a fresh folder (E2E_SMTP_DIR; e2e/order-lookup.spec.ts reads
 * it). Returns the SMTP_* variables the live-mode apps send through, each with its PUBLIC_URL.
 */
async function startSmtpSinkProcess(children: ChildProcess[]) {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "storefront-e2e-mail-"));
  const sink = start(
    "smtp-sink",
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["tests/support/smtp-sink.ts"],
    { SMTP_SINK_PORT: String(port), SMTP_SINK_DIR: dir },
  );
  children.push(sink);
  const deadline = Date.now() + 30_000;
  while (!(await listening(port))) {
    if (sink.exitCode !== null || Date.now() > deadline)
      throw new Error(`the SMTP sink did not come up on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  process.env.E2E_SMTP_PORT = String(port);
  process.env.E2E_SMTP_DIR = dir;
  const mail = {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    MAIL_FROM: "Storefront <orders@e2e.test>",
  };
  return {
    dir,
    envFor: (publicUrl: string) => ({ ...mail, PUBLIC_URL: publicUrl }),
  };
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
// --- End of order lookup ---------------------------------------------------------------------

export default async function globalSetup() {
  const [sandboxPort, appPort, multiUsePort, sandboxModePort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  // The embedded checkout mode: one live-mode instance against the sandbox over HTTP, whose checkout
  // pages are reached as http://localhost:{sandboxPort} (another origin on the same site, like a
  // checkout subdomain), and one sandbox-mode instance whose in-process store opens its own.
  const [embeddedPort, sandboxEmbeddedPort, sandboxEmbeddedCheckoutPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
  ]);
  const embeddedUrl = `http://localhost:${embeddedPort}`;
  const sandboxEmbeddedUrl = `http://localhost:${sandboxEmbeddedPort}`;
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const appUrl = `http://localhost:${appPort}`;
  const multiUseUrl = `http://localhost:${multiUsePort}`;
  const sandboxModeUrl = `http://localhost:${sandboxModePort}`;

  const redisDir = mkdtempSync(path.join(tmpdir(), "storefront-e2e-redis-"));
  const redis = await startRedis({ dataDir: redisDir });
  /** Stops the redis-server: the one started here, and one a spec started again on its port. */
  const stopRedis = async () => {
    await redis.stop();
    await stopRedisAt(redis.port);
    rmSync(redisDir, { recursive: true, force: true });
  };
  const sandbox = start(
    "sandbox",
    path.join(ROOT, "node_modules/.bin/tsx"),
    [
      "lib/cli/sandbox.ts",
      "--port",
      String(sandboxPort),
      "--quota",
      "100000",
      // The channel's site URL is the embedded-mode instance; its checkout pages on localhost.
      "--site-url",
      embeddedUrl,
      "--checkout-origin",
      `http://localhost:${sandboxPort}`,
    ],
    {},
  );
  const children = [sandbox];
  const appLog = openLog(APP_LOG);
  const sandboxModeLog = openLog(SANDBOX_MODE_LOG);
  const startNext = (...args: Parameters<typeof nextStart>) => {
    const app = nextStart(...args);
    children.push(app);
    return app;
  };
  const liveStore = {
    BIGCOMMERCE_API_URL: sandboxUrl,
    BIGCOMMERCE_PAYMENTS_URL: sandboxUrl,
    BIGCOMMERCE_STORE_HASH: "sandbox",
    BIGCOMMERCE_ACCESS_TOKEN: "sandbox-access-token",
    SESSION_SECRET,
    REDIS_URL: redis.url,
    BIGCOMMERCE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  };
  let mailDir = "";
  try {
    // Order lookup: the live-mode apps send their email to a real SMTP server process.
    const smtp = await startSmtpSinkProcess(children);
    mailDir = smtp.dir;
    await waitFor(`${sandboxUrl}/__sandbox/stats`, sandbox);
    await registerWebhooks(sandboxUrl, appPort);
    // Two instances on one Redis, like two serverless instances; the second issues links that
    // open twice (CHECKOUT_TOKEN_MAX_USES=2), for tests of what a second valid view sees, and has
    // Google Tag Manager configured, for the tests of what loads where cards are typed.
    const app = startNext(
      "app",
      appPort,
      { ...liveStore, ...smtp.envFor(appUrl) },
      { log: appLog },
    );
    const multiUse = startNext(
      "app-2-uses",
      multiUsePort,
      {
        ...liveStore,
        ...smtp.envFor(multiUseUrl),
        CHECKOUT_TOKEN_MAX_USES: "2",
        NEXT_PUBLIC_GTM_ID: "GTM-E2ETEST",
      },
      { log: appLog },
    );
    // No BigCommerce variables, no Redis: the in-process sandbox store and a memory ledger.
    const sandboxMode = startNext(
      "sandbox-mode",
      sandboxModePort,
      {},
      { log: sandboxModeLog, inherit: withoutStoreVariables() },
    );
    const embedded = startNext(
      "app-embedded",
      embeddedPort,
      {
        ...liveStore,
        CHECKOUT_MODE: "embedded",
        BIGCOMMERCE_CHECKOUT_ORIGIN: `http://localhost:${sandboxPort}`,
        BIGCOMMERCE_CLIENT_ID: "sandbox-client-id",
        BIGCOMMERCE_CLIENT_SECRET: "sandbox-client-secret-that-is-at-least-32-chars",
      },
      { log: appLog },
    );
    const sandboxEmbedded = startNext(
      "sandbox-mode-embedded",
      sandboxEmbeddedPort,
      {
        CHECKOUT_MODE: "embedded",
        SANDBOX_CHECKOUT_URL: `http://localhost:${sandboxEmbeddedCheckoutPort}`,
        SANDBOX_SITE_URL: sandboxEmbeddedUrl,
      },
      { log: sandboxModeLog, inherit: withoutStoreVariables() },
    );
    await Promise.all([
      waitFor(appUrl, app),
      waitFor(multiUseUrl, multiUse),
      waitFor(sandboxModeUrl, sandboxMode),
      waitFor(embeddedUrl, embedded),
      waitFor(sandboxEmbeddedUrl, sandboxEmbedded),
    ]);
  } catch (error) {
    children.forEach(stop);
    await stopRedis();
    if (mailDir) rmSync(mailDir, { recursive: true, force: true });
    throw error;
  }

  process.env.E2E_BASE_URL = appUrl;
  process.env.E2E_MULTI_USE_URL = multiUseUrl;
  process.env.E2E_GTM_URL = multiUseUrl;
  process.env.E2E_SANDBOX_URL = sandboxUrl;
  process.env.E2E_SANDBOX_MODE_URL = sandboxModeUrl;
  process.env.E2E_EMBEDDED_URL = embeddedUrl;
  process.env.E2E_SANDBOX_EMBEDDED_URL = sandboxEmbeddedUrl;
  process.env.E2E_CHECKOUT_ORIGIN = `http://localhost:${sandboxPort}`;
  process.env.E2E_APP_LOG = APP_LOG;
  process.env.E2E_SANDBOX_MODE_LOG = SANDBOX_MODE_LOG;
  process.env.E2E_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.E2E_REDIS_PORT = String(redis.port);
  process.env.E2E_REDIS_DIR = redisDir;
  return async () => {
    children.forEach(stop);
    await stopRedis();
    rmSync(mailDir, { recursive: true, force: true });
    logs.forEach((log) => log.end());
  };
}
