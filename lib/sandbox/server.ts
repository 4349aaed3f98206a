// The sandbox over real HTTP: a node:http server in front of the same handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { SandboxKnobs } from "./http/knobs";
import { originOf } from "./embedded-checkout/state";
import { isCheckoutPath } from "./embedded-checkout/checkout-pages";
import { createSandbox, type Sandbox } from "./sandbox";
import type { TokenResponseShape } from "./state";
import { SANDBOX_ACCESS_TOKEN, SANDBOX_STORE_HASH } from "./constants";

/** A sandbox listening on a real port. */
export interface SandboxServer {
  /** Its origin, e.g. "http://127.0.0.1:4010"; also the base of its product image URLs. */
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Where to listen (port 0: any free port; host 127.0.0.1) and how to build the sandbox. */
export interface SandboxServerOptions {
  port?: number;
  host?: string;
  storeHash?: string;
  accessToken?: string;
  knobs?: Partial<SandboxKnobs>;
  seed?: number;
  tokenResponseShape?: TokenResponseShape;
  /** The channel's site URL (see SandboxOptions.siteUrl); default none. */
  siteUrl?: string | null;
  /**
   * The origin the cart redirect URLs and login redirects point at (the emulated checkout
   * domain), e.g. "http://localhost:4010" while the server listens on 127.0.0.1:4010; default the
   * server's own origin. The server answers the checkout pages on whatever host it is reached by.
   */
  checkoutOrigin?: string;
}

/** Where listenForCheckout listens, and the origin the checkout links name (default its own). */
export interface CheckoutListenOptions {
  port?: number;
  host?: string;
  checkoutOrigin?: string;
  /**
   * Serve the checkout origin's pages only (`/cart.php`, `/login/token/…`, `/embedded-checkout/…`,
   * `/account.php`): the app's sandbox mode does, so the store's API and controls stay in-process.
   */
  checkoutOnly?: boolean;
}

/** A second door onto an existing sandbox (its checkout origin). */
export interface CheckoutListener {
  /** Its own origin, e.g. "http://127.0.0.1:4011". */
  url: string;
  port: number;
  /** What the redirect URLs now point at (`checkoutOrigin`, or `url`). */
  checkoutOrigin: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const IMAGE_DIR = path.join(process.cwd(), "public", "sandbox", "products");

/**
 * Serves a new sandbox over HTTP with node:http: BigCommerce's paths below `/stores/{hash}`, the
 * `/__sandbox/*` controls, the emulated checkout origin's pages (`/cart.php`, `/login/token/…`,
 * `/embedded-checkout/…`) and the product images at `/sandbox/products/*.svg` (from public/).
 * Throws for a `siteUrl` or `checkoutOrigin` that is not an absolute http(s) URL.
 */
export async function startSandboxServer(
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const host = options.host ?? "127.0.0.1";
  const sandbox = createSandbox({
    storeHash: options.storeHash ?? SANDBOX_STORE_HASH,
    accessToken: options.accessToken ?? SANDBOX_ACCESS_TOKEN,
    // Set to this server's origin once it listens: image URLs are absolute, like BigCommerce's CDN.
    imageBaseUrl: "",
    knobs: options.knobs,
    seed: options.seed,
    tokenResponseShape: options.tokenResponseShape,
    siteUrl: options.siteUrl,
  });
  const checkoutOrigin = checkedOrigin(options.checkoutOrigin);
  const { port, url, close } = await listen(sandbox, options.port ?? 0, host);
  sandbox.store.imageBaseUrl = url;
  sandbox.store.embedded.checkoutOrigin = checkoutOrigin ?? url;
  return { url, port, sandbox, close };
}

/**
 * Serves an existing sandbox's handler (the in-process sandbox of the app's sandbox mode) on a
 * port of its own, as the emulated checkout origin: from then on createCartRedirectURL links and
 * login redirects point at `checkoutOrigin` (default this listener's own origin, e.g.
 * "http://127.0.0.1:4011"). It answers the same paths as startSandboxServer (checkout pages,
 * BigCommerce API, controls). Rejects when the port is taken; throws for a `checkoutOrigin` that
 * is not an absolute http(s) URL.
 */
export async function listenForCheckout(
  sandbox: Sandbox,
  options: CheckoutListenOptions = {},
): Promise<CheckoutListener> {
  const checkoutOrigin = checkedOrigin(options.checkoutOrigin);
  const listener = await listen(
    sandbox,
    options.port ?? 0,
    options.host ?? "127.0.0.1",
    options.checkoutOnly ?? false,
  );
  sandbox.store.embedded.checkoutOrigin = checkoutOrigin ?? listener.url;
  return { ...listener, checkoutOrigin: sandbox.store.embedded.checkoutOrigin };
}

function checkedOrigin(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const origin = originOf(raw);
  if (!origin) throw new Error(`checkoutOrigin must be an absolute http(s) URL (got "${raw}")`);
  return origin;
}

/** A node:http server in front of `sandbox` on `host:port` (0: any free port). */
async function listen(
  sandbox: Sandbox,
  requestedPort: number,
  host: string,
  checkoutOnly = false,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  let origin = "";
  const server = createServer((req, res) => {
    const served =
      checkoutOnly && !isCheckoutPath(new URL(req.url ?? "/", "http://x").pathname)
        ? Promise.resolve(void res.writeHead(404).end())
        : serve(sandbox, origin, req, res);
    served.catch((error) => {
      if (res.destroyed) return; // the client gave up (a timeout test); nothing to answer
      console.error("[sandbox] request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: 500, title: "Internal Server Error" }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(requestedPort, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(sandbox: Sandbox, origin: string, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", origin);
  if (req.method === "GET" && url.pathname.startsWith("/sandbox/products/")) {
    return serveImage(path.basename(url.pathname), res);
  }
  const response = await sandbox.handler(await toRequest(url, req, res));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

async function serveImage(file: string, res: ServerResponse): Promise<void> {
  try {
    const svg = await readFile(path.join(IMAGE_DIR, file));
    res.writeHead(200, {
      "content-type": "image/svg+xml",
      "cache-control": "public, max-age=3600",
    });
    res.end(svg);
  } catch {
    res.writeHead(404).end();
  }
}

/** The node request as a fetch Request, aborted when the client goes away before the answer. */
async function toRequest(url: URL, req: IncomingMessage, res: ServerResponse): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const abort = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) abort.abort(new Error("client went away"));
  });
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(", "));
  }
  return new Request(url, {
    method: req.method,
    headers,
    body:
      chunks.length && req.method !== "GET" && req.method !== "HEAD"
        ? Buffer.concat(chunks)
        : undefined,
    signal: abort.signal,
  });
}
