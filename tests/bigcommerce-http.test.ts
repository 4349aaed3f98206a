// The client's own HTTP layer against servers that misbehave in ways the sandbox does not.
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { BigCommerceUnavailableError, createBigCommerceClient } from "@/lib/bigcommerce";
import { createSandbox } from "@/lib/sandbox";
import { freePort } from "./support/ports";

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const client = (url: string) =>
  createBigCommerceClient({
    apiUrl: url,
    paymentsUrl: url,
    storeHash: "store",
    accessToken: "token",
    timeoutMs: 2000,
    retry: { maxAttempts: 1 },
  });

/** The catalog as the sandbox answers it, to be sent again compressed. */
async function catalogBody(): Promise<string> {
  const sandbox = createSandbox({ storeHash: "store", accessToken: "token" });
  const answer = await sandbox.handler(
    new Request("http://bc.test/stores/store/v3/catalog/products", {
      headers: { "X-Auth-Token": "token", Accept: "application/json" },
    }),
  );
  return answer.text();
}

describe("BigCommerce over HTTP", () => {
  it("reads a gzip-compressed answer", async () => {
    const body = await catalogBody();
    const url = await serve((req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(req.headers["accept-encoding"]?.includes("gzip") ? gzipSync(body) : "{}");
    });
    const names = (await client(url).listProducts()).map((p) => p.name);
    expect(names).toContain("Stoneware Coffee Mug");
  });

  it("treats an answer cut off halfway as unknown, like no answer at all", async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"data":[');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await client(url)
      .listProducts()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceUnavailableError);
    expect((error as BigCommerceUnavailableError).reason).toBe("timeout");
  });

  it("says BigCommerce could not be reached when nothing listens", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const error = await client(url)
      .listProducts()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigCommerceUnavailableError);
    expect((error as BigCommerceUnavailableError).reason).toBe("network");
  });
});
