// The sandbox's hooks API (validation, limits, errors), its webhook deliveries when the control
// endpoint edits the catalog, and its plan quotas (docs/bigcommerce.md §17, §2.6).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BigCommerceError,
  createBigCommerceClient,
  type BigCommerceClient,
} from "@/lib/bigcommerce";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

/** A local destination that records each delivery and answers `status`. */
interface Receiver {
  url: string;
  received: { headers: IncomingHttpHeaders; body: Record<string, unknown> }[];
  status: number;
  server: Server;
}

async function startReceiver(): Promise<Receiver> {
  const receiver = { received: [], status: 200 } as unknown as Receiver;
  receiver.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      receiver.received.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
      });
      res.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
  return receiver;
}

let server: SandboxServer;
let receiver: Receiver;
let bc: BigCommerceClient;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, knobs: { quota: 100_000 } });
  receiver = await startReceiver();
  bc = createBigCommerceClient({
    apiUrl: server.url,
    paymentsUrl: server.url,
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs: 5000,
    retry: { maxAttempts: 1 },
  });
});
afterAll(async () => {
  await server.close();
  receiver.server.closeAllConnections();
  await new Promise((resolve) => receiver.server.close(resolve));
});

const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: unknown) => (e instanceof BigCommerceError ? e.status : Promise.reject(e)),
  );

async function control(path: string, body?: unknown) {
  const response = await fetch(`${server.url}/__sandbox/${path}`, {
    method: body === undefined ? "GET" : "POST",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The deliveries recorded since `from`, once those under way have finished. */
async function deliveriesSince(from: number) {
  const { body } = await control("deliveries");
  return (
    body.deliveries as { scope: string; outcome: string; hookId: number; status?: number }[]
  ).slice(from);
}

describe("the sandbox's hooks API", () => {
  it("validates destinations: https on port 443, or plain http on this machine only", async () => {
    const hook = { scope: "store/order/created", isActive: true, headers: {} };
    const create = (destination: string) => status(bc.createWebhook({ ...hook, destination }));
    expect(await create("http://shop.example.com/hooks")).toBe(422);
    expect(await create("https://shop.example.com:8443/hooks")).toBe(422);
    expect(await create("not a url")).toBe(422);
    expect(await create("https://shop.example.com:443/hooks")).toBe(200);
    expect(await create("http://localhost:3000/hooks")).toBe(200);
    expect(await create("http://127.0.0.1:3000/hooks")).toBe(200);
    expect(await create("http://127.0.0.1:3000/hooks")).toBe(422); // same scope and destination
    expect(
      await status(
        bc.createWebhook({ ...hook, scope: "orders", destination: "https://a.example.com/" }),
      ),
    ).toBe(422);
  });

  it("allows 10 hooks per scope, updates given fields only, and deletes", async () => {
    const scope = "store/cart/created";
    for (let i = 0; i < 10; i++) {
      await bc.createWebhook({
        scope,
        destination: `https://s${i}.example.com/`,
        isActive: true,
        headers: {},
      });
    }
    expect(
      await status(
        bc.createWebhook({
          scope,
          destination: "https://s10.example.com/",
          isActive: true,
          headers: {},
        }),
      ),
    ).toBe(422);
    const [first] = await bc.listWebhooks({ scope, limit: 1 });
    const updated = await bc.updateWebhook(first.id, { isActive: false });
    expect(updated).toMatchObject({
      id: first.id,
      is_active: false,
      destination: first.destination,
    });
    expect(await bc.listWebhooks({ scope, isActive: false })).toHaveLength(1);
    expect(await status(bc.updateWebhook(first.id, {}))).toBe(422);
    expect(await status(bc.updateWebhook(999_999, { isActive: true }))).toBe(404);
    expect((await bc.deleteWebhook(first.id)).id).toBe(first.id);
    expect(await status(bc.deleteWebhook(first.id))).toBe(404);
  });
});

describe("deliveries when the control endpoint edits the catalog", () => {
  const SECRET_HEADER = { "X-Storefront-Webhook-Secret": "sandbox-delivery-test" };
  let productHook: number;

  beforeAll(async () => {
    const destination = `${receiver.url}/api/webhooks/bigcommerce`;
    productHook = (
      await bc.createWebhook({
        scope: "store/product/*",
        destination,
        isActive: true,
        headers: SECRET_HEADER,
      })
    ).id;
    await bc.createWebhook({
      scope: "store/sku/updated",
      destination,
      isActive: true,
      headers: {},
    });
    await bc.createWebhook({
      scope: "store/product/updated",
      destination: `${receiver.url}/off`,
      isActive: false,
      headers: {},
    });
    await bc.createWebhook({
      scope: "store/product/*",
      destination: "https://shop.example.com/api/webhooks/bigcommerce",
      isActive: true,
      headers: {},
    });
  });

  it("changes a product's price, for its variants too, and delivers store/product/updated", async () => {
    const before = (await deliveriesSince(0)).length;
    receiver.received.length = 0;
    const change = await control("products/111", { price: 21.5 });
    expect(change.body).toMatchObject({ events: ["store/product/updated"], deliveries: 2 });
    const deliveries = await deliveriesSince(before);
    expect(deliveries.map((d) => [d.hookId === productHook, d.outcome])).toEqual([
      [true, "delivered"],
      [false, "skipped"], // https://shop.example.com: the sandbox sends nothing off this machine
    ]);
    expect(receiver.received).toHaveLength(1);
    const [{ headers, body }] = receiver.received;
    expect(headers["x-storefront-webhook-secret"]).toBe("sandbox-delivery-test");
    expect(headers["content-type"]).toBe("application/json");
    expect(body).toMatchObject({
      scope: "store/product/updated",
      store_id: expect.stringMatching(/^\d+$/),
      data: { type: "product", id: 111 },
      hash: expect.stringMatching(/^[0-9a-f]{40}$/),
      created_at: expect.any(Number),
      producer: "stores/sandbox",
    });
    const product = await bc.getProduct(111);
    expect(product.calculated_price).toBe(21.5);
    expect(product.variants?.map((v) => v.calculated_price)).toEqual([21.5]);
    await control("products/111", { price: 18 });
  });

  it("fires stock events per product or variant, with the change as `value`", async () => {
    receiver.received.length = 0;
    const stock = await control("products/113", { inventory_level: 45 });
    expect(stock.body.events).toEqual(["store/product/inventory/updated", "store/product/updated"]);
    await deliveriesSince(0);
    expect(receiver.received[0].body.data).toEqual({
      type: "product",
      id: 113,
      inventory: { product_id: 113, method: "absolute", value: -5 },
    });
    expect((await control("products/112", { inventory_level: 3 })).status).toBe(400);
    const variant = await control("products/112", { inventory_level: 3, variant_id: 1121 });
    expect(variant.body).toMatchObject({ events: ["store/sku/inventory/updated"], deliveries: 0 });
    await control("products/113", { inventory_level: 50 });
  });

  it("prices a variant on its own (store/sku/updated) and carts follow", async () => {
    receiver.received.length = 0;
    const change = await control("products/112", { price: 30, variant_id: 1123 });
    expect(change.body.events).toEqual(["store/sku/updated"]);
    await deliveriesSince(0);
    expect(receiver.received.map((r) => r.body.data)).toEqual([
      { type: "sku", id: 1123, sku: { product_id: 112, variant_id: 1123 } },
    ]);
    const cart = await bc.createCart({
      lineItems: [{ product_id: 112, variant_id: 1123, quantity: 2 }],
    });
    expect(cart.line_items.physical_items[0]).toMatchObject({
      list_price: 30,
      extended_sale_price: 60,
    });
  });

  it("changes the store without delivering when told `deliver: false`", async () => {
    const before = (await deliveriesSince(0)).length;
    const change = await control("products/114", { price: 30, deliver: false });
    expect(change.body).toMatchObject({ events: ["store/product/updated"], deliveries: 0 });
    expect(await deliveriesSince(before)).toEqual([]);
    expect((await bc.getProduct(114)).calculated_price).toBe(30);
    await control("products/114", { price: 27.25, deliver: false });
  });

  it("records failed deliveries: an error status, or nobody listening", async () => {
    const before = (await deliveriesSince(0)).length;
    receiver.status = 500;
    const gone = await bc.createWebhook({
      scope: "store/product/*",
      destination: "http://127.0.0.1:9/hooks",
      isActive: true,
      headers: {},
    });
    try {
      await control("products/115", { price: 19.99 });
      const outcomes = (await deliveriesSince(before)).map((d) => [d.outcome, d.status]);
      expect(outcomes).toEqual([
        ["failed", 500],
        ["skipped", undefined],
        ["failed", undefined],
      ]);
    } finally {
      receiver.status = 200;
      await bc.deleteWebhook(gone.id);
    }
  });

  it("answers 404 for an unknown product or variant and 400 for a change of nothing", async () => {
    expect((await control("products/999", { price: 1 })).status).toBe(404);
    expect((await control("products/112", { price: 1, variant_id: 1 })).status).toBe(404);
    expect((await control("products/111", {})).status).toBe(400);
    expect((await control("products/111", { price: -1 })).status).toBe(400);
  });
});

describe("plan quotas", () => {
  it("answers 429 from the quota's end until the 30-second window resets", async () => {
    let now = 1_000_000;
    const sandbox = createSandbox({
      storeHash: "sandbox",
      accessToken: "t",
      knobs: { plan: "standard" },
      now: () => now,
    });
    const call = () =>
      sandboxFetch(sandbox)("http://sandbox.invalid/stores/sandbox/v2/time", {
        headers: { "X-Auth-Token": "t" },
      });
    expect(sandbox.knobs).toMatchObject({ plan: "standard", quota: 150 });
    let last = await call();
    expect(last.headers.get("X-Rate-Limit-Requests-Quota")).toBe("150");
    expect(last.headers.get("X-Rate-Limit-Time-Window-Ms")).toBe("30000");
    for (let i = 1; i < 150; i++) last = await call();
    expect(last.status).toBe(200);
    expect(last.headers.get("X-Rate-Limit-Requests-Left")).toBe("0");
    now += 10_000;
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("X-Rate-Limit-Time-Reset-Ms")).toBe("20000");
    expect(limited.headers.get("X-Retry-After")).toBe("20");
    now += 19_999;
    expect((await call()).status).toBe(429);
    now += 1;
    const fresh = await call();
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("X-Rate-Limit-Requests-Left")).toBe("149");
  });

  it("takes a plan or a quota through the knobs endpoint", async () => {
    const knobs = (body: unknown) => control("knobs", body);
    expect((await knobs({ plan: "pro" })).body).toMatchObject({ plan: "pro", quota: 450 });
    expect((await knobs({ plan: "plus" })).body).toMatchObject({ plan: "plus", quota: 150 });
    expect((await knobs({ quota: 1234 })).body).toMatchObject({ plan: "custom", quota: 1234 });
    expect((await knobs({ plan: "gold" })).status).toBe(400);
    expect((await knobs({ quota: 100_000 })).body).toMatchObject({ quota: 100_000 });
  });
});
