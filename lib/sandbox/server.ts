// The sandbox over real HTTP: a node:http server in front of the same handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { SandboxKnobs } from "./http/knobs";
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
}

const IMAGE_DIR = path.join(process.cwd(), "public", "sandbox", "products");

/**
 * Serves a new sandbox over HTTP with node:http: BigCommerce's paths below `/stores/{hash}`, the
 * `/__sandbox/*` controls, and the product images at `/sandbox/products/*.svg` (from public/).
 */
export async function startSandboxServer(
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const host = options.host ?? "127.0.0.1";
  let origin = "";
  const sandbox = createSandbox({
    storeHash: options.storeHash ?? SANDBOX_STORE_HASH,
    accessToken: options.accessToken ?? SANDBOX_ACCESS_TOKEN,
    // Set to this server's origin once it listens: image URLs are absolute, like BigCommerce's CDN.
    imageBaseUrl: "",
    knobs: options.knobs,
    seed: options.seed,
    tokenResponseShape: options.tokenResponseShape,
  });

  const server = createServer((req, res) => {
    serve(sandbox, origin, req, res).catch((error) => {
      if (res.destroyed) return; // the client gave up (a timeout test); nothing to answer
      console.error("[sandbox] request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: 500, title: "Internal Server Error" }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  sandbox.store.imageBaseUrl = origin;

  return {
    url: origin,
    port,
    sandbox,
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
