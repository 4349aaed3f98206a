// Product thumbnails on the confirmation page: catalog answers are reused, failures are not.
import { describe, expect, it } from "vitest";
import { createBigCommerceClient } from "@/lib/bigcommerce";
import { productImages, PRODUCT_IMAGE_TTL_MS } from "@/lib/confirmation/product-images";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";

function store() {
  const sandbox = createSandbox({
    storeHash: "store",
    accessToken: "token",
    imageBaseUrl: "http://img.test",
  });
  const bc = createBigCommerceClient({
    apiUrl: "http://bc.test",
    paymentsUrl: "http://bc.test",
    storeHash: "store",
    accessToken: "token",
    timeoutMs: 1000,
    fetch: sandboxFetch(sandbox),
    retry: { maxAttempts: 1 },
  });
  return { sandbox, bc, catalogCalls: () => sandbox.stats.total };
}

describe("product images for an order", () => {
  it("asks the catalog once for products it has already seen", async () => {
    const { bc, catalogCalls } = store();
    const first = await productImages(bc, [111, 112]);
    expect(first.get(111)?.url).toMatch(/^http:\/\/img\.test\//);
    expect(first.get(111)?.alt).toBeTruthy();
    expect(catalogCalls()).toBe(1);

    expect(await productImages(bc, [112, 111])).toEqual(first);
    expect(catalogCalls()).toBe(1);
  });

  it("asks only for the products it has not seen, and again once they are stale", async () => {
    const { sandbox, bc, catalogCalls } = store();
    const now = Date.now();
    await productImages(bc, [111], now);
    sandbox.resetStats();
    await productImages(bc, [111, 113], now);
    expect(sandbox.stats.trace).toHaveLength(1);
    await productImages(bc, [111, 113], now + PRODUCT_IMAGE_TTL_MS + 1);
    expect(catalogCalls()).toBe(2);
  });

  it("shows placeholders while the catalog fails, and images as soon as it answers", async () => {
    const { sandbox, bc } = store();
    sandbox.knobs.failOperations = ["getProducts"];
    expect((await productImages(bc, [111])).size).toBe(0);
    sandbox.knobs.failOperations = [];
    expect((await productImages(bc, [111])).get(111)).toBeDefined();
  });

  it("keeps each store's images apart", async () => {
    const a = store();
    const b = store();
    await productImages(a.bc, [111]);
    await productImages(b.bc, [111]);
    expect(a.catalogCalls()).toBe(1);
    expect(b.catalogCalls()).toBe(1);
  });
});
