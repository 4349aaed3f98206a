// BigCommerce's catalog webhooks on the app's side: which cache tags each event makes stale
// (lib/catalog/webhooks.ts), and how a delivery is authenticated, bounded and answered
// (lib/catalog/webhook-receiver.ts, behind app/api/webhooks/bigcommerce/route.ts).
import { describe, expect, it } from "vitest";
import {
  receiveWebhook,
  secretMatches,
  type WebhookReceiver,
} from "@/lib/catalog/webhook-receiver";
import {
  catalogEffect,
  MAX_WEBHOOK_BODY_BYTES,
  WEBHOOK_SECRET_HEADER,
  webhookPayload,
} from "@/lib/catalog/webhooks";
import { PRODUCTS_TAG, productTag } from "@/lib/catalog/tags";

const SECRET = "webhook-test-secret-0123456789abcdef-xyz";

const delivery = (scope: string, data: unknown, producer = "stores/abc123") =>
  webhookPayload.parse({
    scope,
    store_id: "1025646",
    data,
    hash: "a833a57fadd56a32dc752fb6ca0841dc9602a495",
    created_at: 1561479233,
    producer,
  });

describe("catalogEffect: the tags a catalog event makes stale", () => {
  it("revalidates the product and the list for every product event, prices included", () => {
    for (const scope of [
      "store/product/updated",
      "store/product/created",
      "store/product/deleted",
      "store/product/inventory/updated",
      "store/product/inventory/order/updated",
    ]) {
      const effect = catalogEffect(delivery(scope, { type: "product", id: 205 }), "abc123");
      expect(effect, scope).toEqual({
        productId: 205,
        tags: [productTag(205), PRODUCTS_TAG],
        outcome: "revalidated",
      });
    }
    const override = delivery("store/product/updated", {
      type: "product",
      id: 205,
      properties: ["price"],
      context: { channel_id: 2, locale: "fr" },
    });
    expect(catalogEffect(override, "abc123").tags).toEqual([productTag(205), PRODUCTS_TAG]);
  });

  it("finds a SKU event's product in `sku` or `inventory`; without one, only the list", () => {
    const updated = delivery("store/sku/updated", {
      type: "sku",
      id: 461,
      sku: { product_id: 206, variant_id: 509 },
    });
    expect(catalogEffect(updated, "abc123").tags).toEqual([productTag(206), PRODUCTS_TAG]);
    const stock = delivery("store/sku/inventory/updated", {
      type: "sku",
      id: 461,
      inventory: { product_id: 206, method: "absolute", value: 5, variant_id: 509 },
    });
    expect(catalogEffect(stock, "abc123")).toMatchObject({ productId: 206 });
    const bare = delivery("store/sku/deleted", { type: "sku", id: 461 });
    expect(catalogEffect(bare, "abc123")).toEqual({
      productId: null,
      tags: [PRODUCTS_TAG],
      outcome: "revalidated",
    });
  });

  it("ignores other stores, other resources and payloads that are not a product", () => {
    const elsewhere = delivery("store/product/updated", { type: "product", id: 1 }, "stores/zzz");
    expect(catalogEffect(elsewhere, "abc123")).toMatchObject({ tags: [], outcome: "other-store" });
    const order = delivery("store/order/created", { type: "order", id: 1 });
    expect(catalogEffect(order, "abc123")).toMatchObject({ tags: [], outcome: "not-catalog" });
    const metafield = delivery("store/product/metafield/created", {
      metafield_id: 12,
      resource_id: "118",
      resource_type: "product",
    });
    expect(catalogEffect(metafield, "abc123")).toMatchObject({ tags: [], outcome: "unreadable" });
    const hostile = delivery("store/product/updated", { type: "product", id: "constructor" });
    expect(catalogEffect(hostile, "abc123").tags).toEqual([]);
  });
});

/** A receiver that records what it revalidates and logs. */
function receiver(secret: string | null = SECRET) {
  const revalidated: string[] = [];
  const logs: string[] = [];
  const app: WebhookReceiver = {
    secret: secret ?? undefined,
    storeHash: "abc123",
    revalidate: (tag) => revalidated.push(tag),
    log: (fields) => logs.push(JSON.stringify(fields)),
  };
  return { app, revalidated, logs };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/webhooks/bigcommerce", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

const productUpdated = JSON.stringify(
  delivery("store/product/updated", { type: "product", id: 111 }),
);

describe("receiveWebhook", () => {
  it("revalidates the event's tags and answers 200 with no body, logging no secret", async () => {
    const { app, revalidated, logs } = receiver();
    const response = await receiveWebhook(
      post(productUpdated, { [WEBHOOK_SECRET_HEADER]: SECRET }),
      app,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(revalidated).toEqual([productTag(111), PRODUCTS_TAG]);
    expect(logs).toEqual([
      JSON.stringify({ scope: "store/product/updated", productId: 111, outcome: "revalidated" }),
    ]);
    expect(logs.join()).not.toContain(SECRET);
  });

  it("refuses a missing or wrong secret with 401 and changes nothing", async () => {
    const { app, revalidated, logs } = receiver();
    const attempts: Record<string, string>[] = [
      {},
      { [WEBHOOK_SECRET_HEADER]: "wrong" },
      { [WEBHOOK_SECRET_HEADER]: `${SECRET}x` },
    ];
    for (const headers of attempts) {
      expect((await receiveWebhook(post(productUpdated, headers), app)).status).toBe(401);
    }
    expect(revalidated).toEqual([]);
    expect(logs.join()).not.toContain("wrong");
  });

  it("answers 404 when no secret is configured", async () => {
    const { app, revalidated } = receiver(null);
    const response = await receiveWebhook(
      post(productUpdated, { [WEBHOOK_SECRET_HEADER]: SECRET }),
      app,
    );
    expect(response.status).toBe(404);
    expect(revalidated).toEqual([]);
  });

  it("refuses a body over 64 KB with 413, by Content-Length or while reading", async () => {
    const { app, revalidated } = receiver();
    const auth = { [WEBHOOK_SECRET_HEADER]: SECRET };
    const declared = post("{}", { ...auth, "Content-Length": String(MAX_WEBHOOK_BODY_BYTES + 1) });
    expect((await receiveWebhook(declared, app)).status).toBe(413);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    expect((await receiveWebhook(post(endless, auth), app)).status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(6);
    expect(revalidated).toEqual([]);
  });

  it("answers 400 to a body that is not a delivery, 200 to an event it ignores", async () => {
    const { app, revalidated } = receiver();
    const auth = { [WEBHOOK_SECRET_HEADER]: SECRET };
    expect((await receiveWebhook(post("not json", auth), app)).status).toBe(400);
    expect((await receiveWebhook(post(JSON.stringify({ data: {} }), auth), app)).status).toBe(400);
    const order = JSON.stringify(delivery("store/order/created", { type: "order", id: 1 }));
    expect((await receiveWebhook(post(order, auth), app)).status).toBe(200);
    expect(revalidated).toEqual([]);
  });

  it("compares secrets of any length in constant time", () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(null, SECRET)).toBe(false);
    expect(secretMatches("", SECRET)).toBe(false);
    expect(secretMatches(SECRET.slice(0, -1), SECRET)).toBe(false);
  });
});
